// Builds a real host site with Debian's static-site generator, copies the built CDN file into it, and checks
// in headless Chromium that every element on the page rendered the workshop from the site's own data file.
//   node scripts/test-site.mjs jekyll   demo/jekyll: _data/workshop.yml through `jsonify`
//   node scripts/test-site.mjs hugo     demo/hugo: data/workshop.json through `jsonify | safeJS`
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { launchChromium, renderedWidgets } from './lib/browser.mjs';
import { serveStatic } from './lib/static-server.mjs';

const root = new URL('..', import.meta.url).pathname;

const SITES = {
  jekyll: {
    dir: `${root}demo/jekyll`,
    assets: 'assets/workshop-widgets',
    data: '_data/workshop.yml',
    build: (dir) => execFileSync('jekyll', ['build', '--quiet', '--source', dir, '--destination', `${dir}/_site`], { stdio: 'inherit' }),
    expectations: {
      'workshop-header': ['Sim2Science: ML with Imperfect Scientific Models', 'ICML 2026', 'Seoul, South Korea'],
      'countdown-deadline': [],
      'workshop-dates': ['Submission deadline', 'Apr 24, 2026', '23:59 AoE', 'Author notification', 'Camera-ready deadline', 'TBD'],
      'workshop-sections': ['imperfect scientific simulators'],
      'workshop-topics': ['Simulation-based inference', 'Model and equation discovery'],
      'workshop-contact': ['sim2science@gmail.com'],
    },
  },
  hugo: {
    dir: `${root}demo/hugo`,
    assets: 'static/assets/workshop-widgets',
    data: 'data/workshop.json',
    build: (dir) => execFileSync('hugo', ['--quiet', '--source', dir, '--destination', `${dir}/_site`], { stdio: 'inherit' }),
    expectations: {
      'workshop-header': ['Machine Learning Multiscale Processes', 'ICLR 2025', 'Singapore'],
      'countdown-deadline': [],
      'workshop-dates': ['Paper submission deadline', 'Feb 10, 2025', '23:59 AoE', 'Workshop'],
      'workshop-tracks': [],
      'workshop-sections': ['Central ICLR financial assistance', 'Workshop–specific financial assistance'],
    },
  },
};

const name = process.argv[2];
const site = SITES[name];
if (!site) throw new Error(`usage: node scripts/test-site.mjs ${Object.keys(SITES).join('|')}`);
if (!existsSync(`${root}cdn/workshop-widgets.js`)) throw new Error('cdn/ is missing: run `npm run build` first');

rmSync(`${site.dir}/${site.assets}`, { recursive: true, force: true });
cpSync(`${root}cdn`, `${site.dir}/${site.assets}`, { recursive: true });
site.build(site.dir);

const server = await serveStatic(`${site.dir}/_site`);
const browser = await launchChromium();
const failures = [];
try {
  const page = await browser.newPage();
  await page.emulateTimezone('Europe/Berlin');
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/`, { waitUntil: 'load' });
  const rendered = await renderedWidgets(page, Object.keys(site.expectations));
  for (const [tag, needles] of Object.entries(site.expectations)) {
    const text = rendered[tag].join(' ');
    if (/could not be shown/.test(text)) failures.push(`<${tag}> shows an error: ${text.slice(0, 300)}`);
    for (const needle of needles) if (!text.includes(needle)) failures.push(`<${tag}> lacks "${needle}"`);
  }
  failures.push(...errors.map((message) => `page error: ${message}`));
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(`${name} site check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`${name} site: ${Object.keys(site.expectations).length} elements rendered the workshop from ${site.data}`);
