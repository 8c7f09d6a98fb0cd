// The package as users get it: packs the tarball, checks it holds every file the package promises
// (scripts/lib/package-contents.mjs, shared with prepublishOnly), installs it into an empty project,
// validates a workshop with the data layer in Node (no DOM), and renders every element in Chromium from the installed copy,
// once through the CDN file with one script tag and one JSON file, once bundled from the npm modules, once
// prerendered by the package's own command.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium, renderedWidgets } from './lib/browser.mjs';
import { packageProblems } from './lib/package-contents.mjs';
import { serveStatic } from './lib/static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const project = mkdtempSync(join(tmpdir(), 'ww-pack-'));
const run = (cmd, args, cwd = project) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', project], root));
const tarball = join(project, packed.filename);
// 0. The tarball holds what the package promises: the check `prepublishOnly` runs before a publish.
const contents = packageProblems(root, packed.files.map((file) => file.path));
if (contents.length) throw new Error(`the packed package:\n- ${contents.join('\n- ')}`);
writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'pack-check', private: true, type: 'module' }));
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball]);
const installed = join(project, 'node_modules/workshop-widgets');

// 1. Node, no DOM: the data layer validates the default workshop and rejects a broken one.
const nodeCheck = run('node', [
  '--input-type=module',
  '-e',
  `import { validateWorkshop } from 'workshop-widgets/data';
   import { readFileSync } from 'node:fs';
   if (typeof document !== 'undefined') throw new Error('unexpected DOM');
   const good = validateWorkshop(JSON.parse(readFileSync(${JSON.stringify(`${root}demo/workshops/default.json`)}, 'utf8')));
   const bad = validateWorkshop({ importantDates: [] });
   console.log(JSON.stringify({ good: good.ok, issues: good.issues.length, bad: bad.ok, why: bad.issues.at(-1).message }));`,
]);
const node = JSON.parse(nodeCheck);
if (!node.good || node.issues !== 0 || node.bad) throw new Error(`data layer in Node: ${nodeCheck}`);
JSON.parse(readFileSync(join(installed, 'dist/workshop.schema.json'), 'utf8'));

// 2. Browser: every element listed in the shipped manifest, on a page with one script tag and one JSON file.
const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
const tags = manifest.modules.flatMap((mod) => mod.declarations ?? []).map((d) => d.tagName).filter((tag) => tag && tag !== 'workshop-data');
copyFileSync(`${root}demo/workshops/default.json`, join(project, 'workshop.json'));
const body = `<workshop-data src="./workshop.json">${tags.map((tag) => `<${tag}></${tag}>`).join('\n')}</workshop-data>`;
writeFileSync(join(project, 'cdn.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cdn</title><script type="module" src="./node_modules/workshop-widgets/cdn/workshop-widgets.js"></script></head><body>${body}</body></html>`);
writeFileSync(join(project, 'entry.js'), `import 'workshop-widgets';\n`);
await build({ entryPoints: [join(project, 'entry.js')], bundle: true, format: 'esm', outfile: join(project, 'bundle.js'), absWorkingDir: project, logLevel: 'warning' });
writeFileSync(join(project, 'npm.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>npm</title><script type="module" src="./bundle.js"></script></head><body>${body}</body></html>`);

// 3. The command line from the installed package (its Node dependencies come with it): prerender a copy of the
// CDN page in place; in the browser below, the prerendered page must take over without an error.
copyFileSync(join(project, 'cdn.html'), join(project, 'prerendered.html'));
run('npx', ['--no-install', 'workshop-widgets', 'prerender', join(project, 'prerendered.html'), '--quiet']);
const prerendered = readFileSync(join(project, 'prerendered.html'), 'utf8');
const marked = tags.filter((tag) => new RegExp(`<${tag} ww-prerendered="[^"]+"><template shadowroot`).test(prerendered));
if (marked.length !== tags.length) throw new Error(`prerender from the installed package filled ${marked.length} of ${tags.length} tags`);

// 4. The organizers' other commands from the installed bin, with the Node-only dependencies the package brings:
// check a clean file, find the schema inside the package, copy cdn/ into a site, import a spreadsheet.
const cli = (...args) => run('npx', ['--no-install', 'workshop-widgets', ...args]);
if (!/no problems found/.test(cli('check', join(project, 'workshop.json')))) throw new Error('check from the installed package found problems in the default workshop');
const schemaPath = cli('schema', '--path').trim();
if (schemaPath !== join(installed, 'dist/workshop.schema.json')) throw new Error(`schema --path printed ${schemaPath}`);
cli('copy-assets', 'site/workshop-widgets');
if (readFileSync(join(project, 'site/workshop-widgets/workshop-widgets.js'), 'utf8') !== readFileSync(join(installed, 'cdn/workshop-widgets.js'), 'utf8')) {
  throw new Error('copy-assets did not copy the installed cdn/ folder');
}
writeFileSync(join(project, 'committee.csv'), 'Name;Institution\nAda Lovelace;Analytical Engines\n');
const imported = JSON.parse(cli('import', 'csv', 'committee.csv', '--list', 'programCommittee'));
if (imported.roles?.programCommittee?.[0] !== 'ada-lovelace') throw new Error(`import csv from the installed package: ${JSON.stringify(imported)}`);

const server = await serveStatic(project);
const browser = await launchChromium();
const failures = [];
try {
  for (const pageName of ['cdn.html', 'npm.html', 'prerendered.html']) {
    const page = await browser.newPage();
    page.on('pageerror', (error) => failures.push(`${pageName}: ${error.message}`));
    await page.goto(`${server.url}/${pageName}`, { waitUntil: 'load' });
    page.on('console', (message) => {
      if (/already defined|re-rendered its prerendered/.test(message.text())) failures.push(`${pageName}: ${message.text()}`);
    });
    const rendered = await renderedWidgets(page, tags).catch((error) => failures.push(`${pageName}: ${error.message}`));
    if (rendered) for (const tag of tags) if (/could not be shown/.test(rendered[tag].join(' '))) failures.push(`${pageName}: <${tag}> shows an error`);
    // What loads on demand works from the installed files, without loading the library a second time.
    const onDemand = await page.evaluate(async () => {
      const fired = (element, type) =>
        new Promise((resolve, reject) => {
          element.addEventListener(type, (event) => resolve(event.detail), { once: true });
          setTimeout(() => reject(new Error(`no ${type} within 10 s`)), 10_000);
        });
      const calendar = document.querySelector('add-to-calendar');
      const papers = document.querySelector('paper-list');
      const download = fired(calendar, 'ww-calendar-download');
      const copy = fired(papers, 'ww-copy');
      calendar.shadowRoot.querySelector('[part=download-button]').click();
      papers.shadowRoot.querySelector('[part=copy]').click();
      return { file: (await download).filename, bibtex: (await copy).bibtex.slice(0, 15) };
    }).catch((error) => ({ error: error.message }));
    if (!onDemand.file?.endsWith('.ics') || onDemand.bibtex !== '@inproceedings{') failures.push(`${pageName}: on-demand parts: ${JSON.stringify(onDemand)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(`Packed package check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`Packed package: data layer OK in Node; ${tags.length} elements rendered from the tarball via the CDN file, via npm and prerendered by its command; calendar download and BibTeX copy load on demand; check, schema, copy-assets and import csv run from the installed bin`);
