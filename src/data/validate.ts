/**
 * Turns untrusted JSON into a `Workshop`, keeping everything that is valid.
 *
 * A workshop file is edited by many hands, so one bad speaker must not blank the page: an invalid optional
 * value is dropped, an entry of a list that cannot be repaired is skipped, and each is reported with its
 * JSON path. Only a file that is not a workshop at all (not an object, no title) fails as a whole.
 */
import * as v from 'valibot';
import { WorkshopSchema, type Workshop } from './schema.js';

export interface WorkshopIssue {
  /** JSON path in the organizers' file, e.g. `people[3].email`. Empty for the whole file. */
  path: string;
  message: string;
  /** What happened to the data: the value was ignored, the list entry skipped, or nothing could be shown. */
  effect: 'ignored' | 'skipped' | 'fatal';
}

export type ValidationResult =
  | { ok: true; workshop: Workshop; issues: WorkshopIssue[] }
  | { ok: false; workshop: null; issues: WorkshopIssue[] };

type Segment = string | number;

export function formatPath(path: readonly Segment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 37)}..."` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** A union reports "none matched"; the branch that got furthest explains the real problem. */
function mostSpecific(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown> {
  const nested = issue.issues;
  if (issue.type !== 'union' || !nested?.length) return issue;
  const deepest = nested.reduce((best, next) => ((next.path?.length ?? 0) > (best.path?.length ?? 0) ? next : best));
  if (!deepest.path?.length) return issue;
  // Nested paths are relative to the union's own value.
  const path = [...(issue.path ?? []), ...deepest.path] as v.BaseIssue<unknown>['path'];
  return mostSpecific({ ...deepest, path });
}

function issueMessage(issue: v.BaseIssue<unknown>, value: unknown, key: Segment | undefined): string {
  if (value === undefined) return typeof key === 'string' ? `"${key}" is missing` : 'a value is missing';
  // v.object() carries valibot's own English ("Invalid type: Expected Object..."); say it the house way.
  const message = issue.type === 'object' ? 'expected an object' : issue.message;
  return `${message}; found ${describeValue(value)}`;
}

/** Deeper than any real workshop file; beyond it values are dropped so copying cannot overflow the stack. */
const MAX_DEPTH = 64;

/**
 * The data as JSON.stringify would see it (functions dropped, toJSON used, own enumerable keys only),
 * copied without a round trip through text. Unlike structuredClone it survives absurd nesting (cut at
 * MAX_DEPTH, which then fails validation at the right path) and never copies a "__proto__" key. An object
 * reached twice (shared or cyclic, possible through the `data` property) is copied once.
 */
function copyJson(value: unknown, depth = 0, copies = new Map<object, unknown>()): unknown {
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return undefined;
  if (value === null || typeof value !== 'object') return value;
  if (copies.has(value)) return copies.get(value);
  if (depth >= MAX_DEPTH) return undefined;
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return copyJson(toJSON.call(value), depth, copies);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    copies.set(value, out);
    for (const item of value) out.push(copyJson(item, depth + 1, copies));
    return out;
  }
  const out: Record<string, unknown> = {};
  copies.set(value, out);
  for (const key of Object.keys(value)) {
    if (key !== '__proto__') out[key] = copyJson((value as Record<string, unknown>)[key], depth + 1, copies);
  }
  return out;
}

/** Valibot paths point into the copy we repair; keep a map back to the organizers' own indices. */
class Repairable {
  readonly data: unknown;
  private readonly originalIndex = new WeakMap<unknown[], number[]>();

  constructor(input: unknown) {
    this.data = copyJson(input);
  }

  /** Path as the organizer sees it in their file. */
  originalPath(path: readonly Segment[]): string {
    const out: Segment[] = [];
    let node: unknown = this.data;
    for (const segment of path) {
      if (Array.isArray(node) && typeof segment === 'number') {
        out.push(this.originalIndex.get(node)?.[segment] ?? segment);
      } else out.push(segment);
      node = node == null ? undefined : (node as Record<Segment, unknown>)[segment];
    }
    return formatPath(out);
  }

