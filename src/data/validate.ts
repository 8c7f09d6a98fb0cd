/**
 * Turns untrusted JSON into a `Workshop`, keeping everything that is valid.
 *
 * A workshop file is edited by many hands, so one bad speaker must not blank the page: an invalid optional
 * value is dropped, an entry of a list that cannot be repaired is skipped, and each is reported with its
 * JSON path, as is every key the schema does not know. Nothing is dropped without a word. Only a file that
 * is not a workshop at all (not an object, no title) fails as a whole.
 *
 * Problems are found here as records (what, where, and what their words need); the words are in
 * ./issue-messages.ts (`validateWorkshop`, `describeIssues`), which the browser loads only for a file that
 * has problems. A fatal problem carries its words at once: the error state shows them.
 */
import * as v from 'valibot';
import { WorkshopSchema, type Workshop } from './schema.js';
import { isKnownTimeZone } from './time.js';
import { layoutSectionNames, unknownLayoutSections } from './layout.js';

export interface WorkshopIssue {
  /** JSON path in the organizers' file, e.g. `people[3].email`. Empty for the whole file. */
  path: string;
  /** One or two sentences for organizers, read after the path. */
  message: string;
  /** What happened to the data: the value was ignored, the list entry skipped, or nothing could be shown. */
  effect: 'ignored' | 'skipped' | 'fatal';
  /** Set when the problem is a key the schema does not know: the key as written. */
  unknownKey?: string;
  /** For an unknown key, the path of the known key it most likely misspells. */
  didYouMean?: string;
}

export type Segment = string | number;

/**
 * A problem as validation finds it, before it is put in words: its code, its path, what happened to the
 * data, and what its message needs. `left` is what was left out (a list entry or a section), in the
 * organizers' indices; without it the value was ignored.
 */
export type IssueRecord = { path: string; effect: WorkshopIssue['effect']; left?: Segment[] } & (
  | { code: 'fatal'; message: string }
  /** `known`: the schema's keys at that place, among which a misspelling is looked for. */
  | { code: 'unknown-key'; key: string; parent: Segment[]; known: Record<string, unknown> }
  /** `expected`: the schema's rule ("expected text"); `zone`: the rule is a known time zone. */
  | { code: 'invalid'; expected: string; value: unknown; key: Segment | undefined; zone: boolean }
  | { code: 'duplicate-id'; id: string; list: string }
  | { code: 'no-track' | 'no-person' | 'no-paper'; id: string }
  /** An entry's (`entry-zone`) or the program's (`program-zone`) shared zone `zonePath`, unknown as written. */
  | { code: 'entry-zone' | 'program-zone'; zonePath: string; zone: unknown }
  | { code: 'unknown-tier'; tier: string }
  /** A `layout` entry naming no section; `known`: the names it may use, among which a misspelling is looked for. */
  | { code: 'unknown-section'; section: string; known: string[] }
);

/** A record without the parts every record has (distributed over the codes). */
type WithoutPlace<R> = R extends unknown ? Omit<R, 'path' | 'effect' | 'left'> : never;
type Problem = WithoutPlace<IssueRecord>;

export type ValidationResult =
  | { ok: true; workshop: Workshop; issues: WorkshopIssue[] }
  | { ok: false; workshop: null; issues: WorkshopIssue[] };

/** What `checkWorkshop` finds: problems as records, without their words (the last one is fatal when not ok). */
export type CheckResult =
  | { ok: true; workshop: Workshop; issues: IssueRecord[] }
  | { ok: false; workshop: null; issues: IssueRecord[] };

export function formatPath(path: readonly Segment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** How a value reads in a message: `"text"` (cut when long), 7, null, a list, an object. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value) || value === LIST_FOR_OBJECT) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 37)}..."` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function' || typeof value === 'bigint') return `a ${typeof value}`;
  return String(value);
}

