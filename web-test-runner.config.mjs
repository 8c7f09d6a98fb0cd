// Every test runs in headless Chromium with a pinned time zone and language, so time tests mean the same
// on every machine; window.gc and precise heap figures let the leak test collect, then measure. Files named
// *.zones.test.ts also run under three more zones, one browser each.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, requireChromium } from './scripts/chromium.mjs';
import { prerenderFixtures } from './scripts/lib/prerender-fixtures.mjs';

export const DEFAULT_TEST_ZONE = 'Europe/Berlin';
const ZONES = ['Asia/Tokyo', 'America/Los_Angeles', 'UTC'];

function chromium(timeZone) {
  return chromeLauncher({
    launchOptions: { executablePath: requireChromium(), headless: true, args: [...chromiumArgs, '--lang=en-US', '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows', '--js-flags=--expose-gc', '--enable-precise-memory-info'] },
    async createPage({ browser }) {
      const page = await browser.newPage();
      await page.emulateTimezone(timeZone);
      return page;
    },
  });
}

/**
 * Test-only command `refuse-modules`: from now on, the calling test page gets 404 for the modules it names
 * (`{ modules: ['json-text', 'bibtex'] }`; an empty list lets them load again), as after a dropped connection,
 * so tests reach the fallbacks of code loaded on demand (test/components/on-demand-failure.test.ts).
 * Intercepted in that page only: other pages, running in parallel, still load the modules.
 */
function refuseModules() {
  const refused = new WeakMap();
  return {
    name: 'refuse-modules',
    async executeCommand({ command, payload, session }) {
      if (command !== 'refuse-modules') return undefined;
      const page = session.browser.getPage(session.id);
      if (!refused.has(page)) {
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const name = /\/([\w-]+)\.[jt]s$/.exec(new URL(request.url()).pathname)?.[1];
          if (name && refused.get(page).includes(name)) request.respond({ status: 404, contentType: 'text/plain', body: 'refused by the test' });
          else request.continue();
        });
      }
      refused.set(page, payload.modules);
      return true;
    },
  };
}

export default {
  rootDir: '.',
  // Screenshots run apart, with their own config: test/visual/wtr-visual.config.mjs.
  files: ['test/**/*.test.ts', '!test/**/*.zones.test.ts', '!test/node/**', '!test/visual/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One page at a time: a page in a background tab gets no animation frames and counts as hidden, which
  // stalls fixtures and pauses the shared clock. The zone groups still run in parallel browsers.
  concurrency: 1,
  concurrentBrowsers: 2,
  browsers: [chromium(DEFAULT_TEST_ZONE)],
  groups: ZONES.map((zone) => ({
    name: `zone ${zone}`,
    files: 'test/**/*.zones.test.ts',
    browsers: [chromium(zone)],
  })),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), prerenderFixtures(new URL('.', import.meta.url).pathname), refuseModules()],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