  get(path: readonly Segment[]): unknown {
    let node: unknown = this.data;
    for (const segment of path) node = node == null ? undefined : (node as Record<Segment, unknown>)[segment];
    return node;
  }

  /**
   * Removes every cut of one pass at once. Parents are looked up before anything moves, and each list is
   * compacted in one sweep, so thousands of bad entries cost linear time (splicing one by one was quadratic).
   * A cut inside another cut, or repeated, is dropped.
   */
  removeAll(cuts: readonly Segment[][]): void {
    const all = new Set(cuts.map((cut) => formatPath(cut)));
    const done = new Set<string>();
    const entries = new Map<unknown[], Set<number>>();
    const keys: [Record<string, unknown>, string][] = [];
    for (const cut of cuts) {
      const where = formatPath(cut);
      if (done.has(where)) continue;
      done.add(where);
      if (cut.some((_, k) => k > 0 && all.has(formatPath(cut.slice(0, k))))) continue;
      const parent = this.get(cut.slice(0, -1));
      const key = cut[cut.length - 1]!;
      if (Array.isArray(parent) && typeof key === 'number') {
        const drop = entries.get(parent) ?? new Set<number>();
        drop.add(key);
        entries.set(parent, drop);
      } else if (parent && typeof parent === 'object') keys.push([parent as Record<string, unknown>, String(key)]);
    }
    for (const [parent, key] of keys) delete parent[key];
    for (const [list, drop] of entries) {
      const indices = this.originalIndex.get(list) ?? list.map((_, i) => i);
      let kept = 0;
      for (let i = 0; i < list.length; i++) {
        if (drop.has(i)) continue;
        list[kept] = list[i];
        indices[kept] = indices[i]!;
        kept++;
      }
      list.length = kept;
      indices.length = kept;
      this.originalIndex.set(list, indices);
    }
  }
}

const REQUIRED_AT_TOP = new Set(['title']);

/** Keys without which a list entry means nothing: a bad value here skips the whole entry. */
const REQUIRED_KEYS = new Set(['id', 'name', 'title', 'label', 'person', 'question', 'answer', 'start', 'date', 'items', 'authors', 'body', 'src', 'days']);

/** `url` is the point of a link entry, but optional on a sponsor or a related workshop (shown as text then). */
function isRequiredKey(path: Segment[], last: string): boolean {
  return REQUIRED_KEYS.has(last) || (last === 'url' && path[path.length - 3] === 'links');
}

/**
 * Where to cut so that the rest is valid: an optional bad value goes alone; a missing or bad required
 * value takes its list entry with it (or, outside lists, its top-level section). Null: nothing can be shown.
 */
function removalPoint(path: Segment[], present: boolean): Segment[] | null {
  if (path.length === 0) return null;
  if (path.length === 1) return REQUIRED_AT_TOP.has(String(path[0])) ? null : path;
  const last = path[path.length - 1];
  if (present && typeof last === 'string' && !isRequiredKey(path, last)) return path;
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'number') return path.slice(0, i + 1);
  return path.slice(0, 1);
}

const MAX_REPAIR_PASSES = 12;

/** A string holding a JSON object: what a template engine that quotes JSON for a script tag produces. */
function isEncodedObject(value: unknown): boolean {
  if (typeof value !== 'string' || !value.trimStart().startsWith('{')) return false;
  try {
    const inner: unknown = JSON.parse(value);
    return inner !== null && typeof inner === 'object' && !Array.isArray(inner);
  } catch {
    return false;
  }
}

