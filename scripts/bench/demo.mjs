// The demo page with the CDN file, the same page prerendered by `workshop-widgets prerender`, and a static copy
// of what it renders (the physical limit).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { embedWorkshopJson } from '../lib/embed-workshop.mjs';
import { fmt } from '../check-size.mjs';
import { delta, metrics } from './pages.mjs';
import { installLoadProbe, serializeRenderedPage } from './probes.mjs';
import { median, medianDifference, progress, stat } from './report.mjs';

// Served beside demo/index.html, so that the workshop file's relative pictures (images/banner.svg) load as
// they do on the demo site; from another folder they 404 and the header shrinks as its banner is hidden.
const WIDGETS = '/demo/bench-widgets.html';
const PRERENDERED = '/demo/bench-prerendered.html';
export const STATIC = '/demo/bench-static.html';
const TARGET_RATIO = 1.1;
const TARGET_CLS = 0.01;

/**
 * The demo page run through the prerender command (as an organizer's build would): written to
 * .bench/demo-prerendered.html, filled in place, read back. Returns { html } or { error } (the command's output).
 */
function prerenderedPage(root, html) {
  mkdirSync(`${root}.bench`, { recursive: true });
  const file = `${root}.bench/demo-prerendered.html`;
  writeFileSync(file, html);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/node/cli.ts', 'prerender', '--quiet', file], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) return { error: `${run.stderr || run.stdout || run.error || `exit ${run.status}`}`.trim() };
  const out = readFileSync(file, 'utf8');
  if (out === html) return { error: 'the prerender command left the page unchanged (no element prerendered)' };
  return { html: out };
}

/**
 * demo/index.html itself, made at each run so it cannot drift: the built CDN file instead of the sources,
 * and the organizer's own content below the widgets, whose jumps the layout-shift figure measures.
 */
function widgetsPage() {
  const file = fileURLToPath(new URL('../../demo/index.html', import.meta.url));
  return embedWorkshopJson(readFileSync(file, 'utf8'), file)
    .replace('/src/index.ts', '/cdn/workshop-widgets.js')
    .replaceAll('href="./', 'href="/demo/')
    .replaceAll('src="./', 'src="/demo/')
    .replace(
      '</body>',
      `<footer id="below-widgets">
      <h2>Venue and travel</h2>
      <p>This paragraph stands for the organizer's own content after the widgets; it must not jump while they load.</p>
    </footer>
  </body>`,
    );
}

/** One load in a fresh browser context: the probe's timings and the main thread's time, from CDP. */
async function loadOnce({ browser, server }, path, kind, stuck, tags = []) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await page.evaluateOnNewDocument(installLoadProbe, kind, tags);
  // Start from a same-origin empty page: a cross-site navigation may swap the renderer and reset its metrics.
  await page.goto(`${server.url}/bench/empty.html`);
  const before = await metrics(cdp);
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  try {
    await page.waitForFunction(() => window.__bench?.settled !== null, { timeout: 15000, polling: 50 });
  } catch {
    stuck.add(path); // an element never left its loading state; its times stay empty (n/a)
  }
  await new Promise((resolve) => setTimeout(resolve, 300)); // late shifts
  const after = await metrics(cdp);
  return {
    page,
    context,
    probe: await page.evaluate(() => window.__bench),
    script: delta(before, after, 'ScriptDuration'),
    task: delta(before, after, 'TaskDuration'),
    layout: delta(before, after, 'LayoutDuration') + delta(before, after, 'RecalcStyleDuration'),
  };
}

