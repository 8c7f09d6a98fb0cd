// What a prerendered page shows without JavaScript, and what changes when the library takes it over:
// every mutation inside the workshop elements' shadow roots (observed from before any module script runs)
// and the layout shift, measured in headless Chromium.

const WATCH = () => {
  window.__takeover = { mutations: [], shifts: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__takeover.shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
  // The element path from the shadow root to the mutated node: its tag, part and classes at every step.
  const steps = (node) => {
    const path = [];
    for (let n = node; n && n.nodeType !== 11; n = n.parentNode) {
      if (n.nodeType === 1) path.unshift({ tag: n.localName, part: n.getAttribute('part') ?? undefined, classes: typeof n.className === 'string' ? n.className.split(/\s+/).filter(Boolean) : [] });
    }
    return path;
  };
  const describe = (node, path) => {
    const root = node.getRootNode();
    const text = path.map((step) => step.tag + (step.part ? `[part=${step.part}]` : '') + step.classes.map((name) => `.${name}`).join(''));
    return `${root.host ? root.host.localName : 'document'} > ${text.join(' > ')}`;
  };
  const name = (node) => (node.nodeType === 1 ? describe(node, steps(node).slice(-1)).split(' > ').pop() : node.nodeType === 3 ? '#text' : node.nodeType === 8 ? '#comment' : `#${node.nodeType}`);
  const observe = (root) => {
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes' && record.attributeName === 'defer-hydration') continue;
        const path = steps(record.target);
        window.__takeover.mutations.push({ type: record.type, target: describe(record.target, path), path, attribute: record.attributeName ?? undefined, added: record.addedNodes.length, removed: record.removedNodes.length, nodes: [...[...record.addedNodes].map((n) => `+${name(n)}`), ...[...record.removedNodes].map((n) => `-${name(n)}`)] });
      }
    }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) observe(element.shadowRoot);
  };
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot) observe(element.shadowRoot);
  });
};

/**
 * Loads `url` with scripts on; resolves to the mutations in prerendered shadow roots (each with `target`, a readable
 * path, and `path`, its steps as { tag, part, classes }), the layout shift (`cls`) and the page's errors and warnings.
 */
export async function measureTakeover(browser, url, { settleMs = 1500 } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  // Every warning and error the page logs (Lit's dev-mode hydration warnings included), not only the library's own.
  page.on('console', (message) => ['warn', 'warning', 'error'].includes(message.type()) && errors.push(`console ${message.type()}: ${message.text()}`));
  await page.evaluateOnNewDocument(WATCH);
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const result = await page.evaluate(() => ({ ...window.__takeover, cls: window.__takeover.shifts.reduce((a, b) => a + b, 0) }));
  await page.close();
  return { ...result, errors };
}

/** The text of every workshop element's shadow root as a reader sees it with JavaScript off. */
export async function textWithoutScripts(browser, url, tags) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(url, { waitUntil: 'load' });
  const text = await page.evaluate(() => document.body.innerText);
  const shadows = await page.evaluate((names) => Object.fromEntries(names.map((tag) => [tag, [...document.querySelectorAll(tag)].map((el) => (el.shadowRoot ? el.shadowRoot.textContent.replace(/\s+/g, ' ').trim() : null))])), tags);
  await page.close();
  return { text, shadows };
}
