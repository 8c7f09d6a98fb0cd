// What a prerendered page shows without JavaScript, and what changes when the library takes it over:
// every mutation inside the workshop elements' shadow roots (observed from before any module script runs)
// and the layout shift, measured in headless Chromium.

const WATCH = () => {
  window.__takeover = { mutations: [], shifts: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__takeover.shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
  const describe = (node) => {
    const path = [];
    for (let n = node; n && n.nodeType !== 11; n = n.parentNode) {
      if (n.nodeType === 1) path.unshift(n.localName + (n.getAttribute('part') ? `[part=${n.getAttribute('part')}]` : n.className && typeof n.className === 'string' ? `.${n.className.split(' ')[0]}` : ''));
    }
    const root = node.getRootNode();
    return `${root.host ? root.host.localName : 'document'} > ${path.join(' > ')}`;
  };
  const observe = (root) => {
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes' && record.attributeName === 'defer-hydration') continue;
        window.__takeover.mutations.push({ type: record.type, target: describe(record.target), attribute: record.attributeName ?? undefined, added: record.addedNodes.length, removed: record.removedNodes.length });
      }
    }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) observe(element.shadowRoot);
  };
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot) observe(element.shadowRoot);
  });
};

/** Loads `url` with scripts on; resolves to the mutations in prerendered shadow roots and the layout shift. */
export async function measureTakeover(browser, url, { settleMs = 1500 } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'warning' && message.text().includes('workshop-widgets') && errors.push(message.text()));
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