/** A union reports "none matched"; the branch that got furthest explains the real problem. */
function mostSpecific(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown> {
  const nested = issue.issues;
  if (issue.type !== 'union' || !nested?.length) return issue;
  // The deepest problem; at equal depth a value that is there but wrong (a group's title of 42) says more
  // than a key another branch misses (a workshop's name).
  const weight = (issue: v.BaseIssue<unknown>) => (issue.path?.length ?? 0) * 2 + (issue.input === undefined ? 0 : 1);
  const deepest = nested.reduce((best, next) => (weight(next) > weight(best) ? next : best));
  if (!deepest.path?.length) return issue;
  // Nested paths are relative to the union's own value.
  const path = [...(issue.path ?? []), ...deepest.path] as v.BaseIssue<unknown>['path'];
  return mostSpecific({ ...deepest, path });
}

/** The rule a value broke, in the schema's words: "expected text", "expected one of: a, b, c". */
function expectation(issue: v.BaseIssue<unknown>): string {
  // v.object() carries valibot's own English ("Invalid type: Expected Object but received..."); say it the house way.
  return issue.type === 'object' ? 'expected an object' : issue.message;
}

/** "expected text, found 7": one wording for a value of the wrong kind, fatal or not. */
export function expectedButFound(expected: string, value: unknown): string {
  return `${expected}, found ${describeValue(value)}`;
}

/** Deeper than any real workshop file; beyond it values are dropped so copying cannot overflow the stack. */
const MAX_DEPTH = 64;

/**
 * The data as JSON.stringify would see it (toJSON used, own enumerable keys only), copied without a round
 * trip through text. Functions, symbols and bigints stay, so that validation reports them where they are
 * instead of dropping them silently. Unlike structuredClone it survives absurd nesting (cut at MAX_DEPTH,
 * which then fails validation at the right path), and a "__proto__" key stays a plain own key (reported as
 * unknown), never a prototype. An object reached twice (shared or cyclic, possible through the `data`
 * property) is copied once.
 */
function copyJson(value: unknown, depth = 0, copies = new Map<object, unknown>()): unknown {
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
    const copy = copyJson((value as Record<string, unknown>)[key], depth + 1, copies);
    if (key === '__proto__') Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[key] = copy;
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
    return formatPath(this.original(path));
  }

  /** The segments of `originalPath`. */
  original(path: readonly Segment[]): Segment[] {
    const out: Segment[] = [];
    let node: unknown = this.data;
    for (const segment of path) {
      if (Array.isArray(node) && typeof segment === 'number') {
        out.push(this.originalIndex.get(node)?.[segment] ?? segment);
      } else out.push(segment);
      node = node == null ? undefined : (node as Record<Segment, unknown>)[segment];
    }
    return out;
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

/** The parts of a valibot schema the key walk reads. */
interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  options?: SchemaNode[];
  wrapped?: SchemaNode;
}

/** Stands for a list written where an object belongs: v.object would take it as an object without keys. */
const LIST_FOR_OBJECT = Symbol('list');

/**
 * Reports each key the schema does not know (v.object would drop it without a word), with the known key
 * at that place it most likely misspells, and marks a list where an object belongs so that validation
 * reports it. Follows the schema, so it never walks into unknown values. Returns the value to keep.
 */
function checkKeys(schema: SchemaNode, value: unknown, path: Segment[], issues: IssueRecord[]): unknown {
  while (schema.wrapped) schema = schema.wrapped;
  // A union of text and an object (a person id or a person entry): an object is read as the object branch;
  // of several object branches (a related workshop or a group of them), the one that knows all its keys.
  if (schema.options) {
    const objects = schema.options.filter((option) => option.entries);
    const keys = value && typeof value === 'object' ? Object.keys(value) : [];
    schema = objects.find((option) => keys.every((key) => Object.hasOwn(option.entries!, key))) ?? objects[0] ?? schema;
  }
  const entries = schema.entries;
  // `path` is one stack for the whole walk (pushed and popped), so a large file costs no array per value.
  if (Array.isArray(value)) {
    if (entries) return LIST_FOR_OBJECT;
    for (let i = 0; schema.item && i < value.length; i++) {
      path.push(i);
      value[i] = checkKeys(schema.item, value[i], path, issues);
      path.pop();
    }
    return value;
  }
  if (!entries || !value || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (Object.hasOwn(entries, key)) {
      path.push(key);
      object[key] = checkKeys(entries[key]!, object[key], path, issues);
      path.pop();
      continue;
    }
    issues.push({ code: 'unknown-key', path: formatPath([...path, key]), effect: 'ignored', key, parent: [...path], known: entries });
  }
  return value;
}

const REQUIRED_AT_TOP = new Set(['title']);

/** Keys without which a list entry means nothing: a bad value here skips the whole entry. */
const REQUIRED_KEYS = new Set(['id', 'name', 'title', 'label', 'person', 'question', 'answer', 'start', 'date', 'items', 'authors', 'body', 'src', 'days']);

/**
 * `url` is the point of a link entry, but optional on a sponsor or a related workshop (shown as text then).
 * An entry's own unknown `timeZone` takes the entry with it: without it the time would be read in another zone.
 */
function isRequiredKey(path: Segment[], last: string): boolean {
  return REQUIRED_KEYS.has(last) || (last === 'url' && path[path.length - 3] === 'links') || last === 'timeZone';
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
  // A zone outside any list (schedule.timeZone) goes alone; the checks after parsing skip what it governed.
  return last === 'timeZone' ? path : path.slice(0, 1);
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

/** Zones given at the top or for the schedule that are unknown, by path, as written. */
type UnknownZones = Map<string, unknown>;
const SHARED_ZONES = new Set(['timeZone', 'deadlineTimeZone', 'schedule.timeZone']);

/** Validates parsed JSON, reporting problems as records (`validateWorkshop` words them). Never throws. */
export function checkWorkshop(input: unknown): CheckResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    const twice = isEncodedObject(input)
      ? ': that text is itself JSON, so the description was encoded twice (in Hugo, write {{ jsonify .Site.Data.workshop | safeJS }})'
      : '';
    return fatal('', `Expected a workshop description (a JSON object with a "title"), found ${describeValue(input)}${twice}.`);
  }
  let repairable: Repairable;
  try {
    repairable = new Repairable(input);
  } catch {
    return fatal('', 'The workshop description cannot be read as JSON data (a getter or toJSON failed).');
  }
  const issues: IssueRecord[] = [];
  checkKeys(WorkshopSchema as unknown as SchemaNode, repairable.data, [], issues);
  const unknownZones: UnknownZones = new Map();
  for (let pass = 0; pass < MAX_REPAIR_PASSES; pass++) {
    const result = v.safeParse(WorkshopSchema, repairable.data, { abortPipeEarly: true });
    if (result.success) {
      const { workshop, issues: laterIssues } = checkReferences(result.output, unknownZones, (path) => repairable.original(path));
      return { ok: true, workshop, issues: [...issues, ...laterIssues] };
    }
    const cuts: Segment[][] = [];
    for (const reported of result.issues) {
      const issue = mostSpecific(reported);
      const path = (issue.path ?? []).map((item) => item.key as Segment);
      const value = repairable.get(path);
      const expected = expectation(issue);
      const cut = removalPoint(path, value !== undefined);
      const where = repairable.originalPath(path);
      if (!cut) return fatal(where, titleProblem(expected, value), issues);
      if (SHARED_ZONES.has(where)) unknownZones.set(where, value);
      // A cut that ends at a list index removes an entry of that list, however deep the problem was; a
      // shorter cut, a section; a cut at the value itself leaves the rest alone (the value is ignored).
      const left = typeof cut[cut.length - 1] === 'number' || cut.length < path.length ? repairable.original(cut) : undefined;
      const zone = issue.requirement === isKnownTimeZone;
      issues.push({ code: 'invalid', path: where, effect: left ? 'skipped' : 'ignored', expected, value, key: path[path.length - 1], zone, ...(left && { left }) });
      cuts.push(cut);
    }
    repairable.removeAll(cuts);
  }
  return fatal('', 'The workshop description has too many problems to repair.', issues);
}

