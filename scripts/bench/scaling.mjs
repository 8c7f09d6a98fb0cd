// <paper-list> and <committee-list> at growing sizes: time to visible, one search keystroke, growth.
import { loadGenerator } from './generate.mjs';
import { defineTags } from './pages.mjs';
import { armKeystroke, checkFindInPage, clearSearch, countEntries, mountList } from './probes.mjs';
import { median, ms, progress } from './report.mjs';

/** The letter found in about half of the entries' text: one keystroke that really narrows the list. */
function narrowingLetter(texts) {
  const lower = texts.map((t) => t.toLowerCase());
  return [...'abcdefghijklmnopqrstuvwxyz']
    .map((c) => ({ c, share: lower.filter((t) => t.includes(c)).length / Math.max(1, lower.length) }))
    .sort((a, b) => Math.abs(a.share - 0.5) - Math.abs(b.share - 0.5))[0].c;
}

/** Median growth per 10× entries between two sizes (×10 is linear). */
function perTenfold(sizes, values, i) {
  const [a, b] = [values[i - 1], values[i]];
  if (!a || !b) return 'n/a';
  return `×${((b / a) ** (1 / Math.log10(sizes[i] / sizes[i - 1]))).toFixed(1)}`;
}

/** k in cost ∝ n^k between the two largest sizes. */
function exponent(sizes, values) {
  const n = sizes.length;
  const [a, b] = [values[n - 2], values[n - 1]];
  return a && b ? (Math.log(b / a) / Math.log(sizes[n - 1] / sizes[n - 2])).toFixed(2) : 'n/a';
}

/** Event Timing reports only events of 16 ms or more: "< 16 ms" when none of a run's key events was reported. */
function latency(values) {
  const reported = values.filter((v) => v !== null);
  if (!values.length) return '';
  if (!reported.length) return '< 16 ms';
  return reported.length === values.length ? ms(reported) : `${ms(reported)}; < 16 ms in ${values.length - reported.length} of ${values.length}`;
}

/**
 * Runs one size: fresh page per run, mount (until every entry is in the page), then one keystroke. After the
 * last run the search is cleared and find-in-page is checked for lists with `titles`.
 */
async function measureSize(env, page, list, n) {
  const { server, config } = env;
  const workshop = list.make(n);
  const path = `/bench/data/${list.tag}-${n}.json`;
  server.virtual.set(path, JSON.stringify(workshop));
  const letter = narrowingLetter(list.text(workshop));
  const result = { n, letter, mounts: [], completes: [], keys: [], firsts: [], latencies: [], shown: 0, after: 0, searchable: true, find: null, failure: null, runs: config.listRuns(n) };
  try {
    for (let run = 0; run <= result.runs; run++) {
      const started = Date.now();
      progress(`scaling: <${list.tag}> × ${n}, run ${run + 1}/${result.runs + 1}${run === 0 ? ' (warm-up)' : ''}`);
      await page.goto(`${server.url}/bench/scaling.html`, { waitUntil: 'load' });
      await defineTags(page, [list.tag], env);
      const mount = await page.evaluate(mountList, list.tag, path, config.quietMs, countEntries.toString());
      result.searchable = await page.evaluate(armKeystroke, list.tag, config.quietMs, countEntries.toString());
      let key = null;
      if (result.searchable) {
        await page.keyboard.press(letter);
        key = await page.evaluate(() => window.__keystroke);
      }
      if (list.titles && result.searchable && run === result.runs) {
        await page.evaluate(clearSearch, list.tag, config.quietMs);
        result.find = await page.evaluate(checkFindInPage, list.tag, list.titles(workshop));
      }
      // A size whose warm-up takes over 5 s gets 2 measured runs, to keep the whole bench within minutes.
      if (run === 0 && Date.now() - started > 5000) result.runs = Math.min(result.runs, 2);
      if (run === 0) continue;
      result.mounts.push(mount.ms);
      result.completes.push(mount.completeMs);
      result.shown = mount.rows;
      if (key) {
        result.keys.push(key.ms);
        result.firsts.push(key.firstMs);
        result.latencies.push(key.latencyMs);
        result.after = key.rows;
      }
    }
  } catch (error) {
    result.failure = error.message.split('\n')[0];
  } finally {
    server.virtual.delete(path);
  }
  return result;
}

