// Checks the static Storybook build: every element has stories, and every story renders in Chromium
// without an error (Storybook's error display, an uncaught page error, or an element stuck loading)
// and without an axe violation, in the light theme and again in the dark one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { launchChromium } from './lib/browser.mjs';
import { serveStatic } from './lib/static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const axeSource = readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');

/** axe violations on the story's root (axe reads into shadow roots), as "rule: target" lines. */
async function axeViolations(page) {
  return page.evaluate(async () => {
    const { violations } = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
    return violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.flat().join(' > ')}`));
  });
}
const out = `${root}storybook-static`;
if (!existsSync(`${out}/index.json`)) throw new Error('storybook-static/ is missing: run `npm run build-storybook` first');

const stories = Object.values(JSON.parse(readFileSync(`${out}/index.json`, 'utf8')).entries).filter((entry) => entry.type === 'story');
const tags = readdirSync(`${root}src/components`);
const skipped = [];
const failures = tags.filter((tag) => !stories.some((story) => story.title === `Elements/${tag}`)).map((tag) => `<${tag}> has no story`);

const server = await serveStatic(out);
const browser = await launchChromium();
try {
  for (const story of stories) {
    const page = await browser.newPage();
    const errors = [];
    // The story's widgets (custom elements with a shadow root), for the checks below that run in the page.
    await page.evaluateOnNewDocument(() => {
      window.storyWidgets = () => [...document.querySelectorAll('#storybook-root *')].filter((el) => el.shadowRoot && el.localName.includes('-'));
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // Storybook's preview navigates once more by itself while booting; the wait below is what counts.
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'domcontentloaded' }).catch(() => {});
    const state = await page
      .waitForFunction(
        () => {
          if (document.body.classList.contains('sb-show-errordisplay')) return 'storybook error display';
          const widgets = window.storyWidgets();
          if (widgets.length === 0) return false;
          return widgets.every((el) => !el.shadowRoot.querySelector('[part=loading]')) ? 'ok' : false;
        },
        { timeout: 10000, polling: 100 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => 'nothing rendered within 10 s');
    if (state !== 'ok') failures.push(`${story.id}: ${state}`);
    else {
      // Content wider than its element means sideways scrolling on a phone (long URLs, titles, names).
      const overflowing = await page.evaluate(() =>
        window
          .storyWidgets()
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => `${el.localName} is ${el.scrollWidth}px wide inside ${el.clientWidth}px`),
      );
      failures.push(...overflowing.map((line) => `${story.id}: ${line}`));
      // Stories tagged 'skip-axe' are lists that keep rendering a chunk per frame while axe runs, which then judges
      // rows not yet laid out; their rows are the same markup that the stories beside them check.
      if (story.tags?.includes('skip-axe')) {
        skipped.push(story.id);
        failures.push(...errors.map((message) => `${story.id}: page error: ${message}`));
        await page.close();
        continue;
      }
      await page.evaluate(axeSource);
      failures.push(...(await axeViolations(page)).map((line) => `${story.id} (light): axe ${line}`));
      await page.evaluate(async () => {
        const widgets = window.storyWidgets();
        for (const el of widgets) el.setAttribute('theme', 'dark');
        await Promise.all(widgets.map((el) => el.updateComplete));
      });
      failures.push(...(await axeViolations(page)).map((line) => `${story.id} (dark): axe ${line}`));
    }
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
console.log(`Storybook: ${stories.length} stories for ${tags.length} elements, all rendered, no axe violations in light or dark (axe skipped for ${skipped.length}: ${skipped.join(', ') || 'none'})`);