/** The title is the one value a workshop cannot do without; say so in words that name it once. */
function titleProblem(expected: string, value: unknown): string {
  if (value === undefined) return 'The "title" is missing from the workshop description.';
  return `The "title" of the workshop description ${typeof value === 'string' ? 'is blank' : `should be ${expectedButFound(expected, value).replace(/^expected /, '')}`}.`;
}

function fatal(path: string, message: string, earlier: IssueRecord[] = []): CheckResult {
  return { ok: false, workshop: null, issues: [...earlier, { code: 'fatal', path, message, effect: 'fatal' }] };
}

/**
 * Checks JSON Schema cannot express: ids are unique, every reference points at an existing entry, and
 * nothing whose zone is unknown is shown (read in another zone, its times would be wrong). `original` maps
 * a path in the validated data to the organizers' file (entries skipped earlier shift later indices).
 */
function checkReferences(
  workshop: Workshop,
  unknownZones: UnknownZones,
  original: (path: Segment[]) => Segment[],
): { workshop: Workshop; issues: IssueRecord[] } {
  const issues: IssueRecord[] = [];
  /** Reports a problem at `path`: the entry there is skipped, or (`ignored`) the reference dropped from it. */
  const report = (path: Segment[], problem: Problem, effect: 'ignored' | 'skipped' = 'skipped') => {
    const at = original(path);
    issues.push({ ...problem, path: formatPath(at), effect, ...(effect === 'skipped' && { left: at }) });
  };
  /** The entries of the list at `path` that `keep` returns (maybe changed); it reports the others. */
  const keepEach = <T>(list: T[] | undefined, path: Segment[], keep: (entry: T, at: Segment[]) => T | undefined): T[] | undefined =>
    list?.flatMap((entry, i) => keep(entry, [...path, i]) ?? []);
  /** A check that the first entry of each id wins. */
  const firstOfEachId = (listName: string) => {
    const seen = new Set<string>();
    return (entry: { id: string }, at: Segment[]) => {
      if (!seen.has(entry.id)) return !!seen.add(entry.id);
      report(at, { code: 'duplicate-id', id: entry.id, list: listName });
      return false;
    };
  };
  const keepTrack = <T extends { track?: string | undefined }>(entry: T, at: Segment[]): T => {
    if (entry.track === undefined || trackIds.has(entry.track)) return entry;
    report([...at, 'track'], { code: 'no-track', id: entry.track }, 'ignored');
    const { track: _dropped, ...rest } = entry;
    return rest as T;
  };

  const uniquePerson = firstOfEachId('people');
  const people = keepEach(workshop.people, ['people'], (person, at) => (uniquePerson(person, at) ? person : undefined));
  const personIds = new Set((people ?? []).map((person) => person.id));
  const uniqueTrack = firstOfEachId('callForPapers.tracks');
  const tracks = keepEach(workshop.callForPapers?.tracks, ['callForPapers', 'tracks'], (track, at) => (uniqueTrack(track, at) ? track : undefined));
  const trackIds = new Set((tracks ?? []).map((track) => track.id));
  const uniquePaper = firstOfEachId('papers');
  const papers = keepEach(workshop.papers, ['papers'], (paper, at) => (uniquePaper(paper, at) ? keepTrack(paper, at) : undefined));
  const paperIds = new Set((papers ?? []).map((paper) => paper.id));

  // A date without its own zone is read in a shared one; when that one is unknown, the date cannot be placed.
  const sharedZone = (entry: { timeZone?: string; kind?: string }) =>
    entry.timeZone ? undefined : entry.kind === 'event' && unknownZones.has('timeZone') ? 'timeZone' : unknownZones.has('deadlineTimeZone') ? 'deadlineTimeZone' : undefined;
  const uniqueDate = firstOfEachId('importantDates');
  const importantDates = keepEach(workshop.importantDates, ['importantDates'], (entry, at) => {
    if (!uniqueDate(entry, at)) return undefined;
    const zone = entry.tbd || !entry.date ? undefined : sharedZone(entry);
    if (!zone) return keepTrack(entry, at);
    report(at, { code: 'entry-zone', zonePath: zone, zone: unknownZones.get(zone) });
    return undefined;
  });

  const roles = workshop.roles && { ...workshop.roles };
  if (roles) {
    for (const role of Object.keys(roles) as (keyof typeof roles)[]) {
      (roles as Record<string, unknown>)[role] = keepEach(roles[role] as (string | { person: string })[] | undefined, ['roles', role], (entry, at) => {
        const personId = typeof entry === 'string' ? entry : entry.person;
        if (personIds.has(personId)) return entry;
        report(at, { code: 'no-person', id: personId });
        return undefined;
      });
    }
  }

  // The program is in its own zone, else the workshop's; when that is unknown there is no zone to read it in.
  const scheduleZone = unknownZones.has('schedule.timeZone') ? 'schedule.timeZone' : !workshop.schedule?.timeZone && unknownZones.has('timeZone') ? 'timeZone' : undefined;
  if (workshop.schedule && scheduleZone) {
    issues.push({ code: 'program-zone', path: 'schedule', effect: 'skipped', left: ['schedule'], zonePath: scheduleZone, zone: unknownZones.get(scheduleZone) });
  }
  const schedule = workshop.schedule && !scheduleZone ? {
    ...workshop.schedule,
    days: workshop.schedule.days.map((day, d) => ({
      ...day,
      items: day.items.map((item, i) => {
        const at = ['schedule', 'days', d, 'items', i];
        const speakers = keepEach(item.speakers, [...at, 'speakers'], (speaker, where) => {
          if (typeof speaker !== 'string' || personIds.has(speaker)) return speaker;
          report(where, { code: 'no-person', id: speaker }, 'ignored');
          return undefined;
        });
        const itemPapers = keepEach(item.papers, [...at, 'papers'], (paperId, where) => {
          if (paperIds.has(paperId)) return paperId;
          report(where, { code: 'no-paper', id: paperId }, 'ignored');
          return undefined;
        });
        return { ...item, ...(speakers && { speakers }), ...(itemPapers && { papers: itemPapers }) };
      }),
    })),
  } : undefined;

  const sponsorTiers = workshop.sponsorTiers && new Set(workshop.sponsorTiers);
  workshop.sponsors?.forEach((sponsor, index) => {
    if (!sponsor.tier || !sponsorTiers || sponsorTiers.has(sponsor.tier)) return;
    const path = formatPath(original(['sponsors', index, 'tier']));
    issues.push({ code: 'unknown-tier', path, effect: 'ignored', tier: sponsor.tier });
  });

  // <workshop-page> would pass over an entry naming no section; say so instead (a misspelt "sponsor" hides nothing).
  const unknownSections = unknownLayoutSections(workshop);
  if (unknownSections.length) {
    const known = layoutSectionNames(workshop);
    for (const { path, section } of unknownSections) report(path, { code: 'unknown-section', section, known }, 'ignored');
  }

  const { schedule: _written, ...rest } = workshop;
  const result: Workshop = {
    ...rest,
    ...(people && { people }),
    ...(roles && { roles }),
    ...(importantDates && { importantDates }),
    ...(papers && { papers }),
    ...(schedule && { schedule }),
  };
  if (tracks && workshop.callForPapers) result.callForPapers = { ...workshop.callForPapers, tracks };
  return { workshop: result, issues };
}
