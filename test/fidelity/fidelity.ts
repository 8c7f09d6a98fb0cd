/**
 * The fidelity check of issue 15: a seed site rebuilt from its workshop JSON must show every fact of the seed
 * (test/fidelity/<seed>.facts.ts), in the seed's order, and no date or place the seed does not hold. Each seed
 * is rendered twice from the same JSON: as one <workshop-page>, and as the demo page's composition of separate
 * elements (its <workshop-data> markup, fed the JSON). Checks read only text, roles and hrefs, across shadow
 * roots, so a change of markup or classes does not break them.
 *
 * The reverse check allows a date or place that no fact holds in three cases only, each implied by a seed date:
 * - the day before or after a date the seed gives with a time or zone: that moment on the reader's clock;
 * - a weekday right before a date the seed holds, when it is that date's weekday;
 * - "Berlin" in "your time (Berlin, …)": the reader's own zone (the browsers are pinned to Europe/Berlin).
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import { loadMarkdown } from '../../src/internal/markdown.js';
import type { DateFact, Fact, Form, HeadingFact, Needs, SeedFacts } from './facts.js';
import { PLACES } from './places.js';

/** web-test-runner.config.mjs pins every browser to this zone; the reader-local dates below depend on it. */
const READER_ZONE = 'Europe/Berlin';
const READER_PLACE = 'Berlin';

// ---- text normalization ----

/** One space for any run of whitespace; straight quotes and apostrophes for curly ones. */
export const norm = (text: string) =>
  text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2212/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/** Texts compare without letter case, and "in-person" reads as "in person". */
const textKey = (text: string) => norm(text).toLowerCase().replace(/(?<=\p{L})-(?=\p{L})/gu, ' ');

/** The text with one line per block (runs of whitespace inside a block made one space). */
const blockLines = (text: string) =>
  text
    .split('\n')
    .map(norm)
    .filter(Boolean)
    .join('\n');

/** Headings compare without case, leading "1." / "A." numbering and a trailing period or colon. */
const headingKey = (text: string) =>
  norm(text)
    .replace(/^(?:\d+|[A-Z])\.\s+/, '')
    .replace(/[.:]+$/, '')
    .toLowerCase();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---- the rendered page, as a reader gets it ----

export interface Rendered {
  /** Every text of the flattened tree (shadow roots, slotted children), block boundaries as line breaks. */
  text: string;
  /** The text normalized (`norm`), as a key for comparisons (`textKey`), and one line per block (`blockLines`). */
  flat: string;
  key: string;
  lines: string[];
  headings: { text: string; level: number; at: number }[];
  links: { href: string; absolute: string; text: string; at: number }[];
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'LINK', 'META']);

/** Collects deep text, headings and links of a subtree in reading order, across shadow roots and slots. */
export function collect(root: Element): Rendered {
  let text = '';
  const headings: Rendered['headings'] = [];
  const links: Rendered['links'] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.nodeValue ?? '';
      return;
    }
    if (!(node instanceof Element) || SKIPPED.has(node.tagName)) return;
    const style = getComputedStyle(node);
    if (style.display === 'none') return;
    if (node.tagName === 'BR') {
      text += '\n';
      return;
    }
    // A select shows its chosen option only.
    if (node instanceof HTMLSelectElement) {
      text += ` ${node.selectedOptions[0]?.textContent ?? ''} `;
      return;
    }
    const block = !style.display.startsWith('inline') && style.display !== 'contents';
    text += block ? '\n' : '';
    const start = text.length;
    const children: Node[] =
      node instanceof HTMLSlotElement
        ? node.assignedNodes({ flatten: true }).length > 0
          ? node.assignedNodes({ flatten: true })
          : [...node.childNodes]
        : [...(node.shadowRoot ?? node).childNodes];
    children.forEach(walk);
    const own = norm(text.slice(start));
    const role = node.getAttribute('role');
    if (/^H[1-6]$/.test(node.tagName) || role === 'heading') {
      const level = role === 'heading' ? Number(node.getAttribute('aria-level') ?? 2) : Number(node.tagName[1]);
      headings.push({ text: own, level, at: start });
    }
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
      links.push({ href: node.getAttribute('href')!, absolute: node.href, text: own, at: start });
    }
    text += block ? '\n' : style.display === 'inline' ? '' : ' ';
  };
  walk(root);
  const flat = norm(text);
  return { text, flat, key: textKey(flat), lines: blockLines(text).split('\n'), headings: headings.sort((a, b) => a.at - b.at), links };
}