export async function benchScaling(env) {
  const { browser, server, config, report } = env;
  const { print, table } = report;
  const { generateWorkshop, source } = await loadGenerator();
  const lists = [
    {
      tag: 'paper-list',
      make: (n) => generateWorkshop({ papers: n, committee: 10 }),
      text: (w) => (w.papers ?? []).map((p) => `${p.title} ${(p.authors ?? []).join(' ')}`),
      titles: (w) => (w.papers ?? []).map((p) => p.title),
    },
    {
      tag: 'committee-list',
      make: (n) => generateWorkshop({ papers: 0, committee: n }),
      text: (w) => (w.people ?? []).map((p) => `${p.name} ${(p.affiliations ?? []).join(' ')}`),
    },
  ];
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const rows = [];
  const growth = [];
  try {
    await page.goto(`${server.url}/bench/scaling.html`, { waitUntil: 'load' });
    const built = await defineTags(page, lists.map((l) => l.tag), env);
    for (const list of lists) {
      const name = `<${list.tag}>`;
      if (!built.includes(list.tag)) {
        rows.push([name, '—', '', 'not built', '', '', '', 'not built', '', '', '']);
        growth.push([name, 'not built', '', '', '']);
        continue;
      }
      const mountMedians = [];
      const keyMedians = [];
      for (const n of config.listSizes) {
        const r = await measureSize(env, page, list, n);
        mountMedians.push(r.failure ? null : median(r.mounts));
        keyMedians.push(r.failure ? null : median(r.keys));
        const entries = n.toLocaleString('en-US');
        if (r.failure) {
          rows.push([name, entries, '', `failed: ${r.failure}`, '', '', '', '', '', '', '']);
          continue;
        }
        const updated = r.keys.some((k) => k !== null);
        const keystroke = !r.searchable ? 'no search box' : updated ? ms(r.keys) : 'no update within 3 s';
        const firstUpdate = r.searchable && updated ? ms(r.firsts) : '';
        const find = !r.find ? '' : r.find.missing === 0 && r.find.found ? `all ${r.find.rendered} ✓` : `${r.find.missing} missing${r.find.found ? '' : ', last not found'} ✗`;
        rows.push([
          name,
          entries,
          String(r.runs),
          ms(r.mounts),
          ms(r.completes),
          String(r.shown),
          firstUpdate,
          keystroke,
          r.searchable && updated ? latency(r.latencies) : '',
          r.searchable ? `"${r.letter}" → ${r.after}` : '',
          find,
        ]);
      }
      for (const [label, values] of [['time to visible', mountMedians], ['search keystroke', keyMedians]]) {
        const steps = config.listSizes.slice(1).map((_, i) => perTenfold(config.listSizes, values, i + 1));
        growth.push([`${name} ${label}`, ...steps, exponent(config.listSizes, values)]);
      }
    }
  } finally {
    await context.close();
  }
  const sizes = config.listSizes.map((n) => n.toLocaleString('en-US'));
  print(`## Scaling: lists at ${sizes[0]} to ${sizes[sizes.length - 1]} entries\n`);
  print(
    `Each element mounted alone with \`.data\` set to generated data (${source}); time from creating the element to the ` +
      `frame after its first render ("time to visible") and to the frame after its last change, quiet for ${config.quietMs} ms ` +
      `("all in page": a list rendered in chunks holds every entry then). Keystroke, once the list is complete: one key pressed ` +
      `in the search box (CDP input, the letter found in about half the entries), timed from the key press (the keydown's ` +
      `timestamp, as the Event Timing API counts it) to the first painted frame after the first change in the shadow root ` +
      `("first update") and to the settled state ("settled"): the later of the painted frame after the last change (quiet for ` +
      `${config.quietMs} ms, so work spread over frames or behind a debounce counts) and the paint after the key press's events. ` +
      `Paint times come from the Event Timing API (PerformanceObserver 'event', durationThreshold 16 ms) where it reports them, ` +
      `else from a requestAnimationFrame probe. "Interaction latency" is the Event Timing API's own figure: the longest ` +
      `duration of the key's events (keydown to keyup). Runs after a warm-up as listed (2 where the warm-up took over 5 s). ` +
      `"Entries shown" counts the items of the largest list in the shadow root that are not hidden (items of presentational ` +
      `sub-lists count for their list; a list that pages shows fewer than it holds). "Find-in-page": after the last run the ` +
      `search is cleared, then every title must be in the shadow root with nothing \`hidden\` around it, and \`window.find()\` ` +
      `(Chromium's find-in-page) must find the last one.\n`,
  );
  table(
    [
      'Element',
      'Entries',
      'Runs',
      'Time to visible',
      'All in page',
      'Entries shown',
      'Keystroke → first update',
      'Keystroke → settled',
      'Interaction latency',
      'Key → entries shown',
      'Find-in-page (no filter)',
    ],
    rows,
  );
  print(
    `Growth of the median per 10× entries (×10 is linear; the last step normalized to 10×), and k in cost ∝ n^k between ` +
      `${sizes[sizes.length - 2]} and ${sizes[sizes.length - 1]}.\n`,
  );
  const steps = config.listSizes.slice(1).map((_, i) => `${sizes[i]} → ${sizes[i + 1]}`);
  table(['Cost', ...steps, 'k (last step)'], growth);
}
