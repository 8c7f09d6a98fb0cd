// <countdown-deadline> left running for a minute, visible and hidden, next to a page without widgets.
import { defineTags, delta, metrics } from './pages.mjs';
import { countRenders } from './probes.mjs';
import { progress, stat } from './report.mjs';

const HIDDEN = 'countdown, hidden (background tab)';
const VISIBLE = 'countdown, visible';

export async function benchCountdown(env) {
  const { browser, server, config, report } = env;
  const { print, table } = report;
  const deadline = new Date(Date.now() + 9 * 86400e3).toISOString().slice(0, 10);
  server.virtual.set(
    '/bench/data/countdown.json',
    JSON.stringify({
      title: 'Countdown Benchmark Workshop',
      importantDates: [{ id: 'submission', label: 'Paper submission deadline', kind: 'deadline', date: deadline, timeZone: 'AoE' }],
    }),
  );
  // Each browser context is a window of its own; the tab not in front of its window is hidden
  // (document.visibilityState "hidden" and a visibilitychange event, as when a reader switches tabs).
  const open = async (context, path) => {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    return { page, cdp };
  };
  const widgetWindow = await browser.createBrowserContext();
  const blankWindow = await browser.createBrowserContext();
  try {
    const pages = {
      [HIDDEN]: await open(widgetWindow, '/bench/countdown.html'),
      [VISIBLE]: await open(widgetWindow, '/bench/countdown.html'),
      'baseline page without widgets, hidden': await open(blankWindow, '/bench/blank.html'),
      'baseline page without widgets, visible': await open(blankWindow, '/bench/blank.html'),
    };
    await pages[VISIBLE].page.bringToFront();
    await pages['baseline page without widgets, visible'].page.bringToFront();
    print('## `<countdown-deadline>` left running\n');
    const built = (await defineTags(pages[VISIBLE].page, ['countdown-deadline'], env)).length > 0;
    if (!built) {
      table(['Page', 'Main-thread task time / min'], [['<countdown-deadline>', 'not built']]);
      return;
    }
    await defineTags(pages[HIDDEN].page, ['countdown-deadline'], env);
    await new Promise((resolve) => setTimeout(resolve, 2000)); // let it render and start its clock
    for (const entry of Object.values(pages)) {
      entry.visibility = await entry.page.evaluate(() => document.visibilityState);
      await entry.page.evaluate(countRenders);
      entry.tasks = [];
      entry.scripts = [];
      entry.last = await metrics(entry.cdp);
    }
    const perMinute = 60 / config.windowSeconds;
    const windows = Math.round(config.countdownSeconds / config.windowSeconds);
    for (let w = 1; w <= windows; w++) {
      await new Promise((resolve) => setTimeout(resolve, config.windowSeconds * 1000));
      progress(`countdown: ${w * config.windowSeconds}/${config.countdownSeconds} s`);
      for (const entry of Object.values(pages)) {
        const now = await metrics(entry.cdp);
        entry.tasks.push(delta(entry.last, now, 'TaskDuration') * perMinute);
        entry.scripts.push(delta(entry.last, now, 'ScriptDuration') * perMinute);
        entry.last = now;
      }
    }
    const rows = [];
    for (const [label, entry] of Object.entries(pages)) {
      const renders = await entry.page.evaluate(() => window.__renders);
      rows.push([label, entry.visibility, stat(entry.tasks, 1, ' ms'), stat(entry.scripts, 1, ' ms'), String(Math.round((renders * 60) / config.countdownSeconds))]);
    }
    print(
      `A deadline 9 days ahead, so the countdown ticks. ${config.countdownSeconds} s, all four pages at once. CPU: the renderer ` +
        `main thread's busy time (CDP Performance.getMetrics TaskDuration and ScriptDuration) per minute, median (min–max) over ` +
        `${config.windowSeconds} s windows. Hidden: a background tab (another tab of its window brought to front), so ` +
        `document.visibilityState is "hidden" and visibilitychange fired, as on a real tab switch. Freezing the page ` +
        `(Page.setWebLifecycleState) would stop every timer and prove nothing, and puppeteer's default flags switch off ` +
        `Chromium's background-timer throttling, so the hidden figure is what the element itself does. Renders: mutations in ` +
        `shadow roots per minute.\n`,
    );
    table(['Page', 'visibilityState', 'Main-thread task time / min', 'Script time / min', 'Renders / min'], rows);
  } finally {
    await widgetWindow.close();
    await blankWindow.close();
  }
}
