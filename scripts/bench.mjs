// `npm run bench`: sizes, the demo page against its static copy, list scaling and the countdown's idle
// cost, measured in headless Chromium and printed as Markdown tables (medians, with min–max spread).
//   --no-build   use the cdn/ that is there        --quick   fewer runs and a 10 s countdown (development)
//   --only=sizes,demo,scaling,countdown            --out=FILE  also write the tables to FILE
// The tables are also written to .bench/results.md, and the static copy of the demo to .bench/demo-static.html.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { budgetTable, collectSizes, fmt, sizeTable } from './check-size.mjs';
import { chromiumArgs, requireChromium } from './chromium.mjs';
import { loadGenerator } from './bench/generate.mjs';
import { armKeystroke, countEntries, countRenders, installLoadProbe, mountList, serializeRenderedPage } from './bench/probes.mjs';
import { startServer } from './bench/server.mjs';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const quick = flag('quick');
const only = option('only')?.split(',') ?? ['sizes', 'demo', 'scaling', 'countdown'];

const config = {
  demoRuns: quick ? 3 : 5,
  listSizes: [10, 100, 1000, 5000],
  listRuns: (n) => (n >= 5000 ? (quick ? 2 : 3) : quick ? 3 : 5),
  countdownSeconds: quick ? 10 : 60,
  windowSeconds: quick ? 2 : 10,
  quietMs: 500,
  viewport: { width: 1280, height: 800 },
};

const out = [];
const print = (line = '') => {
  out.push(line);
  console.log(line);
};
const progress = (message) => process.stderr.write(`bench: ${message}\n`);

// ---------- statistics and formatting ----------
const sorted = (values) => values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
function median(values) {
  const s = sorted(values);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function stat(values, digits = 0, unit = '') {
  const s = sorted(values);
  if (!s.length) return 'n/a';
  const f = (v) => `${v.toFixed(digits)}${unit}`;
  return s.length === 1 ? f(s[0]) : `${f(median(s))} (${f(s[0])}–${f(s[s.length - 1])})`;
}
const ms = (values) => stat(values, 0, ' ms');
const table = (header, rows) => {
  print(`| ${header.join(' | ')} |`);
  print(`|${header.map((_, i) => (i === 0 ? '---' : '--:')).join('|')}|`);
  for (const row of rows) print(`| ${row.join(' | ')} |`);
  print();
};

// ---------- set-up ----------
if (!flag('no-build')) {
  progress('npm run build');
  try {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    console.error('bench: `npm run build` failed; fix the build (or pass --no-build to measure the cdn/ that is there).');
    process.exit(1);
  }
}
if (!existsSync(`${root}cdn/workshop-widgets.js`)) {
  console.error('bench: cdn/workshop-widgets.js is missing; run `npm run build`.');
  process.exit(1);
}

const notes = [];
const aliases = new Map();
if (!existsSync(`${root}demo/workshops/default.json`)) {
  const seeds = existsSync(`${root}demo/workshops`) ? readdirSync(`${root}demo/workshops`).filter((f) => f.endsWith('.json')).sort() : [];
  const stand_in = seeds.find((f) => f.startsWith('mlmp')) ?? seeds[0];
  if (stand_in) {
    aliases.set('/demo/workshops/default.json', `demo/workshops/${stand_in}`);
    notes.push(`demo/workshops/default.json does not exist yet; the demo page used ${stand_in} in its place.`);
  }
}
const server = await startServer(root, { aliases });
server.virtual.set('/bench/empty.html', '<!doctype html><title>empty</title>');
const browser = await puppeteer.launch({
  executablePath: requireChromium(),
  args: [...chromiumArgs, `--window-size=${config.viewport.width},${config.viewport.height}`],
  headless: true,
  defaultViewport: config.viewport,
});
const started = Date.now();

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}
// A negative difference means the renderer was replaced in between; its counters then started at zero.
const delta = (before, after, name) => (after[name] >= before[name] ? after[name] - before[name] : after[name]) * 1000;
/**
 * Which of `tags` the page defines. A tag missing from cdn/workshop-widgets.js is loaded from
 * cdn/elements/<tag>.js when that exists (reported as such); otherwise it is "not built".
 */
