// Builds a real host site with Debian's static-site generator, copies the built CDN file into it, prerenders the
// built pages with the package's own command, and checks each page:
//   - with scripts on, in headless Chromium, every element rendered the workshop from the site's own data file;
//   - in the built HTML, read as a file, every section's facts (dates with their zone, speakers, schedule rows,
//     tracks, committee members; taken from the data file) are inside the elements' declarative shadow roots;
//   - in Chromium with JavaScript off, the same facts are in the shadow roots;
//   - when the CDN file takes a prerendered page over: no page error or warning, layout shift <= 0.01, and every
//     mutation inside a prerendered shadow root is in a reader-dependent part (test/helpers/reader-dependent.mjs).
//   node scripts/test-site.mjs jekyll   demo/jekyll: _data/workshop.json and _data/fm4science.json through `jsonify`
//   node scripts/test-site.mjs hugo     demo/hugo: data/workshop.json through `jsonify | safeJS`
// Each site's data files are links to the seed workshops in demo/workshops/ (issue 15: the same files as the seed
// pages, never trimmed copies); the script fails when one is a copy.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { launchChromium, renderedWidgets } from './lib/browser.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { measureTakeover, textWithoutScripts } from './lib/takeover.mjs';
import { isReaderDependentMutation } from '../test/helpers/reader-dependent.mjs';

const root = new URL('..', import.meta.url).pathname;
const started = performance.now();

const SITES = {
  jekyll: {
    dir: `${root}demo/jekyll`,
    assets: 'assets/workshop-widgets',
    build: (dir) => execFileSync('jekyll', ['build', '--quiet', '--source', dir, '--destination', `${dir}/_site`], { stdio: 'inherit' }),
    pages: {
      '/': {
        data: '_data/workshop.json',
        seed: 'sim2science-icml2026.json',
        expectations: {
          'workshop-header': ['Sim2Science: ML with Imperfect Scientific Models', 'ICML 2026', 'Seoul, South Korea'],
          'countdown-deadline': [],
          'workshop-dates': ['Submission Deadline', 'Apr 24, 2026', '23:59 AoE', 'Author Notification', 'Camera-Ready Deadline', 'TBD'],
          'workshop-sections': ['imperfect scientific simulators'],
          'workshop-topics': ['Simulation-based inference', 'Model and equation discovery'],
          'workshop-contact': ['sim2science@gmail.com'],
        },
      },
      '/fm4science/': {
        data: '_data/fm4science.json',
        seed: 'fm4science-iclr2026.json',
        expectations: {
          'workshop-header': ['Foundation Models for Science', 'ICLR 2026'],
          'countdown-deadline': [],
          'workshop-dates': ['Paper Submission Deadline', 'AoE'],
          'speaker-grid': ['Steven Brunton'],
          'workshop-schedule': ['Opening Remarks'],
          'workshop-tracks': [],
          'people-grid': [],
          'committee-list': [],
        },
      },
    },
  },
  hugo: {
    dir: `${root}demo/hugo`,
    assets: 'static/assets/workshop-widgets',
    build: (dir) => execFileSync('hugo', ['--quiet', '--source', dir, '--destination', `${dir}/_site`], { stdio: 'inherit' }),
    pages: {
      '/': {
        data: 'data/workshop.json',
        seed: 'mlmp-iclr2025.json',
        expectations: {
          'workshop-header': ['Machine Learning Multiscale Processes', 'ICLR 2025'],
          'countdown-deadline': [],
          'workshop-dates': ['Paper submission deadline', 'Feb 10, 2025', '23:59 AoE'],
          'workshop-tracks': [],
          'workshop-sections': ['Central ICLR financial assistance', 'Workshop–specific financial assistance'],
        },
      },
    },
  },
};