/** Validates parsed JSON. Never throws. */
export function validateWorkshop(input: unknown): ValidationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    const twice = isEncodedObject(input)
      ? ': that text is itself JSON, so the description was encoded twice (in Hugo, write {{ jsonify .Site.Data.workshop | safeJS }})'
      : '';
    return fatal('', `expected a workshop description (a JSON object with a "title"); found ${describeValue(input)}${twice}`);
  }
  let repairable: Repairable;
  try {
    repairable = new Repairable(input);
  } catch {
    return fatal('', 'the workshop description cannot be read as JSON data (a getter or toJSON failed)');
  }
  const issues: WorkshopIssue[] = [];
  for (let pass = 0; pass < MAX_REPAIR_PASSES; pass++) {
    const result = v.safeParse(WorkshopSchema, repairable.data, { abortPipeEarly: true });
    if (result.success) {
      const { workshop, issues: referenceIssues } = checkReferences(result.output);
      return { ok: true, workshop, issues: [...issues, ...referenceIssues] };
    }
    const cuts: Segment[][] = [];
    for (const reported of result.issues) {
      const issue = mostSpecific(reported);
      const path = (issue.path ?? []).map((item) => item.key as Segment);
      const value = repairable.get(path);
      const present = value !== undefined;
      const message = issueMessage(issue, value, path[path.length - 1]);
      const cut = removalPoint(path, present);
      const where = repairable.originalPath(path);
      if (!cut) return fatal(where, message, issues);
      // A cut that ends at a list index removes an entry of that list, however deep the problem was.
      const skipsEntry = cut.length < path.length || typeof cut[cut.length - 1] === 'number';
      issues.push({
        path: where,
        message: skipsEntry ? `${message}; skipped ${repairable.originalPath(cut)}` : `${message}; ignored`,
        effect: skipsEntry ? 'skipped' : 'ignored',
      });
      cuts.push(cut);
    }
    repairable.removeAll(cuts);
  }
  return fatal('', 'the description has too many problems to repair', issues);
}

function fatal(path: string, message: string, earlier: WorkshopIssue[] = []): ValidationResult {
  return { ok: false, workshop: null, issues: [...earlier, { path, message, effect: 'fatal' }] };
}

/** Checks JSON Schema cannot express: ids are unique and every reference points at an existing entry. */
function checkReferences(workshop: Workshop): { workshop: Workshop; issues: WorkshopIssue[] } {
  const issues: WorkshopIssue[] = [];
  const skip = (path: string, message: string) => issues.push({ path, message: `${message}; skipped ${path}`, effect: 'skipped' });

  const uniqueById = <T extends { id: string }>(list: T[] | undefined, listName: string): T[] | undefined => {
    if (!list) return list;
    const seen = new Set<string>();
    return list.filter((entry, index) => {
      if (seen.has(entry.id)) {
        skip(`${listName}[${index}]`, `the id "${entry.id}" is used twice in ${listName}`);
        return false;
      }
      seen.add(entry.id);
      return true;
    });
  };

  const people = uniqueById(workshop.people, 'people');
  const personIds = new Set((people ?? []).map((person) => person.id));
  const tracks = uniqueById(workshop.callForPapers?.tracks, 'callForPapers.tracks');
  const trackIds = new Set((tracks ?? []).map((track) => track.id));
  const papers = uniqueById(workshop.papers, 'papers');
  const paperIds = new Set((papers ?? []).map((paper) => paper.id));
  const importantDates = uniqueById(workshop.importantDates, 'importantDates');

  const roles = workshop.roles && { ...workshop.roles };
  if (roles) {
    for (const role of Object.keys(roles) as (keyof typeof roles)[]) {
      const list = roles[role] as (string | { person: string })[] | undefined;
      if (!list) continue;
      (roles as Record<string, unknown>)[role] = list.filter((entry, index) => {
        const personId = typeof entry === 'string' ? entry : entry.person;
        if (personIds.has(personId)) return true;
        skip(`roles.${role}[${index}]`, `no one in "people" has the id "${personId}"`);
        return false;
      });
    }
  }

  const keepTrack = <T extends { track?: string | undefined }>(entry: T, path: string): T => {
    if (entry.track === undefined || trackIds.has(entry.track)) return entry;
    issues.push({ path: `${path}.track`, message: `no track in callForPapers.tracks has the id "${entry.track}"; ignored`, effect: 'ignored' });
    const { track: _dropped, ...rest } = entry;
    return rest as T;
  };

  const schedule = workshop.schedule && {
    ...workshop.schedule,
    days: workshop.schedule.days.map((day, d) => ({
      ...day,
      items: day.items.map((item, i) => {
        const path = `schedule.days[${d}].items[${i}]`;
        const speakers = item.speakers?.filter((speaker, s) => {
          if (typeof speaker !== 'string' || personIds.has(speaker)) return true;
          issues.push({ path: `${path}.speakers[${s}]`, message: `no one in "people" has the id "${speaker}"; ignored`, effect: 'ignored' });
          return false;
        });
        const itemPapers = item.papers?.filter((paperId, p) => {
          if (paperIds.has(paperId)) return true;
          issues.push({ path: `${path}.papers[${p}]`, message: `no paper has the id "${paperId}"; ignored`, effect: 'ignored' });
          return false;
        });
        return { ...item, ...(speakers && { speakers }), ...(itemPapers && { papers: itemPapers }) };
      }),
    })),
  };

  const sponsorTiers = workshop.sponsorTiers;
  const sponsors = workshop.sponsors?.map((sponsor, index) => {
    if (!sponsor.tier || !sponsorTiers || sponsorTiers.includes(sponsor.tier)) return sponsor;
    issues.push({ path: `sponsors[${index}].tier`, message: `"${sponsor.tier}" is not one of sponsorTiers; listed after the known tiers`, effect: 'ignored' });
    return sponsor;
  });

  const result: Workshop = {
    ...workshop,
    ...(people && { people }),
    ...(roles && { roles }),
    ...(importantDates && { importantDates: importantDates.map((entry, i) => keepTrack(entry, `importantDates[${i}]`)) }),
    ...(papers && { papers: papers.map((paper, i) => keepTrack(paper, `papers[${i}]`)) }),
    ...(schedule && { schedule }),
    ...(sponsors && { sponsors }),
  };
  if (tracks && workshop.callForPapers) result.callForPapers = { ...workshop.callForPapers, tracks };
  return { workshop: result, issues };
}

