// Builds what the package ships:
//   dist/  unbundled ES modules + .d.ts for bundlers (lit, @lit/context, marked, dompurify, valibot stay imports)
//   cdn/   for script tags: workshop-widgets.js (the shared core; each element and markdown load as chunks on demand),
//          elements/<tag>.js (one element each, shared chunks) and autoloader.js (imports the tags found on the page)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { build } from 'vite';
import { cdnBuildConfig, cdnChunkGroups } from './lib/cdn-plugins.mjs';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

rmSync(`${root}dist`, { recursive: true, force: true });
rmSync(`${root}cdn`, { recursive: true, force: true });

// 1. npm output: tsc keeps one module per source file, with .js extensions and declarations.
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['tsx', 'scripts/build-schema.ts']);
copyFileSync(`${root}workshop.schema.json`, `${root}dist/workshop.schema.json`);

// 2. CDN output.
const tags = readdirSync(`${root}src/components`).filter((name) => existsSync(`${root}src/components/${name}/${name}.ts`));
const shared = cdnBuildConfig(root);

const cdnEntry = `${root}src/cdn.ts`;
// The elements src/cdn.ts loads on demand (its dynamic imports); they share most of their code: one chunk.
const onDemandElements = [...readFileSync(cdnEntry, 'utf8').matchAll(/import\('\.\/(components\/[\w-]+\/[\w-]+)\.js'\)/g)].map((m) => `${root}src/${m[1]}.ts`);
if (onDemandElements.length === 0) throw new Error('src/cdn.ts loads no element on demand: the chunk groups in scripts/build.mjs expect some');
const chunking = cdnChunkGroups(cdnEntry, onDemandElements);
await build({
  ...shared,
  plugins: [...shared.plugins, chunking.plugin],
  build: {
    outDir: 'cdn',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: { entry: { 'workshop-widgets': cdnEntry }, formats: ['es'] },
    rollupOptions: {
      // Lets the chunks loaded on demand import shared code from the CDN file itself, which stays one file,
      // instead of splitting that code into chunks the page must fetch before anything renders.
      preserveEntrySignatures: 'allow-extension',
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', codeSplitting: { groups: chunking.groups } },
    },
  },
});

await build({
  ...shared,
  build: {
    outDir: 'cdn',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: {
      entry: {
        autoloader: `${root}src/autoloader.ts`,
        ...Object.fromEntries(tags.map((tag) => [`elements/${tag}`, `${root}src/components/${tag}/${tag}.ts`])),
      },
      formats: ['es'],
    },
    rollupOptions: { output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
});

const jsFiles = (dir) => readdirSync(`${root}${dir}`, { recursive: true }).filter((name) => String(name).endsWith('.js'));

// Schema descriptions belong in workshop.schema.json only; one in cdn/ means stripSchemaDocs() stopped matching.
// Short ones ("Content.") also occur in code; markdown() appends " Markdown." at run time.
const descriptions = [];
JSON.parse(readFileSync(`${root}workshop.schema.json`, 'utf8'), (key, value) => {
  if (key === 'description' && typeof value === 'string' && value.length >= 20) descriptions.push(value.replace(/ Markdown\.$/, ''));
  return value;
});

// Vite's library mode keeps whitespace in ES output even when minifying (to keep pure annotations);
// the CDN files are final, so minify them fully. Terser's two passes gzip 0.7 KB smaller than esbuild.
for (const file of jsFiles('cdn')) {
  const path = `${root}cdn/${file}`;
  const { code } = await minify(readFileSync(path, 'utf8'), { module: true, toplevel: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } });
  const leaked = descriptions.filter((text) => code.includes(text));
  if (leaked.length) throw new Error(`Schema descriptions in cdn/${file}: ${leaked.slice(0, 3).join(' | ')}`);
  // Calendar files and BibTeX load when first clicked (src/internal/on-demand.ts); one static import anywhere
  // would pull them back into the CDN file without failing anything else.
  const eager = file === 'workshop-widgets.js' && ['BEGIN:VCALENDAR', '@inproceedings{'].find((marker) => code.includes(marker));
  if (eager) throw new Error(`cdn/workshop-widgets.js contains "${eager}": something imports ics.ts or bibtex.ts statically`);
  // The same for the elements it loads on demand: their defineElement('<tag>', ...) call belongs in a chunk.
  const definedEagerly = file === 'workshop-widgets.js' && onDemandElements.map((path) => path.split('/').at(-2)).find((tag) => code.includes(`("${tag}",`));
  if (definedEagerly) throw new Error(`cdn/workshop-widgets.js defines <${definedEagerly}>, which it should load on demand: something imports it statically`);
  writeFileSync(path, code);
}

// Chromium cannot parse decorators; a bundle that still has them builds fine and then does not run.
for (const dir of ['dist', 'cdn']) {
  const offenders = jsFiles(dir).filter((file) => /^\s*@[A-Za-z]+\(/m.test(readFileSync(`${root}${dir}/${file}`, 'utf8')));
  if (offenders.length) throw new Error(`Unlowered decorators in ${dir}: ${offenders.join(', ')}`);
}
console.log(`built dist/ and cdn/ (${tags.length} elements)`);
