// The prerender step in Node: built pages filled in place, includes, YAML, and bad input that stops the
// run with file:line:column and leaves every file as it was.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parsePrerenderMark, workshopFingerprint } from '../../src/internal/prerender-mark.js';
import { PageProblems, prerenderPage } from '../../src/node/prerender-page.js';
import { prerenderSite, writeIncludes } from '../../src/node/prerender.js';
import { renderElement } from '../../src/node/render-element.js';
import { VERSION } from '../../src/version.js';
import { validateWorkshop } from '../../src/data/issue-messages.js';
import { generateWorkshop } from '../fixtures/generate.js';

const root = new URL('../..', import.meta.url).pathname;
const workshop = JSON.parse(readFileSync(`${root}demo/workshops/default.json`, 'utf8'));
const NOW = Date.parse('2026-12-01T09:00:00Z');

const page = (body: string, head = '') => `<!doctype html>\n<html lang="en">\n<head><title>t</title>${head}</head>\n<body>\n${body}\n</body>\n</html>\n`;
const inline = (json: string, inner: string) => `<workshop-data>\n<script type="application/json">${json}</script>\n${inner}\n</workshop-data>`;

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ww-site-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof PageProblems) return error.problems.map((p) => p.message);
    throw error;
  }
  assert.fail('expected problems');
}

describe('prerendering an element', () => {
  it('writes declarative shadow DOM with the content, the zone of record and the build date', () => {
    const html = renderElement('workshop-dates', [], workshop, { now: NOW, lang: 'en' })!.shadow;
    assert.match(html, /^<template shadowroot="open" shadowrootmode="open">/);
    const text = html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const entry of workshop.importantDates) assert.ok(text.includes(entry.label), entry.label);
    assert.match(text, /AoE/);
    assert.match(text, /as of Dec 1, 2026/);
    // Nothing relative to the reader, which turns false later.
    assert.doesNotMatch(text, /\bin \d+ (days?|weeks?|months?)\b|\bago\b|tomorrow|yesterday/);
  });

  it('writes the words of the page’s language: lang="de" renders German, with German dates', () => {
    const text = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const dates = text(renderElement('workshop-dates', [['layout', 'table']], workshop, { now: NOW, lang: 'de' })!.shadow);
    assert.match(dates, /Was Wann Ihre Zeit Status/);
    assert.match(dates, /Stand: 01\.12\.2026/);
    assert.match(dates, /Zum Kalender hinzufügen/);
    assert.doesNotMatch(dates, /\b(What|When|Your time|as of|Add to calendar)\b/);
    // Nested elements of <workshop-page> speak it too; a tag's own lang wins over the page's.
    const page = text(renderElement('workshop-page', [], workshop, { now: NOW, lang: 'de-AT' })!.shadow);
    assert.match(page, /Wichtige Termine/);
    assert.match(page, /Eingeladene Vortragende/);
    assert.match(text(renderElement('workshop-faq', [['lang', 'fr']], workshop, { now: NOW, lang: 'de' })!.shadow), /Tout déplier/);
    // And the next element of the run, without a language, is English again.
    assert.match(text(renderElement('workshop-faq', [], workshop, { now: NOW })!.shadow), /Expand all/);
  });

  it('marks the tag with the version, the build clock and the data it was made from', () => {
    const { mark } = renderElement('speaker-grid', [], workshop, { now: NOW })!;
    const parsed = parsePrerenderMark(mark)!;
    assert.equal(parsed.version, VERSION);
    assert.equal(parsed.now, NOW);
    const validated = validateWorkshop(workshop);
    assert.ok(validated.ok);
    assert.equal(parsed.fingerprint, workshopFingerprint(validated.workshop));
  });

  it('renders markdown through the sanitizer at build time', () => {
    const data = { ...workshop, overview: 'Hello **bold** <img src=x onerror=alert(1)> [x](javascript:alert(1))' };
    const html = renderElement('workshop-sections', [['only', 'overview']], data, { now: NOW })!.shadow;
    assert.match(html, /<strong>bold<\/strong>/);
    assert.doesNotMatch(html, /onerror|javascript:/);
  });

  it('renders <workshop-page> with its nested elements deferred until the page adopts them', () => {
    const html = renderElement('workshop-page', [], workshop, { now: NOW })!.shadow;
    assert.match(html, /<speaker-grid[^>]* defer-hydration/);
    assert.ok(html.includes(workshop.title));
  });

  it('puts every paper of a long list in the HTML, not only the first chunk', () => {
    const many = generateWorkshop({ papers: 450 });
    const html = renderElement('paper-list', [], many, { now: NOW })!.shadow;
    assert.equal(html.match(/part="paper"/g)?.length, 450);
  });

  it('keeps space for the countdown without stating a remaining time', () => {
    const html = renderElement('countdown-deadline', [], workshop, { now: NOW })!.shadow;
    assert.match(html, /––/);
  });
});

