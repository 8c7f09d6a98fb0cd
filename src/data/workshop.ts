/** Questions elements ask of a validated workshop: who has a role, which date comes next, in which zone. */
import type { DateAudience, ImportantDate, Person, RoleName, SubmissionStatus, Track, Workshop } from './schema.js';
import { AOE, parseDateValue, resolveDate, zonedTimeToInstant, type ResolvedDate } from './time.js';

export interface RoleMember {
  person: Person;
  /** Role within the list ("General chair"), when given. */
  role?: string;
  talkTitle?: string;
  abstract?: string;
  kind?: 'keynote' | 'invited';
}

const peopleIndex = new WeakMap<Workshop, Map<string, Person>>();

export function peopleById(workshop: Workshop): Map<string, Person> {
  let index = peopleIndex.get(workshop);
  if (!index) {
    index = new Map((workshop.people ?? []).map((person) => [person.id, person]));
    peopleIndex.set(workshop, index);
  }
  return index;
}

/**
 * The people in a role list, with what the list says about them, in the organizers' order. Institutions the
 * list writes its own way (`affiliations` on the entry) replace the person's, in this list only.
 */
export function membersOf(workshop: Workshop, role: RoleName): RoleMember[] {
  const people = peopleById(workshop);
  const entries = (workshop.roles?.[role] ?? []) as (string | ({ person: string; affiliations?: string[] } & Omit<RoleMember, 'person'>))[];
  return entries.flatMap((entry) => {
    const { person: personId, affiliations, ...extra } = typeof entry === 'string' ? { person: entry } : entry;
    const person = people.get(personId);
    if (!person) return [];
    const { positions: _replaced, ...rest } = person;
    return [{ ...extra, person: affiliations ? { ...rest, affiliations } : person }];
  });
}

/** The name to sort by: `sortName` when the organizers gave one, else the last word of the name. */
export function familyName(person: Pick<Person, 'name' | 'sortName'>): string {
  if (person.sortName) return person.sortName;
  const words = person.name.trim().split(/\s+/);
  return words[words.length - 1] ?? person.name;
}

/** A person's institutions: their `affiliations`, then those of their `positions` not named there. */
export function institutions(person: Pick<Person, 'affiliations' | 'positions'>): string[] {
  const all = [...(person.affiliations ?? [])];
  for (const { institution } of person.positions ?? []) if (institution && !all.includes(institution)) all.push(institution);
  return all;
}

/** Sorts by family name, then full name, with the locale's collation ("Ö" next to "O" in German, etc.). */
export function byFamilyName<T>(items: readonly T[], personOf: (item: T) => Pick<Person, 'name' | 'sortName'>, locale?: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const keyed = items.map((item) => ({ item, family: familyName(personOf(item)), name: personOf(item).name }));
  keyed.sort((a, b) => collator.compare(a.family, b.family) || collator.compare(a.name, b.name));
  return keyed.map(({ item }) => item);
}

/** The zone of the event itself (schedule, workshop day). */
export function eventTimeZone(workshop: Workshop): string {
  return workshop.schedule?.timeZone ?? workshop.timeZone ?? 'UTC';
}

/** The workshop's `hours` on its first day, as instants in the event zone; null without hours, a zone or a known day. */
export function hoursOnFirstDay(workshop: Workshop): { start: number; end: number; zone: string } | null {
  const zone = workshop.schedule?.timeZone ?? workshop.timeZone;
  const day = workshop.dateTbd ? null : parseDateValue(workshop.date ?? '');
  if (!workshop.hours || !zone || day?.precision !== 'day') return null;
  const at = (time: string) => zonedTimeToInstant({ ...day.wall, hour: +time.slice(0, 2), minute: +time.slice(3, 5) }, zone);
  return { start: at(workshop.hours.start), end: at(workshop.hours.end), zone };
}

export interface DatedEntry {
  entry: ImportantDate;
  /** The zone the organizers meant. */
  zone: string;
  /** Null for TBD dates. */
  resolved: ResolvedDate | null;
  /** Earlier dates of an extended deadline, resolved in the same zone. */
  previous: ResolvedDate[];
}

/** The zone an important date is written in: its own, the workshop's deadline zone, else AoE (events: the event zone). */
export function zoneOfDate(workshop: Workshop, entry: ImportantDate): string {
  if (entry.timeZone) return entry.timeZone;
  if (entry.kind === 'event' && workshop.timeZone) return workshop.timeZone;
  return workshop.deadlineTimeZone ?? AOE;
}