const norm = (text) => text.replace(/\s+/g, ' ').trim();
const dateFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** The facts each section must show, read from the workshop data file (a sample of each kind, never literals). */
function factsFrom(workshop, tags) {
  const facts = {};
  const names = new Map((workshop.people ?? []).map((person) => [person.id, person.name]));
  const people = (role, count) => {
    const ids = workshop.roles?.[role] ?? [];
    const sample = ids.length <= count ? ids : [...ids.slice(0, Math.ceil(count / 2)), ...ids.slice(-Math.floor(count / 2))];
    return sample.map((entry) => names.get(typeof entry === 'string' ? entry : entry.person)).filter(Boolean);
  };
  if (tags.includes('workshop-dates')) {
    facts['workshop-dates'] = [];
    for (const item of workshop.importantDates ?? []) {
      facts['workshop-dates'].push(item.label);
      const day = /^\d{4}-\d{2}-\d{2}/.exec(item.date ?? '')?.[0];
      // A period ("Jan 31 – Feb 7, 2026") is written as a range: its label and zone are checked, not its date.
      if (day && !item.tbd && !item.end) facts['workshop-dates'].push(dateFormat.format(new Date(`${day}T00:00Z`)));
      const zone = item.kind === 'deadline' && day && !item.tbd ? (item.timeZone ?? workshop.deadlineTimeZone) : undefined;
      if (zone) facts['workshop-dates'].push(zone);
    }
  }
  if (tags.includes('speaker-grid')) facts['speaker-grid'] = people('speakers', 8);
  if (tags.includes('workshop-schedule')) facts['workshop-schedule'] = [...new Set((workshop.schedule?.days ?? []).flatMap((day) => day.items.map((item) => item.title)))];
  if (tags.includes('workshop-tracks')) facts['workshop-tracks'] = (workshop.callForPapers?.tracks ?? []).map((track) => track.name);
  if (tags.includes('people-grid')) facts['people-grid'] = people('organizers', 6);
  if (tags.includes('committee-list')) facts['committee-list'] = people('programCommittee', 10);
  for (const [tag, list] of Object.entries(facts)) {
    facts[tag] = [...new Set(list.map(norm))];
    if (facts[tag].length === 0) throw new Error(`the data file gives <${tag}> nothing to check`);
  }
  return facts;
}

const decode = (text) =>
  text.replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, code) =>
    code[0] === '#' ? String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1))) : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[code.toLowerCase()]);

/** The text of each `<tag>`'s declarative shadow root in a built HTML file (scripts and styles left out). */
function prerenderedText(html, tag) {
  const texts = [];
  const open = new RegExp(`<${tag}(\\s[^>]*)?>`, 'g');
  for (let match; (match = open.exec(html)); ) {
    if (!/\sww-prerendered(=|\s|$)/.test(match[1] ?? '')) { texts.push(null); continue; }
    const rest = html.slice(open.lastIndex);
    const start = /^\s*<template\b[^>]*\sshadowrootmode="open"[^>]*>/.exec(rest);
    if (!start) { texts.push(null); continue; }
    let depth = 1, index = start[0].length;
    const tags = /<(\/?)template\b[^>]*>/g;
    tags.lastIndex = index;
    for (let t; depth > 0 && (t = tags.exec(rest)); ) { depth += t[1] ? -1 : 1; index = t.index; }
    const inner = rest.slice(start[0].length, index);
    texts.push(norm(decode(inner.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' '))));
  }
  return texts;
}

const name = process.argv[2];
const site = SITES[name];
if (!site) throw new Error(`usage: node scripts/test-site.mjs ${Object.keys(SITES).join('|')}`);
if (!existsSync(`${root}cdn/workshop-widgets.js`)) throw new Error('cdn/ is missing: run `npm run build` first');
if (!existsSync(`${root}dist/node/cli.js`)) throw new Error('dist/ is missing: run `npm run build` first');
for (const { data, seed } of Object.values(site.pages)) {
  if (realpathSync(`${site.dir}/${data}`) !== realpathSync(`${root}demo/workshops/${seed}`)) {
    throw new Error(`${site.dir}/${data} must be a link to demo/workshops/${seed}, the seed page's own file, not a copy`);
  }
}

rmSync(`${site.dir}/${site.assets}`, { recursive: true, force: true });
cpSync(`${root}cdn`, `${site.dir}/${site.assets}`, { recursive: true });
rmSync(`${site.dir}/_site`, { recursive: true, force: true });
site.build(site.dir);
// The organizers' step after their generator: the package's command line, as `npx workshop-widgets prerender _site`.
execFileSync(process.execPath, [`${root}bin/workshop-widgets.js`, 'prerender', `${site.dir}/_site`, '--quiet'], { stdio: 'inherit' });

