// Helpers for the benchmark's Chromium pages: CDP metrics, and making sure a tag is defined.
import { existsSync } from 'node:fs';

/** CDP Performance.getMetrics as an object of name → value (durations in seconds). */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Milliseconds of `name` between two samples. A drop means the renderer was replaced; its counters restarted. */
export const delta = (before, after, name) => (after[name] >= before[name] ? after[name] - before[name] : after[name]) * 1000;

/**
 * Which of `tags` the page defines. A tag missing from cdn/workshop-widgets.js is imported from
 * cdn/elements/<tag>.js when that exists (recorded in `fallbacks`); otherwise it is "not built".
 */
export async function defineTags(page, tags, { root, fallbacks }) {
  const built = [];
  for (const tag of tags) {
    if (await page.evaluate((t) => Boolean(customElements.get(t)), tag)) {
      built.push(tag);
    } else if (existsSync(`${root}cdn/elements/${tag}.js`)) {
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
