/** Questions elements ask of a validated workshop: who has a role, which date comes next, in which zone. */
import type { DateAudience, ImportantDate, Person, RoleName, Workshop } from './schema.js';
import { AOE, resolveDate, type ResolvedDate } from './time.js';

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

/** The people in a role list, with what the list says about them, in the organizers' order. */
export function membersOf(workshop: Workshop, role: RoleName): RoleMember[] {
  const people = peopleById(workshop);
  const entries = (workshop.roles?.[role] ?? []) as (string | ({ person: string } & Omit<RoleMember, 'person'>))[];
  return entries.flatMap((entry) => {
    const { person: personId, ...extra } = typeof entry === 'string' ? { person: entry } : entry;
    const person = people.get(personId);
    return person ? [{ ...extra, person }] : [];
  });
}

/** The name to sort by: `sortName` when the organizers gave one, else the last word of the name. */
export function familyName(person: Pick<Person, 'name' | 'sortName'>): string {
  if (person.sortName) return person.sortName;
  const words = person.name.trim().split(/\s+/);
  return words[words.length - 1] ?? person.name;
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

/** Important dates with their instants, in time order; TBD dates keep their place after the dated ones. */
export function datedEntries(workshop: Workshop): DatedEntry[] {
  let cached = datedCache.get(workshop);
  if (!cached) {
    const dated = (workshop.importantDates ?? []).map((entry) => {
      const zone = zoneOfDate(workshop, entry);
      const resolve = (value: string, end?: string) => resolveDate(value, zone, { kind: entry.kind, ...(end && { end }) });
      const resolved = entry.tbd || !entry.date ? null : resolve(entry.date, entry.end);
      const previous = (entry.previousDates ?? []).flatMap((value) => resolve(value) ?? []);
      return { entry, zone, resolved, previous };
    });
    const order = new Map(dated.map((item, index) => [item, index]));
    cached = dated.sort((a, b) => {
      if (a.resolved && b.resolved) return a.resolved.end - b.resolved.end || order.get(a)! - order.get(b)!;
      if (a.resolved) return -1;
      if (b.resolved) return 1;
      return order.get(a)! - order.get(b)!;
    });
    datedCache.set(workshop, cached);
  }
  return cached;
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
  if (entry.kind === 'event' || /regist|travel|grant|visa|program/i.test(text)) return 'attendees';
  return entry.kind === 'deadline' || entry.kind === 'notification' || /submi|rebuttal/i.test(text) ? 'authors' : 'everyone';
}

/** The dates that concern authors of a track: theirs and the workshop-wide ones for authors, in time order. */
export function authorDates(workshop: Workshop, track: string): DatedEntry[] {
  return datedEntries(workshop).filter(({ entry }) => (entry.track === undefined || entry.track === track) && audienceOf(entry) === 'authors');
}

/**
 * True when a track no longer takes submissions: it has submission deadlines (author deadlines other than
 * camera-ready) and every one of them is dated and has passed.
 */
export function submissionsClosed(dates: readonly DatedEntry[], now: number): boolean {
  const submission = dates.filter(({ entry }) => entry.kind === 'deadline' && !/camera/i.test(`${entry.id} ${entry.label}`));
  return submission.length > 0 && submission.every((item) => isPassed(item, now));
}

/** The first deadline that has not passed, or a TBD one when nothing dated is left; null when all have passed. */
export function nextDeadline(workshop: Workshop, now: number): DatedEntry | null {
  const all = deadlines(workshop);
  return all.find((item) => item.resolved && item.resolved.end > now) ?? all.find((item) => !item.resolved) ?? null;
}
