// Builds the real Jekyll site in demo/jekyll with Debian's Jekyll, embeds the built CDN file, and checks in
// headless Chromium that every element on the page rendered the workshop from _data/workshop.yml.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { launchChromium, renderedWidgets } from './lib/browser.mjs';
import { serveStatic } from './lib/static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const site = `${root}demo/jekyll`;
if (!existsSync(`${root}cdn/workshop-widgets.js`)) throw new Error('cdn/ is missing: run `npm run build` first');

rmSync(`${site}/assets/workshop-widgets`, { recursive: true, force: true });
cpSync(`${root}cdn`, `${site}/assets/workshop-widgets`, { recursive: true });
execFileSync('jekyll', ['build', '--quiet', '--source', site, '--destination', `${site}/_site`], { stdio: 'inherit' });

const expectations = {
  'workshop-header': ['Sim2Science: ML with Imperfect Scientific Models', 'ICML 2026', 'Seoul, South Korea'],
  'countdown-deadline': [],
  'workshop-dates': ['Submission deadline', 'Apr 24, 2026', '23:59 AoE', 'Author notification', 'Camera-ready deadline', 'TBD'],
  'workshop-sections': ['imperfect scientific simulators'],
  'workshop-topics': ['Simulation-based inference', 'Model and equation discovery'],
  'workshop-contact': ['sim2science@gmail.com'],
};

const server = await serveStatic(`${site}/_site`);
const browser = await launchChromium();
const failures = [];
try {
  const page = await browser.newPage();
  await page.emulateTimezone('Europe/Berlin');
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/`, { waitUntil: 'load' });
  const rendered = await renderedWidgets(page, Object.keys(expectations));
  for (const [tag, needles] of Object.entries(expectations)) {
    const text = rendered[tag].join(' ');
    if (/could not be shown/.test(text)) failures.push(`<${tag}> shows an error: ${text.slice(0, 200)}`);
    for (const needle of needles) if (!text.includes(needle)) failures.push(`<${tag}> lacks "${needle}"`);
  }
  failures.push(...errors.map((message) => `page error: ${message}`));
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(`Jekyll site check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`Jekyll site: ${Object.keys(expectations).length} elements rendered the workshop from _data/workshop.yml`);