describe('prerendering built pages in place', () => {
  it('fills every workshop tag from inline JSON, adds JSON-LD, and leaves the rest byte for byte', () => {
    const before = page(inline(JSON.stringify(workshop), '<p>Organizer text</p>\n<workshop-header></workshop-header>\n<speaker-grid role="speakers"></speaker-grid>'));
    const result = prerenderPage(before, { file: 'index.html', siteRoot: '.', now: NOW });
    assert.equal(result.rendered, 2);
    assert.match(result.html, /<workshop-header ww-prerendered="0\.1\.0 2026-12-01T09:00:00\.000Z [0-9a-f]{8}"><template shadowrootmode="open"|<workshop-header ww-prerendered="[^"]+"><template shadowroot="open"/);
    assert.match(result.html, /<script type="application\/ld\+json" data-workshop-widgets>/);
    const stripped = result.html.replace(/ ww-prerendered="[^"]*"/g, '').replace(/<template shadowroot[\s\S]*?<\/template>(?=<\/(workshop-header|speaker-grid)>)/g, '').replace(/<script type="application\/ld\+json" data-workshop-widgets>.*?<\/script>\n/, '');
    assert.equal(stripped, before);
  });

  it('gives the same result when run again on its own output', () => {
    const before = page(inline(JSON.stringify(workshop), '<workshop-dates></workshop-dates>'));
    const once = prerenderPage(before, { file: 'a.html', siteRoot: '.', now: NOW }).html;
    const twice = prerenderPage(once, { file: 'a.html', siteRoot: '.', now: NOW }).html;
    assert.equal(twice, once);
  });

  it('reads src files relative to the page and to the site root, JSON or YAML', () => {
    const yaml = `title: From YAML\nimportantDates:\n  - id: submission\n    label: Paper submission deadline\n    date: "2027-02-10"\n    timeZone: AoE\n`;
    const dir = site({ 'workshop.json': JSON.stringify(workshop), 'workshop.yml': yaml, 'index.html': page('<workshop-header src="workshop.json"></workshop-header><workshop-data src="/workshop.yml"><workshop-dates></workshop-dates></workshop-data>') });
    const result = prerenderSite([dir], { now: NOW });
    assert.equal(result.elements, 2);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    assert.ok(html.includes(workshop.title));
    assert.ok(html.includes('Paper submission deadline'));
  });

  it('leaves a tag whose data is remote to the browser, with a note', () => {
    const result = prerenderPage(page('<speaker-grid src="https://example.org/w.json"></speaker-grid>'), { file: 'x.html', siteRoot: '.', now: NOW });
    assert.equal(result.rendered, 0);
    assert.match(result.notes[0]!, /x\.html:5: <speaker-grid> has no workshop file on disk/);
  });
});

