// Checks the static Storybook build: every element has stories, and every story renders in Chromium
// without an error (Storybook's error display, an uncaught page error, or an element stuck loading)
// and without an axe violation, in the light theme and again in the dark one. Then, per element: its docs
// page lists everything the manifest says about it and shows its stories, and its controls work: each
// attribute control reaches the element (attribute and property), the `data` control and at least one
// attribute control change what renders, resetting restores it, and `args=` in the URL renders the same.
// Last, "Try your workshop" renders a pasted file in every element, lists its problems and escapes its embed code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { launchChromium } from './lib/browser.mjs';
import { serveStatic } from './lib/static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const axeSource = readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');

/** axe violations on the story's root (axe reads into shadow roots), as "rule: target" lines. */
async function axeViolations(page) {
  return page.evaluate(async () => {
    const { violations } = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
    return violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.flat().join(' > ')}`));
  });
}
/** What the docs table must list for an element: every public item of the manifest, by its shown name. */
function documentedNames(declaration) {
  const attributeFields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
  return [
    ...(declaration.attributes ?? []).map((attribute) => attribute.name),
    ...(declaration.members ?? []).filter((member) => member.kind === 'field' && !attributeFields.has(member.name)).map((member) => member.name),
    ...(declaration.members ?? []).filter((member) => member.kind === 'method').map((member) => `${member.name}()`),
    ...(declaration.events ?? []).map((event) => event.name),
    ...(declaration.slots ?? []).map((slot) => slot.name || '(default)'),
    ...(declaration.cssParts ?? []).map((part) => part.name),
    ...(declaration.cssProperties ?? []).map((property) => property.name),
  ];
}

/** Members that must never reach the manifest, whatever an element's JSDoc says. */
const INTERNAL = /^(dataKeys|usesProvider|workshopState|readerKnown|now|adopting|provided|reported|consumer|styles|_.*|#.*)$/;

async function checkDocsPage(browser, base, id, declaration) {
  const problems = [];
  const tag = declaration.tagName;
  const leaked = [...(declaration.members ?? []), ...(declaration.attributes ?? [])].filter((item) => INTERNAL.test(item.name) || item.privacy === 'private' || item.privacy === 'protected' || item.static);
  problems.push(...leaked.map((item) => `<${tag}>: internal member "${item.name}" is in the manifest`));
  if ((declaration.events ?? []).some((event) => event.name === 'name' || !event.name.startsWith('ww-'))) problems.push(`<${tag}>: an event that is not a ww- event is listed`);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=docs`, { waitUntil: 'domcontentloaded' }).catch(() => {});
  const shown = await page
    .waitForFunction(
      (name) => {
        const table = document.querySelector('.docblock-argstable');
        // A story block with the element in it, rendered (for <workshop-data>, by the elements inside it).
        const story = [...document.querySelectorAll('.docs-story')].find(
          (block) => block.querySelector(name) && [...block.querySelectorAll('*')].some((el) => el.localName.includes('-') && el.shadowRoot?.textContent.trim()),
        );
        if (!table || !story) return false;
        return { names: [...table.querySelectorAll('tbody tr td:first-child')].map((cell) => cell.textContent.trim()), stories: document.querySelectorAll('.docs-story').length };
      },
      { timeout: 20000, polling: 200 },
      tag,
    )
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  if (!shown) problems.push(`${id}: the docs page showed no props table or no rendered story within 20 s`);
  else {
    const missing = documentedNames(declaration).filter((name) => !shown.names.some((cell) => cell === name || cell.startsWith(`${name}`)));
    if (missing.length) problems.push(`${id}: the docs table lacks ${missing.join(', ')}`);
  }
  problems.push(...errors.map((message) => `${id}: page error: ${message}`));
  await page.close();
  return problems;
}

/** A value for a control that differs from `current`, and the property value the element should then have. */
function otherValue(argType, current) {
  const type = argType.type?.text ?? 'string';
  const options = [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]);
  if (type === 'boolean') return current === null ? [true, true] : [false, false];
  if (/^number/.test(type)) return [current === '2' ? 3 : 2, current === '2' ? 3 : 2];
  if (options.length) {
    const value = options.find((option) => option !== current);
    return [value, value];
  }
  const known = { lang: 'de', 'time-zone': 'Asia/Tokyo', src: '/workshops/mlmp-iclr2025.json' };
  const value = known[argType.name] ?? 'ww-control-check';
  return [value, value];
}