async function defineTags(page, tags, fallbacks) {
  const built = [];
  for (const tag of tags) {
    if (await page.evaluate((t) => Boolean(customElements.get(t)), tag)) built.push(tag);
    else if (existsSync(`${root}cdn/elements/${tag}.js`)) {
      const ok = await page.evaluate(async (t) => {
        await import(`/cdn/elements/${t}.js`);
        return Boolean(customElements.get(t));
      }, tag);
      if (ok) {
        built.push(tag);
        fallbacks.add(tag);
      }
    }
  }
  return built;
}
const fallbacks = new Set();

try {
  print(`# workshop-widgets benchmark`);
  print();
  print(`${new Date().toISOString()} · ${await browser.version()} (headless) · Node ${process.version} · ${quick ? 'quick mode' : 'full run'}`);
  print();

  // ---------- sizes ----------
  if (only.includes('sizes')) {
    const sizes = await collectSizes();
    print('## Size');
    print();
    print(sizeTable(sizes));
    print();
    print(budgetTable(sizes));
    print();
    if (!sizes.registers) print('**cdn/workshop-widgets.js registers no custom element**: the build tree-shook the defineElement() calls.\n');
    if (sizes.unminified) print('The shipped files keep whitespace (Vite library mode does not minify ES output); "Minified" is the same file through esbuild --minify.\n');
  }

  // ---------- demo page against its static copy ----------
  if (only.includes('demo')) await (async () => {
    progress('demo page: rendering the static copy');
    const loadOnce = async (path, isStatic) => {
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
        stuck.add(path); // some element never left its loading state; its times stay empty (n/a)
      }
      await new Promise((resolve) => setTimeout(resolve, 300)); // late shifts
      const after = await metrics(cdp);
      const probe = await page.evaluate(() => window.__bench);
      return {
        page,
        context,
        probe,
        script: delta(before, after, 'ScriptDuration'),
        task: delta(before, after, 'TaskDuration'),
        layout: delta(before, after, 'LayoutDuration') + delta(before, after, 'RecalcStyleDuration'),
      };
    };
    const stuck = new Set();
    const first = await loadOnce('/bench/demo.html', false);
    const anyDefined = await first.page.evaluate(() => [...document.querySelectorAll('*')].some((e) => e.localName.includes('-') && customElements.get(e.localName)));
    if (!anyDefined) {
      await first.context.close();
      print('## Demo page against its static copy');
      print();
      print(
        '**Not measured: cdn/workshop-widgets.js loaded but defined no element.** If the build tree-shook the defineElement() ' +
          'calls, list the defining modules in package.json "sideEffects" (e.g. "./src/components/*/*.ts").\n',
      );
      return;
    }
    const staticHtml = await first.page.evaluate(serializeRenderedPage);
    const { defined, missing, errors, shiftSources } = first.probe;
    await first.context.close();
    server.virtual.set('/bench/demo-static.html', staticHtml);

    const results = { widgets: [], static: [] };
    const total = config.demoRuns + 1;
    for (let run = 0; run < total; run++) {
      progress(`demo page: run ${run + 1}/${total}${run === 0 ? ' (warm-up)' : ''}`);
      for (const [kind, path] of [['widgets', '/bench/demo.html'], ['static', '/bench/demo-static.html']]) {
        const result = await loadOnce(path, kind === 'static');
        await result.context.close();
        if (run > 0) results[kind].push(result);
      }
    }
    const column = (kind, pick) => results[kind].map(pick);
    const row = (label, pick, format = ms) => [label, format(column('widgets', pick)), format(column('static', pick)), diff(column('widgets', pick), column('static', pick), format === ms)];
    function diff(a, b, isMs) {
      const ma = median(a);
      const mb = median(b);
      if (ma === null || mb === null) return 'n/a';
      const d = ma - mb;
      const sign = d < 0 ? '−' : '+';
      return isMs ? `${sign}${Math.abs(d).toFixed(0)} ms` : `${sign}${Math.abs(d).toFixed(3)}`;
    }
    print('## Demo page against its static copy (the physical limit)');
    print();
    print(
      `bench/demo.html (demo/index.html with cdn/workshop-widgets.js and the default workshop via src) against bench/demo-static.html: ` +
        `the same page rendered once, every shadow root serialized as declarative shadow DOM with its styles inlined, no script ` +
        `(${fmt(Buffer.byteLength(staticHtml))}, ${fmt(gzipSync(staticHtml, { level: 9 }).length)} gzip). ` +
        `${config.demoRuns} runs after a warm-up, each in a fresh browser context, served from 127.0.0.1 without caching, ` +
        `${config.viewport.width}×${config.viewport.height} viewport, no CPU or network throttling. Median (min–max).`,
    );
    print();
    table(
      ['Metric', 'Widgets', 'Static copy', 'Cost of the widgets'],
      [
        row('First contentful paint', (r) => r.probe.fcp),
        row('All content visible (every element rendered, painted)', (r) => r.probe.visible),
        row('Settled (markdown engine loaded and applied)', (r) => r.probe.settled),
        row('Largest contentful paint', (r) => r.probe.lcp),
        row('Cumulative layout shift (content below included)', (r) => r.probe.cls, (v) => stat(v, 3)),
        row('Main-thread script time (CDP ScriptDuration)', (r) => r.script),
        row('Main-thread task time (CDP TaskDuration)', (r) => r.task),
        row('Style and layout time', (r) => r.layout),
      ],
    );
    print(`Elements rendered on the page: ${defined.join(', ') || 'none'}.`);
    const shifted = Object.entries(shiftSources ?? {}).sort((a, b) => b[1] - a[1]);
    if (shifted.length) print(`What moved (first load, share of the layout shift score by the element that moved): ${shifted.map(([name, value]) => `${name} ${value.toFixed(3)}`).join(', ')}.`);
    if (missing.length) print(`Not built yet (tags on the page with no definition, shown as their fallback text): ${missing.join(', ')}.`);
    if (errors.length) print(`Rendered an error state: ${errors.join(', ')}.`);
    if (stuck.size) print(`Not every element finished rendering within 15 s on ${[...stuck].join(', ')}; those runs count as n/a.`);
    print();
  })();

  // ---------- scaling ----------
  if (only.includes('scaling')) {
    const { generateWorkshop, source } = await loadGenerator();
    const lists = [
      { tag: 'paper-list', make: (n) => generateWorkshop({ papers: n, committee: 10 }), text: (w) => w.papers.map((p) => `${p.title} ${p.authors.join(' ')}`) },
      {
        tag: 'committee-list',
        make: (n) => generateWorkshop({ papers: 0, committee: n }),
        text: (w) => (w.people ?? []).map((p) => `${p.name} ${(p.affiliations ?? []).join(' ')}`),
      },
    ];
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/bench/scaling.html`, { waitUntil: 'load' });
    const built = await defineTags(page, lists.map((l) => l.tag), fallbacks);
    const rows = [];
    const growth = [];
    for (const list of lists) {
      if (!built.includes(list.tag)) {
        rows.push([`<${list.tag}>`, '—', '', 'not built', '', 'not built', '']);
        growth.push([`<${list.tag}>`, 'not built', '', '', '']);
        continue;
      }
      const medians = { mount: [], key: [] };
      for (const n of config.listSizes) {
        const workshop = list.make(n);
        const path = `/bench/data/${list.tag}-${n}.json`;
        server.virtual.set(path, JSON.stringify(workshop));
        // One keystroke that narrows the list: the letter found in about half of the entries' text.
        const texts = list.text(workshop).map((t) => t.toLowerCase());
        const letter = [...'abcdefghijklmnopqrstuvwxyz']
          .map((c) => ({ c, share: texts.filter((t) => t.includes(c)).length / Math.max(1, texts.length) }))
          .sort((a, b) => Math.abs(a.share - 0.5) - Math.abs(b.share - 0.5))[0].c;
        const mounts = [];
        const keys = [];
        let rendered = 0;
        let after = 0;
        let searchable = true;
        let failure = null;
        let runs = config.listRuns(n);
        for (let run = 0; run <= runs; run++) {
          const runStarted = Date.now();
          progress(`scaling: <${list.tag}> × ${n}, run ${run + 1}/${runs + 1}${run === 0 ? ' (warm-up)' : ''}`);
          await page.goto(`${server.url}/bench/scaling.html`, { waitUntil: 'load' });
          await defineTags(page, [list.tag], fallbacks);
          let mount;
          try {
            mount = await page.evaluate(mountList, list.tag, path, countEntries.toString());
          } catch (error) {
            failure = error.message.split('\n')[0];
            break;
          }
          searchable = await page.evaluate(armKeystroke, list.tag, config.quietMs, countEntries.toString());
          let key = null;
          if (searchable) {
            await page.keyboard.press(letter);
            key = await page.evaluate(() => window.__keystroke);
          }
          // A size whose warm-up takes over 5 s gets 2 measured runs, to keep the whole bench within minutes.
          if (run === 0 && Date.now() - runStarted > 5000) runs = Math.min(runs, 2);
          if (run === 0) continue;
          mounts.push(mount.ms);
          rendered = mount.rows;
          if (key) {
            keys.push(key.ms);
            after = key.rows;
          }
        }
        server.virtual.delete(path);
        medians.mount.push(median(mounts));
        medians.key.push(median(keys));
        if (failure) {
          medians.mount.push(null);
          medians.key.push(null);
          rows.push([`<${list.tag}>`, n.toLocaleString('en-US'), '', `failed: ${failure}`, '', '', '']);
          continue;
        }
        rows.push([
          `<${list.tag}>`,
          n.toLocaleString('en-US'),
          String(runs),
          ms(mounts),
          String(rendered),
          searchable ? (keys.some((k) => k !== null) ? ms(keys) : 'no update within 3 s') : 'no search box',
          searchable ? `"${letter}" → ${after}` : '',
        ]);
      }
      const perTen = (values, i) => {
        const a = values[i - 1];
        const b = values[i];
        if (!a || !b) return 'n/a';
        const decades = Math.log10(config.listSizes[i] / config.listSizes[i - 1]);
        return `×${(b / a) ** (1 / decades) > 0 ? ((b / a) ** (1 / decades)).toFixed(1) : 'n/a'}`;
      };
      const exponent = (values) => {
        const i = config.listSizes.indexOf(1000);
        const j = config.listSizes.indexOf(5000);
        const a = values[i];
        const b = values[j];
        return a && b ? (Math.log(b / a) / Math.log(5)).toFixed(2) : 'n/a';
      };
      for (const [label, values] of [['time to visible', medians.mount], ['search keystroke', medians.key]]) {
        growth.push([`<${list.tag}> ${label}`, perTen(values, 1), perTen(values, 2), perTen(values, 3), exponent(values)]);
      }
    }
    await context.close();
    print('## Scaling: lists at 10 to 5,000 entries');
    print();
    print(
      `Each element mounted alone with \`.data\` set to generated data (${source}); time from creating the element to the ` +
        `frame after its first render. Keystroke: one key pressed in the search box (CDP input), from the keydown to the frame ` +
        `after the last change to the list (quiet for ${config.quietMs} ms), so any debounce counts. ` +
        `Runs after a warm-up as listed (fewer where the warm-up took over 5 s). "Entries shown" counts the items of the longest list in the shadow root (a list that pages or windows shows fewer than it holds).`,
    );
    print();
    table(['Element', 'Entries', 'Runs', 'Time to visible', 'Entries shown', 'Search keystroke', 'Key → entries shown'], rows);
    print('Growth of the median per 10× entries (×10 would be linear; 1,000 → 5,000 normalized to 10×); the exponent k fits cost ∝ n^k from 1,000 to 5,000.');
    print();
    table(['Cost', '10 → 100', '100 → 1,000', '1,000 → 5,000', 'k (1,000 → 5,000)'], growth);
  }

  // ---------- countdown ----------
  if (only.includes('countdown')) {
    const deadline = new Date(Date.now() + 9 * 86400e3).toISOString().slice(0, 10);
    server.virtual.set(
      '/bench/data/countdown.json',
      JSON.stringify({ title: 'Countdown Benchmark Workshop', importantDates: [{ id: 'submission', label: 'Paper submission deadline', kind: 'deadline', date: deadline, timeZone: 'AoE' }] }),
    );
    // Visible and hidden pages run side by side: each browser context is a window, and the tab that is
    // not in front of its window is hidden (document.visibilityState === 'hidden', as in a background tab).
    const open = async (context, path) => {
      const page = await context.newPage();
      const cdp = await page.createCDPSession();
      await cdp.send('Performance.enable');
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      return { page, cdp };
    };
    const widgetContext = await browser.createBrowserContext();
    const blankContext = await browser.createBrowserContext();
    const pages = {
      'countdown, hidden (background tab)': await open(widgetContext, '/bench/countdown.html'),
      'countdown, visible': await open(widgetContext, '/bench/countdown.html'),
      'baseline page without widgets, hidden': await open(blankContext, '/bench/blank.html'),
      'baseline page without widgets, visible': await open(blankContext, '/bench/blank.html'),
    };
    await pages['countdown, visible'].page.bringToFront();
    await pages['baseline page without widgets, visible'].page.bringToFront();
    const countdownBuilt = (await defineTags(pages['countdown, visible'].page, ['countdown-deadline'], fallbacks)).length > 0;
    if (countdownBuilt) await defineTags(pages['countdown, hidden (background tab)'].page, ['countdown-deadline'], fallbacks);
    print('## `<countdown-deadline>` left running');
    print();
    if (!countdownBuilt) {
      print('| Page | CPU | |\n|---|--:|--:|\n| countdown-deadline | not built | |\n');
    } else {
      await new Promise((resolve) => setTimeout(resolve, 2000)); // let it render and start its clock
      for (const entry of Object.values(pages)) {
        entry.visibility = await entry.page.evaluate(() => document.visibilityState);
        await entry.page.evaluate(countRenders);
        entry.windows = [];
        entry.scripts = [];
        entry.last = await metrics(entry.cdp);
      }
      const windows = Math.round(config.countdownSeconds / config.windowSeconds);
      for (let w = 0; w < windows; w++) {
        progress(`countdown: ${(w + 1) * config.windowSeconds}/${config.countdownSeconds} s`);
        await new Promise((resolve) => setTimeout(resolve, config.windowSeconds * 1000));
        for (const entry of Object.values(pages)) {
          const now = await metrics(entry.cdp);
          const scale = 60 / config.windowSeconds; // per minute
          entry.windows.push(delta(entry.last, now, 'TaskDuration') * scale);
          entry.scripts.push(delta(entry.last, now, 'ScriptDuration') * scale);
          entry.last = now;
        }
      }
      const rows = [];
      for (const [label, entry] of Object.entries(pages)) {
        const renders = await entry.page.evaluate(() => window.__renders);
        rows.push([label, entry.visibility, stat(entry.windows, 1, ' ms'), stat(entry.scripts, 1, ' ms'), String(Math.round((renders * 60) / config.countdownSeconds))]);
      }
      print(
        `A deadline 9 days ahead, so the countdown ticks. ${config.countdownSeconds} s per page, all four pages at once; CPU is the ` +
          `renderer main thread's busy time (CDP Performance.getMetrics TaskDuration, ScriptDuration), per minute, median ` +
          `(min–max) over ${config.windowSeconds} s windows. Hidden: the page is a background tab (another tab brought to front), ` +
          `which sets document.visibilityState to "hidden" and fires visibilitychange like a real tab switch; freezing the page ` +
          `(Page.setWebLifecycleState) would stop every timer and prove nothing. Renders: mutations in shadow roots per minute.`,
      );
      print();
      table(['Page', 'visibilityState', 'Main-thread task time / min', 'Script time / min', 'Renders / min'], rows);
    }
    await widgetContext.close();
    await blankContext.close();
  }

  if (fallbacks.size) notes.push(`not in cdn/workshop-widgets.js, so loaded from cdn/elements/<tag>.js: ${[...fallbacks].join(', ')}.`);
  for (const note of notes) print(`Note: ${note}`);
  if (notes.length) print();
  print(`Benchmark time: ${((Date.now() - started) / 1000).toFixed(0)} s (after the build).`);
} finally {
  await browser.close();
  await server.close();
}

// The tables and the static copy stay in .bench/ (git-ignored) for a look afterwards.
mkdirSync(`${root}.bench`, { recursive: true });
writeFileSync(`${root}.bench/results.md`, `${out.join('\n')}\n`);
if (server.virtual.has('/bench/demo-static.html')) writeFileSync(`${root}.bench/demo-static.html`, server.virtual.get('/bench/demo-static.html'));
const file = option('out');
if (file) writeFileSync(file, `${out.join('\n')}\n`);