const datedCache = new WeakMap<Workshop, DatedEntry[]>();

/**
 * Important dates with their instants, in the organizers' order: a list is shown as they wrote it (a TBD
 * camera-ready stays between the notification and the workshop). What is next is asked by time (`firstAfter`).
 */
export function datedEntries(workshop: Workshop): DatedEntry[] {
  let cached = datedCache.get(workshop);
  if (!cached) {
    cached = (workshop.importantDates ?? []).map((entry) => {
      const zone = zoneOfDate(workshop, entry);
      const resolve = (value: string, end?: string) => resolveDate(value, zone, { kind: entry.kind, ...(end && { end }) });
      const resolved = entry.tbd || !entry.date ? null : resolve(entry.date, entry.end);
      const previous = (entry.previousDates ?? []).flatMap((value) => resolve(value) ?? []);
      return { entry, zone, resolved, previous };
    });
    datedCache.set(workshop, cached);
  }
  return cached;
}

/** The dated entry that ends first after `now` (the earlier in the file on a tie), whatever the file's order. */
export function firstAfter(items: readonly DatedEntry[], now: number): DatedEntry | undefined {
  let first: DatedEntry | undefined;
  for (const item of items) if (item.resolved && item.resolved.end > now && !(first && first.resolved!.end <= item.resolved.end)) first = item;
  return first;
}

export function isPassed(item: DatedEntry, now: number): boolean {
  return item.resolved !== null && item.resolved.end <= now;
}

/** Deadlines only (kind "deadline"), optionally of one track. */
export function deadlines(workshop: Workshop, track?: string): DatedEntry[] {
  return datedEntries(workshop).filter(
    (item) => item.entry.kind === 'deadline' && (track === undefined || item.entry.track === undefined || item.entry.track === track),
  );
}

/**
 * Who a date concerns: its `audience`, else a guess from its track, words and kind (see the schema). Reviewer
 * words come before paper words ("Review submission" is for reviewers); "author" wins over both.
 */
export function audienceOf(entry: ImportantDate): DateAudience {
  if (entry.audience) return entry.audience;
  const text = `${entry.id} ${entry.label}`;
  if (entry.track || /author/i.test(text)) return 'authors';
  if (/review|bidding|chair|committee/i.test(text)) return 'reviewers';
  // "Submissions open" is an event for authors.
  if ((entry.kind === 'event' && !/submi/i.test(text)) || /regist|travel|grant|visa|program/i.test(text)) return 'attendees';
  return entry.kind === 'deadline' || entry.kind === 'notification' || /submi|rebuttal/i.test(text) ? 'authors' : 'everyone';
}

/** The dates that concern authors of a track: theirs and the workshop-wide ones for authors, in the file's order. */
export function authorDates(workshop: Workshop, track: string): DatedEntry[] {
  return datedEntries(workshop).filter(({ entry }) => (entry.track === undefined || entry.track === track) && audienceOf(entry) === 'authors');
}

/** "Submissions open", "Submission site opens": the date a track starts taking submissions. */
const isOpening = ({ entry }: DatedEntry) => /\bopens?\b/i.test(entry.label);

/**
 * Whether a track takes submissions, from the author dates of the track (`authorDates`): its explicit `status`,
 * else closed once every submission deadline (author deadlines other than camera-ready and openings) is dated
 * and has passed, else not yet open before an opening date and open after it. Undefined when the dates do not
 * tell (a future deadline alone does not mean the submission site is open). `derived` marks a status read
 * from the clock, which prerendered HTML dates ("as of …").
 */
export function submissionStatus(track: Pick<Track, 'status'>, dates: readonly DatedEntry[], now: number): { status: SubmissionStatus; derived: boolean } | undefined {
  if (track.status) return { status: track.status, derived: false };
  const submission = dates.filter((item) => item.entry.kind === 'deadline' && !isOpening(item) && !/camera/i.test(`${item.entry.id} ${item.entry.label}`));
  if (submission.length > 0 && submission.every((item) => isPassed(item, now))) return { status: 'closed', derived: true };
  const openings = dates.filter((item) => isOpening(item) && item.resolved);
  return openings.length ? { status: openings.some((item) => item.resolved!.start > now) ? 'not-yet-open' : 'open', derived: true } : undefined;
}

/** The deadline that ends first after `now`, or a TBD one when nothing dated is left; null when all have passed. */
export function nextDeadline(workshop: Workshop, now: number): DatedEntry | null {
  const all = deadlines(workshop);
  return firstAfter(all, now) ?? all.find((item) => !item.resolved) ?? null;
}