export async function benchDemo(env) {
  const { root, server, config, report } = env;
  const { print, table } = report;
  const stuck = new Set();
  const widgetsHtml = widgetsPage();
  server.virtual.set(WIDGETS, widgetsHtml);
  progress('demo page: rendering the static copy');
  // Every element of the library: the probe waits for those on the page that load on demand.
  const elementTags = readdirSync(`${root}src/components`);
  const first = await loadOnce(env, WIDGETS, 'widgets', stuck, elementTags);
  const anyDefined = await first.page.evaluate(() =>
    [...document.querySelectorAll('*')].some((e) => e.localName.includes('-') && customElements.get(e.localName)),
  );
  if (!anyDefined) {
    await first.context.close();
    print('## Demo page against its static copy\n');
    print(
      '**Not measured: cdn/workshop-widgets.js loaded but defined no element.** If the build tree-shook the defineElement() ' +
        'calls, list the defining modules in package.json "sideEffects" (e.g. "./src/components/*/*.ts").\n',
    );
    return;
  }
  const staticHtml = await first.page.evaluate(serializeRenderedPage);
  // Tags whose shadow root shows content of its own (not only a <slot>, as <workshop-data> has): the prerendered
  // page's content is visible once each of them shows it.
  const shown = await first.page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.includes('-') && e.shadowRoot && [...e.shadowRoot.children].some((c) => !['style', 'slot'].includes(c.localName)))
        .map((e) => e.localName),
    ),
  ]);
  const { defined, missing, errors, shiftSources } = first.probe;
  await first.context.close();
  server.virtual.set(STATIC, staticHtml);
  progress('demo page: prerendering it (workshop-widgets prerender)');
  const prerendered = prerenderedPage(root, widgetsHtml);
  if (prerendered.html) server.virtual.set(PRERENDERED, prerendered.html);

  const pages = [['widgets', WIDGETS], ...(prerendered.html ? [['prerendered', PRERENDERED]] : []), ['static', STATIC]];
  const results = { widgets: [], prerendered: [], static: [] };
  let prerenderedProbe = null;
  for (let run = 0; run <= config.demoRuns; run++) {
    progress(`demo page: run ${run + 1}/${config.demoRuns + 1}${run === 0 ? ' (warm-up)' : ''}`);
    for (const [kind, path] of pages) {
      const result = await loadOnce(env, path, kind, stuck, shown);
      await result.context.close();
      if (kind === 'prerendered') prerenderedProbe ??= result.probe;
      if (run > 0) results[kind].push(result);
    }
  }
  const row = (label, pick, digits = 0, unit = ' ms', target = '') => {
    const a = results.widgets.map(pick);
    const p = results.prerendered.map(pick);
    const b = results.static.map(pick);
    return [label, stat(a, digits, unit), stat(p, digits, unit), stat(b, digits, unit), medianDifference(a, b, digits, unit), medianDifference(p, b, digits, unit), target];
  };
  // Each run's time to visible content over the static copy's median: the ratio's spread is the page's own.
  const ratioRow = (label, pick, target) => {
    const base = median(results.static.map(pick));
    const ratio = (kind) => (base ? results[kind].map((r) => (typeof pick(r) === 'number' ? pick(r) / base : null)) : []);
    const show = (kind) => stat(ratio(kind), 2, '×');
    return [label, show('widgets'), show('prerendered'), base ? '1.00×' : 'n/a', '', '', target];
  };
  const size = (html) => (html ? `${fmt(Buffer.byteLength(html))} (${fmt(gzipSync(html, { level: 9 }).length)} gzip)` : 'n/a');

  print('## Demo page: client-rendered, prerendered, and its static copy (the physical limit)\n');
  print(
    `demo/index.html served with cdn/workshop-widgets.js (the default workshop embedded as inline JSON, as npm start serves it); ` +
      `the same page after \`workshop-widgets prerender\` (.bench/demo-prerendered.html: every workshop tag's shadow root written into the HTML ` +
      `as declarative shadow DOM, which the elements adopt when cdn/workshop-widgets.js loads); and the static copy (.bench/demo-static.html): ` +
      `the client-rendered page rendered once, every shadow root serialized as declarative shadow DOM with its styles inlined, no script. ` +
      `${config.demoRuns} runs after a warm-up, each in a fresh browser context, served from 127.0.0.1 without caching, ` +
      `${config.viewport.width}×${config.viewport.height} viewport, no CPU or network throttling. Median (min–max). ` +
      `Visible: the frame in which every defined element has left its loading state (prerendered: in which every such element shows ` +
      `content, from the HTML or from its script, with no loading state; static copy: the first frame after parsing). ` +
      `Targets for the prerendered page (issue 11): all content visible ≤ ${TARGET_RATIO}× the static copy's time, layout shift ≤ ${TARGET_CLS}.\n`,
  );
  const visible = (r) => r.probe.visible;
  table(
    ['Metric', 'Widgets', 'Prerendered', 'Static copy', 'Widgets − static', 'Prerendered − static', 'Target (prerendered)'],
    [
      row('First contentful paint', (r) => r.probe.fcp),
      row('All content visible (every element rendered, painted)', visible),
      ratioRow('All content visible, ratio to the static copy', visible, `≤ ${TARGET_RATIO.toFixed(2)}×`),
      row('Settled (markdown engine loaded and applied)', (r) => r.probe.settled),
      row('Largest contentful paint', (r) => r.probe.lcp),
      row('Cumulative layout shift (content below included)', (r) => r.probe.cls, 3, '', `≤ ${TARGET_CLS}`),
      row('Main-thread script time (CDP ScriptDuration)', (r) => r.script),
      row('Main-thread task time (CDP TaskDuration)', (r) => r.task),
      row('Style and layout time (CDP)', (r) => r.layout),
      ['HTML size (gzip level 9)', size(widgetsHtml), size(prerendered.html), size(staticHtml), '', '', ''],
    ],
  );
  if (prerendered.error) print(`**Prerendered page not measured: \`workshop-widgets prerender\` failed on the demo page:**\n\n\`\`\`\n${prerendered.error}\n\`\`\`\n`);
  else {
    const verdict = (ok) => (ok ? 'met' : '**not met**');
    const ratio = median(results.prerendered.map(visible)) / median(results.static.map(visible));
    const cls = median(results.prerendered.map((r) => r.probe.cls));
    const ratioText = Number.isFinite(ratio) ? `${ratio.toFixed(2)}× the static copy's time (target ≤ ${TARGET_RATIO}×: ${verdict(ratio <= TARGET_RATIO)})` : 'n/a';
    const clsText = cls === null ? 'n/a' : `${cls.toFixed(3)} (target ≤ ${TARGET_CLS}: ${verdict(cls <= TARGET_CLS)})`;
    print(`Prerendered page: all content visible at ${ratioText}; layout shift ${clsText}.`);
    const moved = Object.entries(prerenderedProbe?.shiftSources ?? {}).sort((a, b) => b[1] - a[1]);
    if (moved.some(([, v]) => v >= 0.0005)) print(`What moved on the prerendered page's first load: ${moved.map(([name, v]) => `${name} ${v.toFixed(3)}`).join(', ')}.`);
  }
  print(`Elements rendered on the page: ${defined.join(', ') || 'none'}.`);
  const shifted = Object.entries(shiftSources ?? {}).sort((a, b) => b[1] - a[1]);
  if (shifted.length) {
    print(`What moved on the first load (layout shift score by the page element that moved): ${shifted.map(([name, v]) => `${name} ${v.toFixed(3)}`).join(', ')}.`);
  }
  if (missing.length) print(`Not built yet (tags with no definition, shown as their fallback text): ${missing.join(', ')}.`);
  if (errors.length) print(`Rendered an error state: ${errors.join(', ')}.`);
  if (prerenderedProbe?.errors?.length) print(`Rendered an error state on the prerendered page: ${prerenderedProbe.errors.join(', ')}.`);
  if (stuck.size) print(`Not every element finished rendering within 15 s on ${[...stuck].join(', ')}; those runs count as n/a.`);
  print();
}
