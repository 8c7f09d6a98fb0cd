/**
 * The words for the problems validation finds (./validate.ts finds them as records): what is wrong, what
 * happened to the data, and the key or zone an organizer probably meant. Only a file with problems needs
 * them, so the browser loads this module on demand (src/internal/issue-notice.ts); Node imports it directly.
 */
import { checkWorkshop, describeValue, expectedButFound, formatPath, type IssueRecord, type Segment, type ValidationResult, type WorkshopIssue } from './validate.js';

/** Validates parsed JSON, every problem in words for organizers. Never throws. */
export function validateWorkshop(input: unknown): ValidationResult {
  const result = checkWorkshop(input);
  const issues = describeIssues(result.issues);
  return result.ok ? { ok: true, workshop: result.workshop, issues } : { ok: false, workshop: null, issues };
}

const described = new WeakMap<readonly IssueRecord[], WorkshopIssue[]>();

/** The problems in words, in the same order; worded once per list, however many elements show it. */
export function describeIssues(records: readonly IssueRecord[]): WorkshopIssue[] {
  let issues = described.get(records);
  if (!issues) {
    issues = records.map(describeIssue);
    described.set(records, issues);
  }
  return issues;
}

function describeIssue(record: IssueRecord): WorkshopIssue {
  const { path, effect } = record;
  switch (record.code) {
    case 'fatal':
      return { path, message: record.message, effect };
    case 'unknown-key': {
      const known = closestMatch(record.key, Object.keys(record.known).filter((name) => name !== '$schema'));
      return {
        path,
        message: `Unknown key ${JSON.stringify(record.key)}${known ? ` (did you mean "${known}"?)` : ''}; ignored.`,
        effect,
        unknownKey: record.key,
        ...(known && { didYouMean: formatPath([...record.parent, known]) }),
      };
    }
    case 'unknown-section': {
      const known = closestMatch(record.section, record.known);
      const hint = known ? `did you mean "${known}"?` : `the page's sections are ${record.known.join(', ')}`;
      return { path, message: `No section of the page is called "${record.section}" (${hint}); this layout entry is ignored.`, effect };
    }
    case 'unknown-tier':
      return { path, message: `"${record.tier}" is not one of sponsorTiers; listed after the known tiers.`, effect };
    default:
      return { path, message: `${problemOf(record)}; ${record.left ? leftOut(record.left) : 'ignored'}.`, effect };
  }
}

/** What is wrong, without the consequence: `Expected text, found 7`, `No paper has the id "p9"`. */
function problemOf(record: Exclude<IssueRecord, { code: 'fatal' | 'unknown-key' | 'unknown-tier' | 'unknown-section' }>): string {
  switch (record.code) {
    case 'invalid':
      return invalidValue(record);
    case 'duplicate-id':
      return `The id "${record.id}" is used twice in ${record.list}`;
    case 'no-track':
      return `No track in callForPapers.tracks has the id "${record.id}"`;
    case 'no-person':
      return `No one in "people" has the id "${record.id}"`;
    case 'no-paper':
      return `No paper has the id "${record.id}"`;
    case 'entry-zone':
    case 'program-zone':
      return `${record.code === 'entry-zone' ? 'Its' : "The program's"} time zone (${record.zonePath}, ${describeValue(record.zone)}) is unknown, so its times cannot be shown`;
  }
}

/** A value the schema's rule turned down: `Expected text, found 7`, `"name" is missing`. */
function invalidValue({ expected: rule, value, key, zone }: Extract<IssueRecord, { code: 'invalid' }>): string {
  if (value === undefined) return typeof key === 'string' ? `"${key}" is missing` : 'A value is missing';
  // "expected one of: a, b, c" reads "expected a, b or c", so that ", found" cannot look like part of the list.
  const expected = rule.replace(/one of: (.+), /, '$1 or ');
  if (zone) {
    const meant = closestZone(value as string);
    return `Unknown time zone ${describeValue(value)} (${meant ? `did you mean "${meant}"?` : expected})`;
  }
  if (/^expected /.test(expected)) return capitalise(expectedButFound(expected, value));
  // Another rule names the value after it ("This date does not exist in the calendar: …"), unless it is about a whole entry.
  return value && typeof value === 'object' ? capitalise(expected) : `${capitalise(expected)}: ${describeValue(value)}`;
}

/**
 * What an entry left out is called, with its path: "the 3rd person, people[2], is left out" (counted from 1,
 * as organizers count); anything else by its path alone ("schedule is left out").
 */
function leftOut(path: readonly Segment[]): string {
  const index = path[path.length - 1];
  if (typeof index !== 'number') return `${formatPath(path)} is left out`;
  const list = String(path[path.length - 2] ?? '');
  const noun = ENTRY_NOUNS[list] ?? (/^[a-z]+s$/.test(list) ? list.slice(0, -1) : 'entry');
  return `the ${ordinal(index + 1)} ${noun}, ${formatPath(path)}, is left out`;
}

/** What one entry of a list is called: people[2] is a person. Lowercase plurals lose their "s"; others are entries. */
const ENTRY_NOUNS: Record<string, string> = { people: 'person', importantDates: 'date', faq: 'question' };

/** 1st, 2nd, 3rd, 4th, 11th, 21st... */
const ordinal = (n: number) => n + (['st', 'nd', 'rd'][(((n + 90) % 100) - 10) % 10 - 1] ?? 'th');

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Edits between two words (a letter inserted, deleted or replaced, or two neighbours swapped), up to `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1);
    }
    [before, previous] = [previous, row];
  }
  return previous[b.length]!;
}

/**
 * What `word` most likely misspells among `candidates` (compared by `keyOf`): the same letters ignoring
 * case and "-", "_" or spaces between words, else one edit away (two for words of five letters or more).
 * None when nothing is that close.
 */
export function closestMatch(word: string, candidates: readonly string[], keyOf = (candidate: string) => candidate): string | undefined {
  const plain = (text: string) => text.toLowerCase().replace(/([a-z\d])[-_\s]+(?=[a-z\d])/g, '$1');
  const wanted = plain(word);
  let best: string | undefined;
  let bestDistance = Math.min(wanted.length, wanted.length < 5 ? 2 : 3);
  for (const candidate of candidates) {
    const distance = editDistance(wanted, plain(keyOf(candidate)), bestDistance);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** A zone an organizer probably meant: "Europe/Viena" or "Vienna" → "Europe/Vienna", "AOE" → "AoE". */
function closestZone(zone: string): string | undefined {
  const zones = ['AoE', 'UTC', ...(Intl.supportedValuesOf?.('timeZone') ?? [])];
  return closestMatch(zone, zones) ?? closestMatch(zone, zones, (name) => name.slice(name.lastIndexOf('/') + 1));
}
