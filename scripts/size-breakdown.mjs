// What the CDN file is made of (`npm run size -- --why`). The shipped file is minified as one piece, so
// it no longer says which module a byte came from: this builds it again the same way, keeps each module's
// rendered code, minifies each, and measures what each group adds to the gzip of the whole. Gzip shares
// repeated text across modules, so a group's marginal cost is smaller than its size gzipped alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
import { build } from 'vite';
import { cdnBuildConfig } from './lib/cdn-plugins.mjs';

const root = new URL('..', import.meta.url).pathname;
const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** The group a module belongs to: a package, a data or internal module, or one element (code and styles apart). */
export function groupOf(id) {
  const path = id.replace(/\\/g, '/').replace(/\?.*$/, '');
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return { group: pkg[1], layer: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'].includes(pkg[1]) ? 'Lit and @lit/context' : pkg[1] };
  const element = path.match(/src\/components\/([^/]+)\/[^/]+?(\.styles)?\.ts$/);
  if (element) return element[2] ? { group: `${element[1]} styles`, layer: 'element styles' } : { group: element[1], layer: 'element code' };
  if (/src\/internal\/(theme|.*\.styles)\.ts$/.test(path)) return { group: path.replace(/.*src\//, ''), layer: 'element styles' };
  const source = path.match(/src\/(data|internal)\/([^/]+)\.ts$/);
  if (source) return { group: `${source[1]}/${source[2]}`, layer: source[1] === 'data' ? 'data layer (no DOM)' : 'shared element code' };
  return { group: path.replace(/.*src\//, ''), layer: 'other' };
}

/** Rendered code of every module in each chunk of the CDN build of `entry`, in output order. */
async function renderedModules(entry) {
  const outDir = mkdtempSync(join(tmpdir(), 'ww-size-'));
  const chunks = [];
  try {
    const config = cdnBuildConfig(root);
    await build({
      ...config,
      plugins: [...config.plugins, { name: 'keep-modules', generateBundle(_, bundle) { for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunks.push(chunk); } }],
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        write: false,
        lib: { entry: { 'workshop-widgets': entry }, formats: ['es'] },
        rollupOptions: { preserveEntrySignatures: 'allow-extension' }, // as scripts/build.mjs builds the CDN file
      },
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  // What loads before the file runs: the entry and the chunks it imports statically, transitively.
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const eager = new Set();
  const visit = (chunk) => {
    if (!chunk || eager.has(chunk)) return;
    eager.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
  return chunks.map((chunk) => ({ name: chunk.fileName, lazy: !eager.has(chunk), modules: Object.entries(chunk.modules).map(([id, info]) => ({ id, code: info.code ?? '' })) }));
}

/**
 * Per group of the CDN file (without its lazy chunks): minified size, and marginal gzip, the bytes the
 * whole loses when the group's code is left out. Also the same per layer (Lit, valibot, data, elements...).
 */
export async function sizeBreakdown(entry = `${root}src/cdn.ts`) {
  const chunks = await renderedModules(entry);
  const main = chunks.filter((chunk) => !chunk.lazy).flatMap((chunk) => chunk.modules);
  const parts = [];
  for (const { id, code } of main) {
    if (!code.trim()) continue;
    // Each module alone: keep top-level names (other modules refer to them), shorten the rest.
    const minified = (await minify(code, { module: false, toplevel: false, ecma: 2022, compress: { passes: 2 }, format: { comments: false } })).code ?? '';
    parts.push({ ...groupOf(id), code: minified });
  }
  const whole = parts.map((part) => part.code).join('\n');
  const wholeGzip = gzip(whole);
  const marginal = (keep) => wholeGzip - gzip(parts.filter((part) => !keep(part)).map((part) => part.code).join('\n'));
  const summarise = (key) => {
    const rows = new Map();
    for (const part of parts) rows.set(part[key], (rows.get(part[key]) ?? 0) + part.code.length);
    return [...rows].map(([name, raw]) => ({ name, raw, gzip: marginal((part) => part[key] === name) })).sort((a, b) => b.gzip - a.gzip);
  };
  return { wholeGzip, wholeRaw: whole.length, groups: summarise('group'), layers: summarise('layer') };
}

export function breakdownTables({ wholeGzip, groups, layers }, fmt, top = 25) {
  const table = (title, rows) => [`| ${title} | Minified | Gzip it adds | Share |`, '|---|--:|--:|--:|', ...rows.map((r) => `| ${r.name} | ${fmt(r.raw)} | ${fmt(r.gzip)} | ${((100 * r.gzip) / wholeGzip).toFixed(0)} % |`)].join('\n');
  return `${table('Layer of the CDN file', layers)}\n\n${table(`Largest parts (of ${groups.length})`, groups.slice(0, top))}\n\nGzip it adds: what the file loses when that part is left out. Parts share text, so these sum to less than the whole (${fmt(wholeGzip)} here: minified module by module, a little larger than the shipped file).`;
}
