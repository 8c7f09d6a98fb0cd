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
 * Which of `tags` the page defines, with the CDN file's on-demand elements loaded. A tag missing from
 * cdn/workshop-widgets.js is imported from cdn/elements/<tag>.js when that exists (recorded in `fallbacks`);
 * otherwise it is "not built".
 */
export async function defineTags(page, tags, { root, fallbacks }) {
  const built = [];
  for (const tag of tags) {
    // The CDN file defines some tags only when they appear; ask it for those first (same URL, same module).
    const defined = await page.evaluate(async (t) => {
      const cdn = await import('/cdn/workshop-widgets.js');
      if (!customElements.get(t) && cdn.ON_DEMAND_TAGS?.includes(t)) await cdn.loadElement(t);
      return Boolean(customElements.get(t));
    }, tag);
    if (defined) {
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