/** Waits until every Lit element in the tree, shadow roots included, has rendered and nothing is pending. */
async function settle(root: Element): Promise<void> {
  type Updating = Element & { updateComplete: Promise<unknown>; isUpdatePending?: boolean };
  const all = (node: Element | ShadowRoot, out: Updating[] = []): Updating[] => {
    for (const el of node.querySelectorAll('*')) {
      if ('updateComplete' in el) out.push(el as Updating);
      if (el.shadowRoot) all(el.shadowRoot, out);
    }
    return out;
  };
  for (let round = 0; round < 20; round++) {
    const elements = all(root);
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (all(root).every((el) => !el.isUpdatePending) && all(root).length === elements.length) return;
  }
}

export async function renderForm(form: Form, workshop: unknown, demoMarkup: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  if (form === 'page') {
    const page = document.createElement('workshop-page') as HTMLElement & { data?: unknown };
    page.data = workshop;
    container.append(page);
  } else {
    // The demo page's own composition: its <workshop-data> with the hand-written sections around the elements.
    const doc = new DOMParser().parseFromString(demoMarkup, 'text/html');
    const provider = doc.querySelector('workshop-data');
    if (!provider) throw new Error('the demo page has no <workshop-data>');
    provider.removeAttribute('src');
    container.innerHTML = provider.outerHTML;
    (container.querySelector('workshop-data') as HTMLElement & { data?: unknown }).data = workshop;
  }
  await settle(container);
  return container;
}

// ---- dates ----

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const monthIndex = (name: string) => MONTHS.findIndex((month) => month.startsWith(name.slice(0, 3))) + 1;

/**
 * Any date a page may state: ISO days, "Feb 10", "February 10th, 2025", "10 February 2025", "2nd of March",
 * "July 2026", and weekdays (full names anywhere; "Tue," only before a date, as "Sun" is also a surname).
 */
const DATE_MENTION = new RegExp(
  [
    `\\b(?<weekday>${WEEKDAYS.join('|')})\\b`,
    `\\b(?<shortWeekday>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?(?=,?\\s+(?:${MONTH}|\\d))`,
    `\\b(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})\\b`,
    `\\b(?<mdMonth>${MONTH})\\.?\\s+(?<mdDay>\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)(?:,?\\s+(?<mdYear>\\d{4})\\b)?`,
    `\\b(?<dmDay>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<dmMonth>${MONTH})\\b\\.?(?:,?\\s+(?<dmYear>\\d{4})\\b)?`,
    `\\b(?<myMonth>${MONTH})\\.?,?\\s+(?<myYear>\\d{4})\\b`,
  ].join('|'),
  'g',
);

interface DateMention {
  text: string;
  at: number;
  weekday?: number;
  year?: number;
  month?: number;
  day?: number;
}

export function dateMentions(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const match of text.matchAll(DATE_MENTION)) {
    const g = match.groups!;
    const mention: DateMention = { text: match[0], at: match.index! };
    const num = (value: string | undefined) => (value === undefined ? undefined : Number(value));
    if (g.weekday || g.shortWeekday) mention.weekday = WEEKDAYS.findIndex((day) => day.startsWith((g.weekday ?? g.shortWeekday)!.slice(0, 3)));
    else if (g.isoYear) Object.assign(mention, { year: num(g.isoYear), month: num(g.isoMonth), day: num(g.isoDay) });
    else if (g.mdMonth) Object.assign(mention, { month: monthIndex(g.mdMonth), day: num(g.mdDay), year: num(g.mdYear) });
    else if (g.dmMonth) Object.assign(mention, { month: monthIndex(g.dmMonth), day: num(g.dmDay), year: num(g.dmYear) });
    else Object.assign(mention, { month: monthIndex(g.myMonth!), year: num(g.myYear) });
    out.push(mention);
  }
  return out;
}