const server = await serveStatic(`${site.dir}/_site`);
const browser = await launchChromium();
const failures = [];
const report = [];
try {
  for (const [path, pageSpec] of Object.entries(site.pages)) {
    const tags = Object.keys(pageSpec.expectations);
    const url = `${server.url}${path}`;
    const at = (message) => failures.push(`${path}: ${message}`);

    // Scripts on: every element rendered the workshop (the check from before prerendering existed).
    const page = await browser.newPage();
    await page.emulateTimezone('Europe/Berlin');
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load' });
    const rendered = await renderedWidgets(page, tags);
    await page.close();
    for (const [tag, needles] of Object.entries(pageSpec.expectations)) {
      const text = rendered[tag].join(' ');
      if (/could not be shown/.test(text)) at(`<${tag}> shows an error: ${text.slice(0, 300)}`);
      for (const needle of needles) if (!text.includes(needle)) at(`<${tag}> lacks "${needle}"`);
    }
    errors.forEach((message) => at(`page error: ${message}`));

    const source = readFileSync(`${site.dir}/${pageSpec.data}`, 'utf8');
    const facts = factsFrom(pageSpec.data.endsWith('.json') ? JSON.parse(source) : parseYaml(source), tags);

    // 1. The built HTML, read as a file: every element prerendered, its facts in its declarative shadow root.
    const file = `${site.dir}/_site${path}${path.endsWith('/') ? 'index.html' : ''}`;
    const html = readFileSync(file, 'utf8');
    // schema.org Event data needs a workshop day (a month such as "2026-07" gives none).
    const workshop = pageSpec.data.endsWith('.json') ? JSON.parse(source) : parseYaml(source);
    const hasDay = !workshop.dateTbd && /^\d{4}-\d{2}-\d{2}/.test(workshop.date ?? '');
    if (hasDay && !/<script type="application\/ld\+json"[^>]*>[\s\S]*?"@context"/.test(html.split('</head>')[0])) at(`${file} has no schema.org JSON-LD in <head>`);
    for (const tag of tags) {
      const texts = prerenderedText(html, tag);
      if (texts.length === 0) at(`${file} has no <${tag}>`);
      if (texts.includes(null)) at(`${file}: a <${tag}> is not prerendered (no ww-prerendered or no <template shadowrootmode="open">)`);
      const text = texts.filter(Boolean).join(' ');
      for (const fact of facts[tag] ?? []) if (!text.includes(fact)) at(`built HTML: <${tag}>'s prerendered shadow root lacks "${fact}"`);
    }

    // 2. Chromium with JavaScript off: the same facts in the shadow roots.
    const off = await textWithoutScripts(browser, url, tags);
    for (const tag of tags) {
      const text = norm(off.shadows[tag].filter(Boolean).join(' '));
      if (off.shadows[tag].includes(null)) at(`JavaScript off: a <${tag}> has no shadow root`);
      for (const fact of facts[tag] ?? []) if (!text.includes(fact)) at(`JavaScript off: <${tag}> lacks "${fact}"`);
    }

    // 3. Scripts on, from before they run: the takeover changes only reader-dependent parts and shifts nothing.
    const takeover = await measureTakeover(browser, url);
    takeover.errors.forEach((message) => at(`takeover: ${message}`));
    if (takeover.cls > 0.01) at(`takeover: layout shift ${takeover.cls.toFixed(4)} > 0.01`);
    const offending = takeover.mutations.filter((m) => !isReaderDependentMutation(m));
    if (offending.length) {
      const counts = new Map();
      for (const m of offending) { const key = `${m.type}${m.attribute ? ` [${m.attribute}]` : ''} ${m.target}${m.type === 'childList' ? ` (${m.nodes.join(' ')})` : ''}`; counts.set(key, (counts.get(key) ?? 0) + 1); }
      at(`takeover: ${offending.length} mutation${offending.length === 1 ? '' : 's'} outside reader-dependent parts:\n    ${[...counts].map(([key, n]) => `${n}× ${key}`).join('\n    ')}`);
    }
    const factCount = Object.values(facts).reduce((n, list) => n + list.length, 0);
    report.push(`${path}: ${tags.length} elements, ${factCount} facts from ${pageSpec.data} in the file and with JavaScript off; takeover: layout shift ${takeover.cls.toFixed(4)}, ${takeover.mutations.length} mutations (${takeover.mutations.length - offending.length} reader-dependent)`);
  }
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(`${name} site check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`${name} site, prerendered (${((performance.now() - started) / 1000).toFixed(1)} s):\n  ${report.join('\n  ')}`);
