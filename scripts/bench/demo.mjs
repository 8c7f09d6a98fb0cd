// The demo page with the CDN file against a static copy of what it renders (the physical limit).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { embedWorkshopJson } from '../lib/embed-workshop.mjs';
import { fmt } from '../check-size.mjs';
import { delta, metrics } from './pages.mjs';
import { installLoadProbe, serializeRenderedPage } from './probes.mjs';
import { medianDifference, ms, progress, stat } from './report.mjs';

const WIDGETS = '/bench/demo.html';
const STATIC = '/bench/demo-static.html';

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
async function loadOnce({ browser, server }, path, isStatic, stuck) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await page.evaluateOnNewDocument(installLoadProbe, isStatic);
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
  const { server, config, report } = env;
  const { print, table } = report;
  const stuck = new Set();
  server.virtual.set(WIDGETS, widgetsPage());
  progress('demo page: rendering the static copy');
  const first = await loadOnce(env, WIDGETS, false, stuck);
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
  const { defined, missing, errors, shiftSources } = first.probe;
  await first.context.close();
  server.virtual.set(STATIC, staticHtml);

  const results = { widgets: [], static: [] };
  for (let run = 0; run <= config.demoRuns; run++) {
    progress(`demo page: run ${run + 1}/${config.demoRuns + 1}${run === 0 ? ' (warm-up)' : ''}`);
    for (const [kind, path] of [['widgets', WIDGETS], ['static', STATIC]]) {
      const result = await loadOnce(env, path, kind === 'static', stuck);
      await result.context.close();
      if (run > 0) results[kind].push(result);
    }
  }
  const row = (label, pick, digits = 0, unit = ' ms') => {
    const a = results.widgets.map(pick);
    const b = results.static.map(pick);
    return [label, stat(a, digits, unit), stat(b, digits, unit), medianDifference(a, b, digits, unit)];
  };

  print('## Demo page against its static copy (the physical limit)\n');
  print(
    `demo/index.html served with cdn/workshop-widgets.js (the default workshop embedded as inline JSON, as npm start serves it) against bench/demo-static.html: ` +
      `the same page rendered once, every shadow root serialized as declarative shadow DOM with its styles inlined, no script ` +
      `(${fmt(Buffer.byteLength(staticHtml))}, ${fmt(gzipSync(staticHtml, { level: 9 }).length)} gzip). ` +
      `${config.demoRuns} runs after a warm-up, each in a fresh browser context, served from 127.0.0.1 without caching, ` +
      `${config.viewport.width}×${config.viewport.height} viewport, no CPU or network throttling. Median (min–max). ` +
      `Visible: the frame in which every defined element has left its loading state (static copy: the first frame after parsing).\n`,
  );
  table(
    ['Metric', 'Widgets', 'Static copy', 'Cost of the widgets'],
    [
      row('First contentful paint', (r) => r.probe.fcp),
      row('All content visible (every element rendered, painted)', (r) => r.probe.visible),
      row('Settled (markdown engine loaded and applied)', (r) => r.probe.settled),
      row('Largest contentful paint', (r) => r.probe.lcp),
      row('Cumulative layout shift (content below included)', (r) => r.probe.cls, 3, ''),
      row('Main-thread script time (CDP ScriptDuration)', (r) => r.script),
      row('Main-thread task time (CDP TaskDuration)', (r) => r.task),
      row('Style and layout time (CDP)', (r) => r.layout),
    ],
  );
  print(`Elements rendered on the page: ${defined.join(', ') || 'none'}.`);
  const shifted = Object.entries(shiftSources ?? {}).sort((a, b) => b[1] - a[1]);
  if (shifted.length) {
    print(`What moved on the first load (layout shift score by the page element that moved): ${shifted.map(([name, v]) => `${name} ${v.toFixed(3)}`).join(', ')}.`);
  }
  if (missing.length) print(`Not built yet (tags with no definition, shown as their fallback text): ${missing.join(', ')}.`);
  if (errors.length) print(`Rendered an error state: ${errors.join(', ')}.`);
  if (stuck.size) print(`Not every element finished rendering within 15 s on ${[...stuck].join(', ')}; those runs count as n/a.`);
  print();
}