export interface JsonParseError {
  message: string;
  line: number;
  column: number;
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** JSON.parse with an error an organizer can act on: what is wrong and where. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: JsonParseError } {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<!doctype') || start.startsWith('<html') || start.startsWith('<')) {
    return { ok: false, error: { message: 'this is an HTML page, not JSON (is the address right?)', line: 1, column: 1 } };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const lineMatch = /line (\d+) column (\d+)/.exec(raw);
    const positionMatch = /position (\d+)/.exec(raw);
    // Some engine messages ("Unexpected token '}', ... is not valid JSON") carry no position: find it ourselves.
    const where = lineMatch
      ? { line: Number(lineMatch[1]), column: Number(lineMatch[2]) }
      : lineAndColumn(text, positionMatch ? Number(positionMatch[1]) : jsonErrorOffset(text));
    const reason = raw
      .replace(/^JSON\.parse: /, '')
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/ \(line \d+ column \d+\)/, '')
      .replace(/^SyntaxError: /, '')
      .replace(/ after JSON at position \d+.*$/, ' after the end of the JSON')
      // V8 quotes the text, shortened with "..." on either side when it is long.
      .replace(/, (?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, '');
    return { ok: false, error: { message: `invalid JSON: ${reason}`, ...where } };
  }
}

/** Offset of the first character that makes `text` invalid JSON (text.length when the text ends too early). */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    for (const char of word) if (text[i++] !== char) return (i--, fail());
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const char = text[i]!;
      if (char === '"') return void i++;
      if (char < ' ') fail();
      if (char === '\\') {
        i++;
        if (text[i] === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) return ((i += k), fail());
          i += 5;
        } else if (i < text.length && '"\\/bfnrt'.includes(text[i]!)) i++;
        else fail();
      } else i++;
    }
    fail();
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail();
    i += match![0].length;
  };
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (char === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return number();
    fail();
  };
  try {
    value();
    space();
    return i < text.length ? i : text.length;
  } catch (offset) {
    return typeof offset === 'number' ? Math.min(offset, text.length) : text.length;
  }
}
