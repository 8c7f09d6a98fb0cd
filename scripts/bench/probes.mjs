// Functions that run inside the benchmark pages (puppeteer serializes them), so they must not use
// anything from this module's scope.

/**
 * Installed before a page loads: records layout shifts, paints, and the frame in which every defined
 * workshop element has rendered (`visible`) and markdown has replaced its plain-text stand-ins (`settled`).
 * `kind`: 'static' (the static copy: visible in the first frame after parsing), 'widgets' (rendered by the
 * script; a tag of `tags` on the page counts once it is defined, as those the CDN file loads on demand are
 * later), or 'prerendered': visible in the first frame in which every tag of `tags` (those that show content
 * of their own) has content in its shadow root, from the HTML or from the element; `hydrated` when every
 * element is defined and has updated.
 */
export function installLoadProbe(kind, tags = []) {
  const state = { cls: 0, shifts: 0, visible: null, settled: null, fcp: null, lcp: null, defined: [], missing: [], errors: [], hydrated: null };
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
    if (kind === 'static') {
      state.visible ??= now;
      state.settled ??= now;
      return;
    }
    if (kind === 'prerendered') return checkPrerendered(now);
    const hosts = [...document.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
    const defined = hosts.filter((element) => customElements.get(element.localName));
    if (defined.length === 0) return;
    // Tags the CDN file loads on demand count once their chunk has come; one that never comes, after 10 s.
    if (now < 10_000 && hosts.some((element) => expected.has(element.localName) && !customElements.get(element.localName))) return;
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
  const expected = new Set(tags);
  const checkPrerendered = (now) => {
    const all = [...document.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
    const hosts = all.filter((element) => expected.has(element.localName));
    if (hosts.length === 0) return;
    const shown = hosts.every((element) => {
      const root = element.shadowRoot;
      if (!root || root.querySelector('[data-kind="loading"]')) return false;
      // Declarative content shows before the element is defined or updated; an empty root does not.
      return element.hasUpdated === true || [...root.children].some((child) => child.localName !== 'style');
    });
    if (!shown) return;
    state.visible ??= now;
    const defined = all.filter((element) => customElements.get(element.localName));
    if (state.hydrated === null && defined.length > 0 && defined.every((element) => element.hasUpdated !== false)) {
      state.hydrated = now;
      state.defined = [...new Set(defined.map((element) => element.localName))];
      state.errors = defined.filter((element) => element.shadowRoot.querySelector('[data-kind="error"]')).map((element) => element.localName);
    }
    if (state.hydrated === null) return;
    const pending = shadowRoots(document).some((root) => root.querySelector('.markdown-text'));
    if (!pending || now - state.hydrated > 5000) state.settled = now;
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

/**
 * Entries shown by a list element: the most items of one list (ul/ol/table/role="list") in its shadow root
 * that are rendered. An item is an li, tr or role="listitem" (not role="none"); it belongs to its nearest list
 * that is not role="none" (a list may group its items in presentational sub-lists). Items that are hidden
 * (a list that filters by hiding rows keeps them in the page) or inside something hidden are not counted.
 */
export function countEntries(root) {
  if (!root) return 0;
  const presentational = (element) => /^(none|presentation)$/.test(element.getAttribute('role') ?? '');
  const counts = new Map();
  for (const item of root.querySelectorAll('li, tr, [role="listitem"]')) {
    if (presentational(item) || item.closest('[hidden]')) continue;
    let list = item.parentElement;
    while (list && !(list.matches('ul, ol, table, [role="list"]') && !presentational(list))) list = list.parentElement;
    if (list) counts.set(list, (counts.get(list) ?? 0) + 1);
  }
  return Math.max(0, ...counts.values());
}

/**
 * Mounts `tag` with `data` in #stage; resolves with the time until its first render is painted (`ms`) and
 * until its last change is painted, once nothing has changed for `quietMs` (`completeMs`: a list that renders
 * in chunks has every entry in the page then).
 */
export async function mountList(tag, url, quietMs, countEntriesSource) {
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
  let last = null;
  let quiet;
  const settled = new Promise((resolve) => (quiet = () => resolve()));
  let timer; // the quiet period starts after the first render is painted
  const observer = new MutationObserver(() =>
    painted().then((now) => {
      last = now;
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = setTimeout(quiet, quietMs);
    }),
  );
  const watch = () => element.shadowRoot && observer.observe(element.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
  watch();
  if (element.updateComplete) await element.updateComplete;
  watch(); // in case the shadow root came with the first render
  const end = await painted();
  const root = element.shadowRoot;
  const first = { rows: countEntries(root), state: root?.querySelector('[data-kind]')?.getAttribute('data-kind') ?? 'ready' };
  timer = setTimeout(quiet, quietMs);
  await settled;
  observer.disconnect();
  return { ms: end - start, completeMs: Math.max(end, last ?? end) - start, firstRows: first.rows, rows: countEntries(root), state: first.state };
}

/**
 * Focuses the search box of the mounted list and arms a measurement of the next keystroke, as the reader
 * feels it. Start: the keydown's timestamp (the moment of the key press, as the Event Timing API counts it).
 * - `latencyMs`: the interaction's latency from the Event Timing API (the longest `duration` of the key's
 *   events: keydown, keypress, beforeinput, input, keyup; each runs from the key press to the next paint after
 *   its handlers). Null when every event took under 16 ms (the API reports nothing shorter).
 * - `firstMs`: to the first painted frame after the first change in the shadow root (the first visible update):
 *   the end of the first of the key's events whose next paint came after that change (Event Timing ends an event
 *   at the paint after it), or else the frame after the change as a requestAnimationFrame probe sees it (that
 *   probe runs after the frame, so tasks queued for then can delay it: the earlier of the two counts).
 * - `ms`: to the settled state: the later of the last painted frame after a change (once nothing has changed
 *   for `quietMs`, so work spread over frames or behind a debounce counts) and the paint after the key press's
 *   events (keydown to input; the keyup is the typist's, sent here as soon as the keydown was handled).
 * Returns false without a search box.
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
    let changed = null; // when the first change was made
    let timer;
    const entries = [];
    const timing = new PerformanceObserver((list) => entries.push(...list.getEntries()));
    try {
      timing.observe({ type: 'event', durationThreshold: 16 });
    } catch {}
    const finish = () => {
      observer.disconnect();
      entries.push(...timing.takeRecords());
      timing.disconnect();
      // The key's own events: they start at the key press (keydown) or later (keyup).
      const own = start === null ? [] : entries.filter((entry) => entry.startTime >= start - 1);
      const latency = own.length ? Math.max(...own.map((entry) => entry.duration)) : null;
      const ends = own.filter((entry) => entry.name !== 'keyup').map((entry) => entry.startTime + entry.duration);
      const end = ends.length ? Math.max(...ends) : null;
      const settled = last === null && end === null ? null : Math.max(last ?? end, end ?? last);
      const painted = changed === null ? [] : ends.filter((time) => time >= changed);
      const firstPaint = first === null ? null : Math.min(first, ...painted);
      resolve({
        ms: start === null || settled === null ? null : settled - start,
        firstMs: start === null || firstPaint === null ? null : firstPaint - start,
        latencyMs: latency,
        events: [...new Set(own.map((entry) => entry.name))],
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
      if (start === null) return; // not caused by the key
      changed ??= performance.now();
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

/**
 * Empties the search box of the mounted list (as a reader clearing it would) and resolves once nothing has
 * changed for `quietMs`.
 */
export async function clearSearch(tag, quietMs) {
  const root = document.querySelector(tag)?.shadowRoot;
  const input = root?.querySelector('input[type="search"], input[type="text"], input:not([type])');
  if (!input) return false;
  await new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      resolve();
    };
    let timer = setTimeout(done, quietMs);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  });
  return true;
}

/**
 * With no filter set, can the reader find every entry with the browser's find-in-page? Every title (`titles`)
 * must be in the shadow root with no `hidden` element around it (content-visibility may skip rendering it: the
 * browser's find-in-page still searches that), and `window.find()` (Chromium's find-in-page, which searches
 * shadow roots and skipped content) must find the last one. (Asking each title's `checkVisibility()` instead
 * would force every skipped row to render: minutes at 5,000 rows.)
 */
export function checkFindInPage(tag, titles) {
  const root = document.querySelector(tag)?.shadowRoot;
  if (!root) return { rendered: 0, missing: titles.length, found: false };
  const clean = (text) => text.replace(/\s+/g, ' ').trim();
  const shown = new Set();
  for (const heading of root.querySelectorAll('[part="title"]')) if (!heading.closest('[hidden]')) shown.add(clean(heading.textContent));
  const missing = titles.filter((title) => !shown.has(clean(title))).length;
  const selection = getSelection();
  selection.removeAllRanges();
  const found = window.find(titles[titles.length - 1], false, false, true);
  selection.removeAllRanges();
  scrollTo(0, 0);
  return { rendered: shown.size, missing, found };
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
