// Vite plugins for the CDN build (scripts/build.mjs): they shrink what src/ compiles to without changing
// what it does. Both read the module through the bundler's parser, so strings and comments cannot fool them.
import { transform } from 'esbuild';

const srcDir = new URL('../../src/', import.meta.url).pathname;

/** Every ESTree node in `node`, depth first. */
function* walk(node) {
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child);
  } else if (node && typeof node === 'object') {
    if (typeof node.type === 'string') yield node;
    for (const key in node) yield* walk(node[key]);
  }
}

/** `code` with each `{ start, end, text }` range replaced. */
function applyEdits(code, edits) {
  let out = code;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

const isTagged = (node, tag) => node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === tag;

const placeholder = (index) => `__ww_css_${index}__`;
const PLACEHOLDERS = /__ww_css_(\d+)__/;

/**
 * A placeholder is an opaque identifier to esbuild, which keeps meaning the same only where it stands in
 * a declaration value (`var(--${tag}-gap)`); in a selector or as whole rules esbuild may merge around it.
 */
function inDeclarationValue(css, index) {
  const [before, after] = css.split(placeholder(index));
  return /:[^{};]*$/.test(before) && /^[^{};]*[;}]/.test(after);
}

/** New raw texts for the quasis of a css`` template, or null when it cannot be minified safely. */
async function minifiedQuasis(quasis) {
  const cooked = quasis.map((quasi) => quasi.value.cooked);
  if (cooked.some((text) => typeof text !== 'string')) return null;
  const source = cooked.reduce((css, text, index) => css + placeholder(index - 1) + text);
  if (!cooked.slice(1).every((_, index) => inDeclarationValue(source, index))) return null; // one per `${...}`
  let result;
  try {
    result = await transform(source, { loader: 'css', minify: true, logLevel: 'silent' });
  } catch {
    return null;
  }
  if (result.warnings.length) return null;
  // Split keeps the captured indices at odd positions: every placeholder must come back once, in order.
  const parts = result.code.trim().split(PLACEHOLDERS);
  const texts = parts.filter((_, index) => index % 2 === 0);
  const order = parts.filter((_, index) => index % 2 === 1);
  if (texts.length !== quasis.length || order.some((value, index) => value !== String(index))) return null;
  return texts.map((text) => text.replace(/\\|`|\$\{/g, (match) => `\\${match}`));
}

/** Minifies the CSS of every css`...` template in src/ (Lit's tag), keeping its `${...}` parts. */
export function minifyCssLiterals() {
  return {
    name: 'workshop:minify-css-literals',
    enforce: 'post',
    async transform(code, id) {
      if (!id.startsWith(srcDir) || !code.includes('css`')) return null;
      const edits = [];
      for (const node of walk(this.parse(code))) {
        if (!isTagged(node, 'css')) continue;
        const texts = await minifiedQuasis(node.quasi.quasis);
        if (texts) node.quasi.quasis.forEach((quasi, index) => edits.push({ start: quasi.start, end: quasi.end, text: texts[index] }));
        else this.warn(`left unminified: ${code.slice(node.start, node.start + 60)}...`);
      }
      return edits.length ? { code: applyEdits(code, edits) } : null;
    },
  };
}

const schemaFile = `${srcDir}data/schema.ts`;

/** Replaces each doc('...') of src/data/schema.ts with '': descriptions are for workshop.schema.json only. */
export function stripSchemaDocs() {
  return {
    name: 'workshop:strip-schema-docs',
    enforce: 'post',
    transform(code, id) {
      if (id !== schemaFile) return null;
      const edits = [];
      for (const node of walk(this.parse(code))) {
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'doc') continue;
        const [text, ...rest] = node.arguments;
        // Dropping the call is only safe when its argument is plain text, with nothing to run.
        const literal = text?.type === 'TemplateLiteral' || (text?.type === 'Literal' && typeof text.value === 'string');
        if (!literal || rest.length) this.error(`doc() takes one literal text: ${code.slice(node.start, node.end)}`);
        edits.push({ start: node.start, end: node.end, text: "''" });
      }
      return edits.length ? { code: applyEdits(code, edits) } : null;
    },
  };
}

/** Vite settings every CDN build shares (scripts/build.mjs, and the size breakdown that rebuilds it). */
export function cdnBuildConfig(root) {
  return {
    configFile: false,
    root,
    logLevel: 'warn',
    oxc: { decorator: { legacy: true } },
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { conditions: ['production', 'browser'] },
    plugins: [minifyCssLiterals(), stripSchemaDocs()],
  };
}

/**
 * Chunk groups for the CDN file: everything the entry imports statically stays in the entry's own file, and
 * the modules that only the on-demand elements need (`onDemand`, their files) form one chunk. Without it,
 * Rolldown moves what the entry shares with on-demand chunks (Lit, validation, time) into chunks of their
 * own, and splits the elements finely: more requests before anything renders, and more to download, since
 * files compress separately (one chunk for the three elements is 3 KB smaller gzip than four).
 * Returns the plugin that walks the module graph and the groups built from what it found.
 */
export function cdnChunkGroups(entry, onDemand) {
  const core = new Set();
  const elements = new Set();
  const plugin = {
    name: 'workshop:chunk-groups',
    buildEnd() {
      const visit = (id, into) => {
        if (core.has(id) || into.has(id)) return;
        into.add(id);
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next, into);
      };
      visit(entry, core);
      for (const file of onDemand) visit(file, elements);
    },
  };
  // Rolldown merges the group that holds exactly the entry's static graph into the entry chunk.
  const groups = [
    { name: (id) => (core.has(id) ? 'core' : null), debugName: 'static imports of the entry' },
    { name: (id) => (elements.has(id) ? 'program' : null), debugName: 'elements loaded on demand' },
  ];
  return { plugin, groups };
}