async function checkControls(browser, base, storyId, declaration) {
  const problems = [];
  const tag = declaration.tagName;
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A still clock: the countdown and the "now" of live stories would otherwise change what renders every second.
  await page.evaluateOnNewDocument(() => {
    const fixed = Date.UTC(2026, 11, 1, 12);
    const RealDate = Date;
    window.Date = class extends RealDate {
      constructor(...args) {
        super(...(args.length ? args : [fixed]));
      }
      static now() {
        return fixed;
      }
    };
    /** The rendering of the story: text and markup, into shadow roots, and the colours of each widget. */
    window.storySnapshot = () => {
      const out = [];
      const walk = (node) => {
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE && child.textContent.trim()) out.push(child.textContent.trim());
          if (child.nodeType !== Node.ELEMENT_NODE) continue;
          const own = child.localName.includes('-') ? ` color:${getComputedStyle(child).color} bg:${getComputedStyle(child).backgroundColor}` : '';
          // Ids that pair a label with its field count up per element made (committee-filter-3): an element made
          // again keeps its rendering with the next number.
          const value = (a) => (/^(id|for|aria-(controls|labelledby|describedby))$/.test(a.name) ? a.value.replace(/-\d+$/, '-#') : a.value);
          out.push(`<${child.localName}${child === window.controlTarget() ? '' : [...child.attributes].map((a) => ` ${a.name}="${value(a)}"`).sort().join('')}${own}>`);
          if (child.shadowRoot) walk(child.shadowRoot);
          walk(child);
        }
      };
      walk(document.querySelector('#storybook-root'));
      return out.join('');
    };
    window.settled = async () => {
      for (let round = 0; round < 100; round++) {
        const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.includes('-') && el.shadowRoot);
        await Promise.all(widgets.map((el) => el.updateComplete));
        // A photo that fails to load turns into initials: wait until every image has loaded or failed.
        const images = widgets.flatMap((el) => [...el.shadowRoot.querySelectorAll('img')]).filter((img) => !img.complete);
        await Promise.all(images.map((img) => new Promise((resolve) => ['load', 'error'].forEach((type) => img.addEventListener(type, resolve, { once: true })))));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const ready = widgets.length && images.length === 0 && widgets.every((el) => !el.shadowRoot.querySelector('[part=loading]'));
        // Markdown fields are formatted once their renderer has loaded: wait until nothing changes any more.
        if (ready) {
          const before = window.storySnapshot();
          await new Promise((resolve) => setTimeout(resolve, 150));
          if (window.storySnapshot() === before) return true;
        } else await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    };
  });
  await page.evaluateOnNewDocument((name) => {
    window.controlTarget = () => document.querySelector(`#storybook-root ${name}`);
  }, tag);
  const open = async (query = '') => {
    await page.goto(`${base}/iframe.html?id=${storyId}&viewMode=story${query}`, { waitUntil: 'domcontentloaded' }).catch(() => {});
    await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.storyRenders?.length && window.controlTarget(), { timeout: 15000, polling: 100 });
    await page.evaluate(() => window.settled());
    return page.evaluate(() => window.storySnapshot());
  };
  /**
   * Sets (or resets) args the way the Controls panel does, and waits until the story has rendered them:
   * Storybook's preview returns before rendering and announces the end with `storyArgsUpdated`.
   */
  const changeArgs = (method, id, change) =>
    page.evaluate(
      async (name, storyId, change) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const updated = new Promise((resolve) => {
          const emit = channel.emit;
          channel.emit = function (event, ...args) {
            if (event === 'storyArgsUpdated') {
              channel.emit = emit;
              resolve();
            }
            return emit.call(this, event, ...args);
          };
          setTimeout(resolve, 10000);
        });
        await window.__STORYBOOK_PREVIEW__[name]({ storyId, ...change });
        await updated;
        await window.settled();
        return window.storySnapshot();
      },
      method,
      id,
      change,
    );
  const setArgs = (updatedArgs) => changeArgs('onUpdateArgs', storyId, { updatedArgs });
  const resetArgs = (argNames) => changeArgs('onResetArgs', storyId, { argNames });
  try {
    let baseline = await open();
    const changed = [];
    for (const attribute of declaration.attributes ?? []) {
      const current = await page.evaluate((name) => window.controlTarget().getAttribute(name), attribute.name);
      const [value, expected] = otherValue(attribute, current);
      const after = await setArgs({ [attribute.name]: value });
      const reached = await page.evaluate(
        (name, field) => {
          const el = window.controlTarget();
          return { attribute: el.getAttribute(name), property: el[field] };
        },
        attribute.name,
        attribute.fieldName ?? attribute.name,
      );
      const attributeOk = typeof expected === 'boolean' ? (reached.attribute !== null) === expected : reached.attribute === String(expected);
      if (!attributeOk || reached.property !== expected) {
        problems.push(`${storyId}: control "${attribute.name}" set to ${JSON.stringify(value)} left attribute ${JSON.stringify(reached.attribute)} and property ${JSON.stringify(reached.property)}`);
      }
      if (after !== baseline) changed.push([attribute.name, value, after]);
      const restored = await resetArgs([attribute.name]);
      if (restored !== baseline) {
        problems.push(`${storyId}: resetting control "${attribute.name}" (removing the attribute) did not restore the rendering`);
        baseline = restored; // judge the controls after it on their own
      }
    }
    if (declaration.members?.some((member) => member.name === 'data')) {
      // A workshop with nothing but a title (every element shows its empty state), and the demo's full one:
      // whatever the story shows, one of them renders differently.
      const full = await page.evaluate(() => fetch('/workshops/default.json').then((response) => response.json()));
      let dataChanged = false;
      for (const data of [{ title: 'Controls check' }, full]) {
        if ((await setArgs({ data })) !== baseline) dataChanged = true;
        if ((await resetArgs(['data'])) !== baseline) problems.push(`${storyId}: resetting the data control did not restore the rendering`);
      }
      if (!dataChanged) problems.push(`${storyId}: the data control did not change what renders`);
    }
    if (changed.length === 0) problems.push(`${storyId}: no attribute control changed what renders`);
    else {
      controlReport.push(`<${tag}>: ${changed.map(([name]) => name).join(', ')}`);
      // The same change through the URL, as a link to a story with its controls set would carry it.
      const [name, value, viaControl] = changed.find(([, v]) => /^[\w -]*$/.test(String(v))) ?? [];
      if (name) {
        const viaUrl = await open(`&args=${encodeURIComponent(`${name}:${typeof value === 'boolean' ? `!${value}` : value}`)}`);
        if (viaUrl !== viaControl) problems.push(`${storyId}: args=${name}:${value} in the URL rendered differently from the control`);
      }
    }
  } catch (error) {
    problems.push(`${storyId}: controls check failed: ${error.message}`);
  }
  problems.push(...errors.map((message) => `${storyId}: page error: ${message}`));
  await page.close();
  return problems;
}

