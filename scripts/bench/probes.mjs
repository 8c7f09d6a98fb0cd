// Functions that run inside the benchmark pages (puppeteer serializes them), so they must not use
// anything from this module's scope.

/**
 * Installed before a page loads: records layout shifts, paints, and the frame in which every defined
 * workshop element has rendered (`visible`) and markdown has replaced its plain-text stand-ins (`settled`).
 * For the static copy (`isStatic`) the content is visible in the first frame after parsing.
 */
export function installLoadProbe(isStatic) {
  const state = { cls: 0, shifts: 0, visible: null, settled: null, fcp: null, lcp: null, defined: [], missing: [], errors: [] };
  window.__bench = state;
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch {}
  };
  // Names what moved: the outermost element of the page (the widget's host, or the page's own tag).
  const label = (node) => {
    let element = node?.nodeType === Node.ELEMENT_NODE ? node : node?.parentElement;
    while (element?.getRootNode() instanceof ShadowRoot) element = element.getRootNode().host;
    if (!element) return '(removed)';
    return element.id ? `${element.localName}#${element.id}` : element.localName;
  };
  state.shiftSources = {};
  observe('layout-shift', (entry) => {
    if (entry.hadRecentInput) return;
    state.cls += entry.value;
    state.shifts += 1;
    const sources = entry.sources ?? [];
    for (const source of sources) {
      const name = label(source.node);
      state.shiftSources[name] = (state.shiftSources[name] ?? 0) + entry.value / sources.length;
    }
  });
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime;
  });
  observe('largest-contentful-paint', (entry) => (state.lcp = entry.startTime));

  const shadowRoots = (root, found = []) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        found.push(element.shadowRoot);
        shadowRoots(element.shadowRoot, found);
      }
    }
    return found;
  };
  const check = (now) => {
    if (document.readyState === 'loading') return;
    if (isStatic) {
      state.visible ??= now;
      state.settled ??= now;
      return;
    }
    const hosts = [...document.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
    const defined = hosts.filter((element) => customElements.get(element.localName));
    if (defined.length === 0) return;
    const rendered = defined.every(
      (element) => element.shadowRoot && element.hasUpdated !== false && !element.shadowRoot.querySelector('[data-kind="loading"]'),
    );
    if (!rendered) return;
    if (state.visible === null) {
      state.visible = now;
      state.defined = [...new Set(defined.map((element) => element.localName))];
      state.missing = [...new Set(hosts.filter((element) => !customElements.get(element.localName)).map((element) => element.localName))];
      state.errors = defined.filter((element) => element.shadowRoot.querySelector('[data-kind="error"]')).map((element) => element.localName);
    }
    // Markdown shows as plain text until its engine loads; it stays text only if it could not render safely.
    const pending = shadowRoots(document).some((root) => root.querySelector('.markdown-text'));
    if (!pending || now - state.visible > 5000) state.settled = now;
  };
  const frame = () => {
    check(performance.now());
    if (state.settled === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Serializes the rendered page to static HTML: shadow roots as declarative templates, styles inlined. */
export function serializeRenderedPage() {
  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const RAW = new Set(['style', 'script', 'noscript']);
  const text = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
  const attribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const css = (sheets) => sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
  const children = (node) => [...node.childNodes].map(serialize).join('');
  function serialize(node) {
    if (node.nodeType === Node.TEXT_NODE) return RAW.has(node.parentNode?.localName) ? node.data : text(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE) return ''; // comments, including Lit's part markers
    const tag = node.localName;
    if (tag === 'script') return ''; // the copy runs nothing
    const attributes = [...node.attributes].map((a) => ` ${a.name}="${attribute(a.value)}"`).join('');
    if (VOID.has(tag)) return `<${tag}${attributes}>`;
    let inner = '';
    if (node.shadowRoot) {
      const styles = node.shadowRoot.adoptedStyleSheets.length ? `<style>${css(node.shadowRoot.adoptedStyleSheets)}</style>` : '';
      inner += `<template shadowrootmode="open">${styles}${children(node.shadowRoot)}</template>`;
    }
    inner += tag === 'template' ? children(node.content) : children(node);
    return `<${tag}${attributes}>${inner}</${tag}>`;
  }
  let html = `<!doctype html>\n${serialize(document.documentElement)}`;
  if (document.adoptedStyleSheets.length) html = html.replace('</head>', `<style>${css(document.adoptedStyleSheets)}</style></head>`);
  return html;
}

/** Entries shown by a list element: the direct items of the longest list (ul/ol) or table in its shadow root. */
export function countEntries(root) {
  if (!root) return 0;
  let most = 0;
  for (const list of root.querySelectorAll('ul, ol, tbody, table')) {
    let items = 0;
    for (const child of list.children) if (child.localName === 'li' || child.localName === 'tr') items += 1;
    most = Math.max(most, items);
  }
  return most;
}

/** Mounts `tag` with `data` in #stage; resolves with the time until its first render is painted. */
export async function mountList(tag, url, countEntriesSource) {
  const countEntries = new Function(`return ${countEntriesSource}`)();
  const data = await (await fetch(url)).json();
  const painted = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  await painted();
  const start = performance.now();
  const element = document.createElement(tag);
  element.data = data;
  document.getElementById('stage').replaceChildren(element);
  if (element.updateComplete) await element.updateComplete;
  const end = await painted();
  const root = element.shadowRoot;
  return {
    ms: end - start,
    rows: countEntries(root),
    state: root?.querySelector('[data-kind]')?.getAttribute('data-kind') ?? 'ready',
  };
}

/**
 * Focuses the search box of the mounted list and arms a measurement: from the keydown to the frame
 * after the last change to the list, once nothing has changed for `quietMs`. Returns false without a box.
 */
export function armKeystroke(tag, quietMs, countEntriesSource) {
  const countEntries = new Function(`return ${countEntriesSource}`)();
  const element = document.querySelector(tag);
  const root = element?.shadowRoot;
  const input = root?.querySelector('input[type="search"], input[type="text"], input:not([type])');
  if (!input) return false;
  input.focus();
  window.__keystroke = new Promise((resolve) => {
    let start = null;
    let first = null;
    let last = null;
    let timer;
    const finish = () => {
      observer.disconnect();
      resolve({
        ms: start === null || last === null ? null : last - start,
        firstMs: start === null || first === null ? null : first - start,
        rows: countEntries(root),
      });
    };
    root.addEventListener(
      'keydown',
      (event) => {
        start = Math.min(event.timeStamp, performance.now());
        timer = setTimeout(finish, 3000); // no change at all within 3 s: report "no update"
      },
      { once: true, capture: true },
    );
    const observer = new MutationObserver(() => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          last = performance.now();
          first ??= last;
          clearTimeout(timer);
          timer = setTimeout(finish, quietMs);
        };
        channel.port2.postMessage(0);
      });
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return true;
}

/** Counts the renders of every element on the page (mutations in shadow roots), for the countdown. */
export function countRenders() {
  window.__renders = 0;
  for (const element of document.querySelectorAll('*')) {
    if (element.shadowRoot) {
      new MutationObserver(() => (window.__renders += 1)).observe(element.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
    }
  }
  return true;
}