interface AllowedDate {
  year?: number;
  month: number;
  day?: number;
}

const parseIso = (iso: string): AllowedDate => {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return { year: year!, month: month!, ...(day !== undefined && { day }) };
};

const shiftDay = ({ year, month, day }: AllowedDate, by: number): AllowedDate => {
  const moved = new Date(Date.UTC(year ?? 2000, month - 1, day! + by));
  return { ...(year !== undefined && { year: moved.getUTCFullYear() }), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
};

/** Every string a fact holds: where the seed's own dates and place names are found. */
function factTexts(fact: Fact): string[] {
  switch (fact.kind) {
    case 'date':
      return [fact.label];
    case 'person':
      return [fact.name, ...(fact.details ?? [])];
    case 'link':
      return fact.text ? [fact.text] : [];
    case 'placeholder':
      return [fact.under, ...(fact.text ? [fact.text] : [])];
    case 'absent':
      return [];
    case 'slot':
      return [fact.title];
    default:
      return [fact.text];
  }
}

/**
 * The dates the seed holds: every date fact (and, for a timed or zoned one, the day before and after, which is
 * where the reader's local time of that moment can fall), and every date written in the text of any fact.
 */
function allowedDates(facts: Fact[]): AllowedDate[] {
  const allowed: AllowedDate[] = [];
  for (const fact of facts) {
    if (fact.kind === 'date') {
      for (const iso of [fact.date, fact.end]) {
        if (!iso) continue;
        const date = parseIso(iso);
        allowed.push(date);
        if (date.day !== undefined && (fact.time || fact.zone)) allowed.push(shiftDay(date, -1), shiftDay(date, 1));
      }
    }
    for (const text of factTexts(fact)) {
      for (const mention of dateMentions(norm(text))) if (mention.month) allowed.push({ year: mention.year, month: mention.month, day: mention.day });
    }
  }
  return allowed;
}

const dateAllowed = (mention: DateMention, allowed: AllowedDate[]) =>
  allowed.find(
    (date) =>
      date.month === mention.month &&
      (mention.day === undefined || date.day === mention.day) &&
      (mention.year === undefined || date.year === undefined || date.year === mention.year),
  );

/** A pattern for one day as pages write it: "Feb 10, 2025", "February 10 2025", "10 February", "2025-02-10". */
function dayPattern(iso: string): string {
  const { year, month, day } = parseIso(iso);
  const name = MONTHS[month - 1]!;
  const monthName = `(?:${escape(name)}|${name.slice(0, 3)}\\.?${name === 'September' ? '|Sept\\.?' : ''})`;
  if (day === undefined) return `(?:${monthName},?\\s+${year})`;
  const yearPart = `(?:,?\\s+${year})?`;
  const pad = String(day).padStart(2, '0');
  return `(?:${monthName}\\s+0?${day}(?:st|nd|rd|th)?\\b${yearPart}|\\b0?${day}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthName}${yearPart}|${year}-${String(month).padStart(2, '0')}-${pad})`;
}

const TBD = /\bTBD\b|to be (?:announced|determined|confirmed)/i;
/** How the elements say a section is still to come: "coming soon", "No speakers announced yet.", "will be announced". */
const OPEN = /coming soon|\b(?:announced|listed) yet\b|will be announced/i;
const zonePattern = (zone: string) => (zone === 'AoE' ? /\bAoE\b|anywhere on earth/i : new RegExp(escape(zone), 'i'));

/**
 * Where a date fact's label is followed, on its own line or the next two, by its date (with its time and zone
 * on the date's line), or by "TBD"; -1 when nowhere. Positions are in `blockLines(rendered.text)`.
 */
function findDate(fact: DateFact, rendered: Rendered): { at: number; problem?: string } {
  const text = rendered.lines.join('\n');
  const label = new RegExp(escape(norm(fact.label)), 'gi');
  let problem = `no "${fact.label}" in the page`;
  for (const match of text.matchAll(label)) {
    const end = match.index! + match[0].length;
    const after = text.slice(end).split('\n').slice(0, 3).join('\n');
    const shown = after.replace(/\n/g, ' ⏎ ');
    if (fact.tbd) {
      if (TBD.test(after)) return { at: match.index! };
      problem = `"${fact.label}" is not followed by TBD / to be announced: "${shown}"`;
      continue;
    }
    const range = fact.end ? `${dayPattern(fact.date!)}\\s*(?:[-–—]|to|until)\\s*${dayPattern(fact.end)}` : dayPattern(fact.date!);
    const date = new RegExp(range).exec(after);
    if (!date) {
      problem = `"${fact.label}" is not followed by ${fact.date}${fact.end ? `–${fact.end}` : ''}: "${shown}"`;
      continue;
    }
    const rest = after.slice(date.index + date[0].length).split('\n')[0]!.slice(0, 40);
    if (fact.time && !rest.includes(fact.time)) {
      problem = `"${fact.label}" ${date[0]} lacks its time ${fact.time}: "${date[0]}${rest}"`;
      continue;
    }
    if (fact.zone && !zonePattern(fact.zone).test(rest)) {
      problem = `"${fact.label}" ${date[0]} lacks its zone ${fact.zone}: "${date[0]}${rest}"`;
      continue;
    }
    return { at: match.index! };
  }
  return { at: -1, problem };
}

// ---- checks ----

function headingsMatching(text: string, rendered: Rendered) {
  return rendered.headings.filter((heading) => headingKey(heading.text) === headingKey(text));
}

/** The text of each section headed by `title`: from the heading to the next one of the same or a higher level. */
function sectionsUnder(title: string, rendered: Rendered): string[] {
  return headingsMatching(title, rendered).map((heading) => {
    const next = rendered.headings.find((other) => other.at > heading.at && other.level <= heading.level);
    return norm(rendered.text.slice(heading.at + heading.text.length, next?.at ?? rendered.text.length));
  });
}

const includesText = (haystack: string, needle: string) => textKey(haystack).includes(textKey(needle));

/**
 * Why `what` is missing, or lacks a word of `details` after it in its own card: before the next name of `stops`
 * (the other people, workshops) and within 400 characters. Undefined when all is there.
 */
function nearby(key: string, what: string, details: string[], stops: string[]): string | undefined {
  const name = textKey(what);
  const others = stops.map(textKey).filter((stop) => stop !== name);
  const cards: string[] = [];
  for (let at = key.indexOf(name); at >= 0; at = key.indexOf(name, at + 1)) {
    const from = at + name.length;
    const end = Math.min(from + 400, ...others.map((stop) => key.indexOf(stop, from)).filter((index) => index >= 0));
    cards.push(key.slice(from, end));
  }
  if (cards.length === 0) return `no "${norm(what)}"`;
  const missing = details.filter((detail) => !cards.some((card) => card.includes(textKey(detail))));
  return missing.length === 0 ? undefined : `"${norm(what)}" is not followed by: ${missing.map((detail) => `"${detail}"`).join(', ')}`;
}

/** Why the fact is not on the rendered page, or null when it is. */
export function checkFact(fact: Fact, rendered: Rendered, stops: string[] = []): string | null {
  const text = rendered.flat;
  const has = (needle: string) => rendered.key.includes(textKey(needle));
  switch (fact.kind) {
    case 'heading': {
      if (headingsMatching(fact.text, rendered).length > 0) return null;
      const asText = text.toLowerCase().includes(headingKey(fact.text));
      return `no heading "${fact.text}"${asText ? ' (the words are there, but not as a heading)' : ''}; headings: ${rendered.headings.map((h) => `"${h.text}"`).join(', ')}`;
    }
    case 'text':
    case 'topic':
    case 'track': {
      if (!has(fact.text)) return `no text "${norm(fact.text)}"`;
      if (fact.kind !== 'text') return null;
      if (fact.near) {
        const far = nearby(rendered.key, fact.text, fact.near, stops);
        if (far) return far;
      }
      if (fact.after && !(has(fact.after) && rendered.key.indexOf(textKey(fact.after)) < rendered.key.lastIndexOf(textKey(fact.text)))) {
        return `the text is there, but not after "${norm(fact.after).slice(0, 80)}"`;
      }
      if (!fact.under) return null;
      const sections = sectionsUnder(fact.under, rendered);
      if (sections.length === 0) return `the text is there, but there is no heading "${fact.under}" to hold it`;
      return sections.some((section) => includesText(section, fact.text)) ? null : `the text is there, but not under the heading "${fact.under}"`;
    }
    case 'absent':
      return has(fact.text) ? `the page shows "${fact.text}", which the original does not` : null;
    case 'place':
      return new RegExp(`(?<![\\p{L}])${escape(fact.text)}(?![\\p{L}])`, 'u').test(text) ? null : `no place "${fact.text}"`;
    case 'date':
      return findDate(fact, rendered).problem ?? null;
    case 'person':
      return nearby(rendered.key, fact.name, fact.details ?? [], stops) ?? null;
    case 'slot': {
      const lines = rendered.lines;
      const time = (value: string) => `0?${escape(value)}`;
      const span = new RegExp(`(?<![\\d:])${time(fact.start)}\\s*(?:[-–—]|to)\\s*${time(fact.end)}(?![\\d:])`);
      const found = lines.some((line, i) => span.test(line) && lines.slice(i, i + 4).some((other) => textKey(other.replace(span, '')) === textKey(fact.title)));
      return found ? null : `no slot ${fact.start}–${fact.end} followed by "${fact.title}"`;
    }
    case 'link': {
      const absolute = new URL(fact.href, location.href).href;
      const links = rendered.links.filter((link) => link.href === fact.href || link.absolute === absolute);
      if (links.length === 0) return `no link to ${fact.href}`;
      if (fact.text && !links.some((link) => includesText(link.text, fact.text!))) {
        return `the links to ${fact.href} say ${links.map((link) => `"${link.text}"`).join(', ')}, not "${fact.text}"`;
      }
      return null;
    }
    case 'placeholder': {
      const sections = sectionsUnder(fact.under, rendered);
      if (sections.length === 0) return `no heading "${fact.under}" to hold the placeholder`;
      const wanted = fact.text ? (section: string) => includesText(section, fact.text!) : (section: string) => TBD.test(section) || OPEN.test(section);
      return sections.some(wanted) ? null : `nothing under "${fact.under}" says ${fact.text ? `"${fact.text}"` : 'it is to be announced'}`;
    }
  }
}

/** Indexes of the longest run of positions in increasing order (what stays in place; the rest moved). */
function inOrder(positions: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = [];
  positions.forEach((position, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[tails[mid]!]! < position) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}

// ---- the reverse check ----

function unheldMentions(seed: SeedFacts, rendered: Rendered): string[] {
  const text = rendered.flat;
  const problems: string[] = [];
  const allowed = allowedDates(seed.facts);
  const mentions = dateMentions(text);
  const seedText = seed.facts.flatMap(factTexts).map(norm).join('\n');
  const seedWeekdays = new Set(dateMentions(seedText).flatMap((mention) => (mention.weekday === undefined ? [] : [mention.weekday])));
  mentions.forEach((mention, i) => {
    const context = text.slice(Math.max(0, mention.at - 50), mention.at + mention.text.length + 50);
    if (mention.weekday !== undefined) {
      // A weekday is the seed's only when it names the right day of a date the seed holds, right after it.
      const next = mentions[i + 1];
      const date = next && next.at - (mention.at + mention.text.length) <= 3 && next.day !== undefined ? dateAllowed(next, allowed) : undefined;
      const year = next?.year ?? date?.year;
      const right = date && year !== undefined && new Date(Date.UTC(year, next!.month! - 1, next!.day!)).getUTCDay() === mention.weekday;
      if (!right && !seedWeekdays.has(mention.weekday)) {
        problems.push(`weekday "${mention.text}" the seed does not state: "…${context}…"`);
      }
      return;
    }
    if (!dateAllowed(mention, allowed)) problems.push(`date "${mention.text}" the seed does not hold: "…${context}…"`);
  });
  for (const place of PLACES) {
    if (!text.includes(place)) continue;
    const pattern = new RegExp(`(?<![\\p{L}.])${escape(place)}(?![\\p{L}])`, 'gu');
    if (pattern.test(seedText)) continue;
    for (const match of text.matchAll(pattern)) {
      // The schedule names the reader's own zone, "your time (Berlin, UTC+2)": the reader's place, not the workshop's.
      if (place === READER_PLACE && /your time \($/i.test(text.slice(Math.max(0, match.index! - 20), match.index!))) continue;
      problems.push(`place "${place}" the seed does not name: "…${text.slice(Math.max(0, match.index! - 60), match.index! + place.length + 60)}…"`);
    }
  }
  return [...new Set(problems)];
}

// ---- the test suite ----

const FORMS: Form[] = ['page', 'elements'];
const needFor = (needs: Needs | undefined, form: Form) => (typeof needs === 'string' ? needs : needs?.[form]);

function describeFact(fact: Fact): string {
  switch (fact.kind) {
    case 'date':
      return `date "${fact.label}": ${fact.tbd ? 'TBD' : `${fact.date}${fact.end ? ` – ${fact.end}` : ''}${fact.time ? ` ${fact.time}` : ''}${fact.zone ? ` ${fact.zone}` : ''}`}`;
    case 'person':
      return `person "${fact.name}"${fact.details?.length ? ` (${fact.details.join('; ')})` : ''}`;
    case 'link':
      return `link ${fact.href}${fact.text ? ` "${fact.text}"` : ''}`;
    case 'placeholder':
      return `placeholder under "${fact.under}"${fact.text ? `: "${fact.text}"` : ''}`;
    case 'absent':
      return `absent "${fact.text}"`;
    case 'slot':
      return `slot ${fact.start}–${fact.end} "${fact.title}"`;
    default: {
      const text = norm(fact.text);
      return `${fact.kind} "${text.length > 90 ? `${text.slice(0, 90)}…` : text}"`;
    }
  }
}

/** Facts marked as gaps that pass now: printed once at the end, so the mark can go. */
const passingGaps: string[] = [];

export function describeFidelity(seed: SeedFacts): void {
  describe(`fidelity to seed ${seed.seed} (demo/workshops/${seed.workshop})`, function () {
    let workshop: unknown;
    let demoMarkup = '';

    before(async () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone, 'the browser zone is pinned').to.equal(READER_ZONE);
      await loadMarkdown();
      workshop = await (await fetch(`/demo/workshops/${seed.workshop}`)).json();
      demoMarkup = await (await fetch(`/demo/${seed.demoPage}`)).text();
    });

    after(() => {
      if (passingGaps.length) console.log(`Facts marked as known gaps that pass now (remove their "needs"):\n  ${passingGaps.join('\n  ')}`);
      passingGaps.length = 0;
    });

    for (const form of FORMS) {
      describe(form === 'page' ? 'the page built from <workshop-page>' : `the page built from separate elements (demo/${seed.demoPage})`, () => {
        let rendered: Rendered;
        let container: HTMLElement | undefined;
        let clock: sinon.SinonFakeTimers | undefined;

        before(async () => {
          clock = sinon.useFakeTimers({ now: seed.now, toFake: ['Date'] });
          container = await renderForm(form, workshop, demoMarkup);
          rendered = collect(container);
        });

        after(() => {
          clock?.restore();
          container?.remove();
        });

        it('renders the workshop without an error', () => {
          expect(rendered.flat).not.to.match(/could not be shown|could not be loaded|was skipped/i);
        });

        // Where one person's (or related workshop's) card ends: at the next name.
        const stops = seed.facts.flatMap((fact) => (fact.kind === 'person' ? [fact.name] : fact.kind === 'text' && fact.near ? [fact.text] : []));
        for (const fact of seed.facts) {
          const need = needFor(fact.needs, form);
          it(`${need ? `[needs ${need}] ` : ''}${describeFact(fact)}`, function () {
            const problem = checkFact(fact, rendered, stops);
            if (need) {
              if (!problem) passingGaps.push(`${seed.seed} ${form}: ${describeFact(fact)} (marked "${need}")`);
              this.skip();
            }
            if (problem) throw new Error(problem);
          });
        }

        for (const kind of ['heading', 'date'] as const) {
          const ordered = seed.facts.filter((fact): fact is Extract<Fact, { kind: typeof kind }> => fact.kind === kind && !needFor(fact.needs, form));
          const known = ordered.filter((fact) => needFor(fact.orderNeeds, form));
          const needs = [...new Set(known.map((fact) => needFor(fact.orderNeeds, form)))];
          it(`${needs.length ? `[needs ${needs.join('; ')}] ` : ''}${kind}s in the seed's order`, function () {
            const taken = new Map<string, number>();
            const placed = ordered.flatMap((fact): { fact: HeadingFact | DateFact; at: number }[] => {
              if (fact.kind === 'date') {
                const { at } = findDate(fact, rendered);
                return at < 0 ? [] : [{ fact, at }];
              }
              // The n-th heading of a text in the seed is the n-th such heading on the page.
              const key = headingKey(fact.text);
              const n = taken.get(key) ?? 0;
              taken.set(key, n + 1);
              const heading = headingsMatching(fact.text, rendered)[n];
              return heading ? [{ fact, at: heading.at }] : [];
            });
            const kept = inOrder(placed.map((item) => item.at));
            const moved = placed.filter((_, i) => !kept.has(i));
            const name = (fact: Fact) => (fact.kind === 'date' ? fact.label : fact.kind === 'heading' ? fact.text : '');
            const unknown = moved.filter((item) => !needFor(item.fact.orderNeeds, form));
            const order = placed.slice().sort((a, b) => a.at - b.at).map((item) => `"${name(item.fact)}"`).join(', ');
            if (unknown.length) throw new Error(`out of the seed's order: ${unknown.map((item) => `"${name(item.fact)}"`).join(', ')}; the page has ${order}`);
            if (known.length) {
              const fixed = known.filter((fact) => !moved.some((item) => item.fact === fact));
              fixed.forEach((fact) => passingGaps.push(`${seed.seed} ${form}: ${kind} "${name(fact)}" is in order now (marked "${needFor(fact.orderNeeds, form)}")`));
              this.skip();
            }
          });
        }

        const inventions = (seed.inventions ?? []).filter((invention) => needFor(invention.needs, form));
        it('states no date, weekday or place that the seed does not hold', () => {
          const problems = unheldMentions(seed, rendered).filter((problem) => !inventions.some((invention) => new RegExp(invention.match).test(problem)));
          expect(problems, problems.join('\n')).to.deep.equal([]);
        });

        for (const invention of inventions) {
          it(`[needs ${needFor(invention.needs, form)}] states /${invention.match}/ although the seed does not`, function () {
            const still = unheldMentions(seed, rendered).some((problem) => new RegExp(invention.match).test(problem));
            if (!still) passingGaps.push(`${seed.seed} ${form}: no longer states /${invention.match}/ (marked "${needFor(invention.needs, form)}")`);
            this.skip();
          });
        }
      });
    }
  });
}