/** "Try your workshop": a pasted file renders in every element, its problems are listed, its embed code is safe. */
async function checkPlayground(browser, base, id) {
  const problems = [];
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'domcontentloaded' }).catch(() => {});
  const type = (text) =>
    page.evaluate((value) => {
      const textarea = document.querySelector('#ww-playground-json');
      textarea.value = value;
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  const read = (predicate, arg) =>
    page
      .waitForFunction(predicate, { timeout: 10000, polling: 100 }, arg)
      .then((handle) => handle.jsonValue())
      .catch(() => null);
  try {
    await page.waitForSelector('#ww-playground-json', { timeout: 15000 });
    await type('{ "title": "Broken",\n  "date": "2026-12-12", }');
    const parseError = await read(() => document.querySelector('ww-workshop-playground .pg-error')?.textContent);
    if (!/Line 2, column \d+/.test(parseError ?? '')) problems.push(`${id}: invalid JSON did not name its line and column (${parseError})`);
    const title = 'Pasted </script><b>workshop</b>';
    await type(JSON.stringify({ title, importantDates: [{ id: 'x', label: 'Feb 30', date: '2026-02-30' }], speakres: [] }, null, 2));
    const shown = await read((expected) => {
      const root = document.querySelector('ww-workshop-playground');
      const header = root.querySelector('workshop-header');
      if (!header?.shadowRoot?.textContent.includes(expected)) return false;
      return {
        problems: root.querySelector('.pg-problems')?.textContent ?? '',
        snippet: root.querySelector('#ww-playground-snippet')?.value ?? '',
        rendered: [...root.querySelectorAll('.pg-element > :last-child')].filter((el) => el.shadowRoot?.textContent.trim()).length,
        elements: root.querySelectorAll('.pg-element').length,
      };
    }, title);
    if (!shown) problems.push(`${id}: a pasted workshop did not render in <workshop-header>`);
    else {
      if (shown.rendered !== shown.elements || shown.elements < 15) problems.push(`${id}: ${shown.rendered} of ${shown.elements} elements rendered the pasted file`);
      for (const path of ['importantDates[0].date', 'speakres']) if (!shown.problems.includes(path)) problems.push(`${id}: the problem at ${path} is not listed`);
      if (!shown.snippet.includes('<workshop-data>') || !shown.snippet.includes('<script type="module" src="/assets/workshop-widgets/workshop-widgets.js">')) problems.push(`${id}: the embed code lacks the script or the provider`);
      if (shown.snippet.includes('</script><b>') || !shown.snippet.includes('\\u003c/script>')) problems.push(`${id}: text in the file can close the embed code's script element`);
    }
  } catch (error) {
    problems.push(`${id}: ${error.message}`);
  }
  problems.push(...errors.map((message) => `${id}: page error: ${message}`));
  await page.close();
  return problems;
}

const out = `${root}storybook-static`;
if (!existsSync(`${out}/index.json`)) throw new Error('storybook-static/ is missing: run `npm run build-storybook` first');

const entries = Object.values(JSON.parse(readFileSync(`${out}/index.json`, 'utf8')).entries);
// `-- --only <tag>` checks one element's stories, docs page and controls (while working on it).
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const stories = entries.filter((entry) => entry.type === 'story' && (!only || entry.title === `Elements/${only}`));
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const declarations = new Map(manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]));
const tags = readdirSync(`${root}src/components`).filter((tag) => !only || tag === only);
const skipped = [];
const failures = tags.filter((tag) => !stories.some((story) => story.title === `Elements/${tag}`)).map((tag) => `<${tag}> has no story`);