describe('bad input stops the run and writes nothing', () => {
  it('names the file, line and column of invalid inline JSON', () => {
    const html = page(inline('{"title": "x",\n  "importantDates": [}', '<workshop-dates></workshop-dates>'));
    const [message] = problemsOf(() => prerenderPage(html, { file: '_site/index.html', siteRoot: '.', now: NOW }));
    assert.match(message!, /^_site\/index\.html:7:22: Not valid JSON/);
  });

  it('names the attribute of an unknown value', () => {
    const [message] = problemsOf(() => prerenderPage(page(inline(JSON.stringify(workshop), '<workshop-dates layout="grid"></workshop-dates>')), { file: 'p.html', siteRoot: '.', now: NOW }));
    assert.match(message!, /^p\.html:7:\d+: <workshop-dates> layout="grid": expected one of "list", "table"/);
  });

  it('names the tag whose src file is missing', () => {
    const [message] = problemsOf(() => prerenderPage(page('<speaker-grid src="missing.json"></speaker-grid>'), { file: 'q.html', siteRoot: '.', now: NOW }));
    assert.match(message!, /^q\.html:5:\d+: <speaker-grid src="missing\.json">: .*missing\.json does not exist/);
  });

  it('names a workshop file that is not valid YAML by its own line and column', () => {
    const dir = site({ 'w.yml': 'title: x\nimportantDates: [\n', 'index.html': page('<workshop-data src="w.yml"><workshop-dates></workshop-dates></workshop-data>') });
    const [message] = problemsOf(() => prerenderSite([dir], { now: NOW }));
    assert.match(message!, /w\.yml:\d+:\d+: Not valid YAML/);
  });

  it('reports a page cut off in the middle of a tag', () => {
    const [message] = problemsOf(() => prerenderPage('<!doctype html><body><workshop-data><speaker-grid src="a.json"', { file: 'cut.html', siteRoot: '.', now: NOW }));
    assert.match(message!, /^cut\.html:1:\d+: Broken HTML \(eof-in-tag\)/);
  });

  it('writes no page at all when one page of the site has a problem', () => {
    const good = page(inline(JSON.stringify(workshop), '<workshop-dates></workshop-dates>'));
    const dir = site({ 'a.html': good, 'b.html': page('<speaker-grid src="nope.json"></speaker-grid>') });
    assert.throws(() => prerenderSite([dir], { now: NOW }), PageProblems);
    assert.equal(readFileSync(join(dir, 'a.html'), 'utf8'), good);
    assert.deepEqual(readdirSync(dir).sort(), ['a.html', 'b.html']);
  });
});

describe('the command', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', `${root}src/node/cli.ts`, ...args], { encoding: 'utf8', cwd: root });

  it('prerenders a folder and exits 0', () => {
    const dir = site({ 'index.html': page(inline(JSON.stringify(workshop), '<workshop-header></workshop-header>')) });
    const run = cli(['prerender', dir, '--now', '2026-12-01T09:00:00Z']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /prerendered 1 element in 1 page/);
  });

  it('exits non-zero with file:line for bad input', () => {
    const dir = site({ 'index.html': page('<speaker-grid src="gone.json"></speaker-grid>') });
    const run = cli(['prerender', dir]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /index\.html:5:\d+: <speaker-grid src="gone\.json">/);
    assert.match(run.stderr, /nothing was written/);
  });

  it('writes one include per element from a YAML file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-includes-'));
    cpSync(`${root}demo/workshops/default.json`, join(dir, 'workshop.json'));
    const written = writeIncludes(join(dir, 'workshop.json'), join(dir, '_includes/workshop'), { now: NOW });
    assert.equal(written.length, 16);
    const include = readFileSync(join(dir, '_includes/workshop/speaker-grid.html'), 'utf8');
    assert.match(include, /^\{% raw %\}<speaker-grid ww-prerendered="[^"]+"><template shadowroot/);
    assert.ok(include.trimEnd().endsWith('</speaker-grid>{% endraw %}'));
  });

  it('never enters the browser bundle', () => {
    const cdn = `${root}cdn/workshop-widgets.js`;
    let code = '';
    try {
      code = readFileSync(cdn, 'utf8');
    } catch {
      return; // not built in this checkout; the build itself checks too
    }
    for (const marker of ['jsdom', 'parseDocument', 'commander', 'prerenderPage']) assert.ok(!code.includes(marker), marker);
  });
});

it('VERSION matches package.json', () => {
  assert.equal(VERSION, JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version);
});
