// Checks the static Storybook build: every element has stories, and every story renders in Chromium
// without an error (Storybook's error display, an uncaught page error, or an element stuck loading).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { launchChromium } from './lib/browser.mjs';
import { serveStatic } from './lib/static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = `${root}storybook-static`;
if (!existsSync(`${out}/index.json`)) throw new Error('storybook-static/ is missing: run `npm run build-storybook` first');

const stories = Object.values(JSON.parse(readFileSync(`${out}/index.json`, 'utf8')).entries).filter((entry) => entry.type === 'story');
const tags = readdirSync(`${root}src/components`);
const failures = tags.filter((tag) => !stories.some((story) => story.title === `Elements/${tag}`)).map((tag) => `<${tag}> has no story`);

const server = await serveStatic(out);
const browser = await launchChromium();
try {
  for (const story of stories) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Storybook's preview navigates once more by itself while booting; the wait below is what counts.
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'domcontentloaded' }).catch(() => {});
    const state = await page
      .waitForFunction(
        () => {
          if (document.body.classList.contains('sb-show-errordisplay')) return 'storybook error display';
          const root = document.querySelector('#storybook-root');
          const widgets = root ? [...root.querySelectorAll('*')].filter((el) => el.shadowRoot && el.localName.includes('-')) : [];
          if (widgets.length === 0) return false;
          return widgets.every((el) => !el.shadowRoot.querySelector('[part=loading]')) ? 'ok' : false;
        },
        { timeout: 10000, polling: 100 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => 'nothing rendered within 10 s');
    if (state !== 'ok') failures.push(`${story.id}: ${state}`);
    failures.push(...errors.map((message) => `${story.id}: page error: ${message}`));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(`Storybook check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`Storybook: ${stories.length} stories for ${tags.length} elements, all rendered`);