const server = await serveStatic(out);
const browser = await launchChromium();
const started = Date.now();
const controlReport = [];
try {
  for (const story of stories) {
    const page = await browser.newPage();
    const errors = [];
    // The story's widgets (custom elements with a shadow root), for the checks below that run in the page.
    await page.evaluateOnNewDocument(() => {
      window.storyWidgets = () => [...document.querySelectorAll('#storybook-root *')].filter((el) => el.shadowRoot && el.localName.includes('-'));
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // Storybook's preview navigates once more by itself while booting; the wait below is what counts.
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'domcontentloaded' }).catch(() => {});
    const state = await page
      .waitForFunction(
        () => {
          if (document.body.classList.contains('sb-show-errordisplay')) return 'storybook error display';
          const widgets = window.storyWidgets();
          if (widgets.length === 0) return false;
          return widgets.every((el) => !el.shadowRoot.querySelector('[part=loading]')) ? 'ok' : false;
        },
        { timeout: 10000, polling: 100 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => 'nothing rendered within 10 s');
    if (state !== 'ok') failures.push(`${story.id}: ${state}`);
    else {
      // Content wider than its element means sideways scrolling on a phone (long URLs, titles, names).
      const overflowing = await page.evaluate(() =>
        window
          .storyWidgets()
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => `${el.localName} is ${el.scrollWidth}px wide inside ${el.clientWidth}px`),
      );
      failures.push(...overflowing.map((line) => `${story.id}: ${line}`));
      // Stories tagged 'skip-axe' are lists that keep rendering a chunk per frame while axe runs, which then judges
      // rows not yet laid out; their rows are the same markup that the stories beside them check.
      if (story.tags?.includes('skip-axe')) {
        skipped.push(story.id);
        failures.push(...errors.map((message) => `${story.id}: page error: ${message}`));
        await page.close();
        continue;
      }
      await page.evaluate(axeSource);
      failures.push(...(await axeViolations(page)).map((line) => `${story.id} (light): axe ${line}`));
      await page.evaluate(async () => {
        const widgets = window.storyWidgets();
        for (const el of widgets) el.setAttribute('theme', 'dark');
        await Promise.all(widgets.map((el) => el.updateComplete));
      });
      failures.push(...(await axeViolations(page)).map((line) => `${story.id} (dark): axe ${line}`));
    }
    failures.push(...errors.map((message) => `${story.id}: page error: ${message}`));
    await page.close();
  }
  const storiesTime = Date.now() - started;
  for (const tag of tags) {
    const declaration = declarations.get(tag);
    if (!declaration) {
      failures.push(`<${tag}> is missing from custom-elements.json`);
      continue;
    }
    const docs = entries.find((entry) => entry.type === 'docs' && entry.title === `Elements/${tag}`);
    if (!docs) failures.push(`<${tag}> has no docs page`);
    else failures.push(...(await checkDocsPage(browser, server.url, docs.id, declaration)));
    const first = stories.find((story) => story.title === `Elements/${tag}`);
    if (first) failures.push(...(await checkControls(browser, server.url, first.id, declaration)));
  }
  const playground = entries.find((entry) => entry.type === 'story' && entry.title === 'Guides/Try your workshop');
  if (!only) failures.push(...(playground ? await checkPlayground(browser, server.url, playground.id) : ['the "Try your workshop" story is missing']));
  console.log(`(stories ${Math.round(storiesTime / 1000)} s, docs pages, controls and playground ${Math.round((Date.now() - started - storiesTime) / 1000)} s)`);
} finally {
  await browser.close();
  await server.close();
}
if (controlReport.length) console.log(`Controls that change what renders:\n  ${controlReport.join('\n  ')}`);
if (failures.length) {
  console.error(`Storybook check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`Storybook: ${stories.length} stories for ${tags.length} elements, all rendered, no axe violations in light or dark (axe skipped for ${skipped.length}: ${skipped.join(', ') || 'none'})`);
console.log(`Docs pages: ${tags.length}, each listing the manifest's attributes, properties, methods, events, slots, parts and CSS properties; every attribute control reaches its element, and "Try your workshop" works`);
