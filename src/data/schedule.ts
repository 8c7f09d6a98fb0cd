/**
 * The program as instants: wall-clock items of each day turned into moments in the schedule's zone,
 * sorted, grouped into rows (one item, or items running in parallel rooms), with overlaps, the current
 * item and day offsets worked out. No DOM, so it runs in Node and in benchmarks.
 */
import { slug } from './calendar.js';
import type { CalendarEvent } from './calendar.js';
import { english, type Translate } from './messages/index.js';
import type { ScheduleDay, ScheduleItem, Workshop } from './schema.js';
import { AOE, dayKey, fixedOffsetMinutes, zonedTimeToInstant, zoneLabel } from './time.js';
import { eventTimeZone, peopleById } from './workshop.js';

/** Items without an end count as this long (for "now" and calendar files) when nothing follows them. */
export const DEFAULT_ITEM_MS = 30 * 60_000;

export interface TimedItem {
  item: ScheduleItem;
  /** Stable within the workshop: "d0-i3" (day index, index in the day as written). */
  key: string;
  start: number;
  /** The end the organizers gave; undefined when they gave none (show no end time). */
  end: number | undefined;
  /** The given end, else the next item's start in the same room, else start + 30 min. */
  until: number;
  /** Titles of the first few (at most OVERLAP_NAMES) earlier items in the same room (or both roomless) still running when this starts. */
  overlapsWith: string[];
  /** How many such items there are in all. */
  overlapCount: number;
}

/** An overlap note names this many items and counts the rest, so 10,000 items in one slot stay linear. */
export const OVERLAP_NAMES = 3;

export interface ScheduleRow {
  start: number;
  until: number;
  items: TimedItem[];
  /** Rooms of a parallel block, in display order; empty for a row of one item or of one room. */
  rooms: string[];
}

export interface TimedDay {
  day: ScheduleDay;
  index: number;
  /**
   * False for a day whose date is not fixed: its instants are placed on a stand-in date, right as wall-clock
   * times in the event zone only, so it is never converted, "now", or in a calendar file.
   */
  dated: boolean;
  items: TimedItem[];
  rows: ScheduleRow[];
}

export interface TimedSchedule {
  zone: string;
  days: TimedDay[];
  start: number;
  until: number;
}

function wallOf(date: string, time: string) {
  return { year: +date.slice(0, 4), month: +date.slice(5, 7), day: +date.slice(8, 10), hour: +time.slice(0, 2), minute: +time.slice(3, 5) };
}

function timeDay(day: ScheduleDay, index: number, zone: string, standIn: string): TimedDay {
  // A day has at most 1,440 distinct times; asking Intl once for each keeps a crowded slot cheap.
  const instants = new Map<string, number>();
  const at = (time: string) => instants.get(time) ?? instants.set(time, zonedTimeToInstant(wallOf(day.date ?? standIn, time), zone)).get(time)!;
  const items: TimedItem[] = day.items
    .map((item, i) => {
      const start = at(item.start);
      const end = item.end ? at(item.end) : undefined;
      return { item, key: `d${index}-i${i}`, start, end, until: end ?? start, overlapsWith: [] as string[], overlapCount: 0 };
    })
    .sort((a, b) => a.start - b.start); // stable: same start keeps the written order
  setOpenEnds(items);
  findOverlaps(items);
  return { day, index, dated: !!day.date, items, rows: groupRows(items, day.rooms ?? []) };
}

/**
 * An item without an end lasts until the next later start in its room (a roomless item: in any room; an
 * item in a room: also a roomless one), else 30 minutes. One pass from the end, keeping the nearest later
 * start per room, instead of a search after every item.
 */
function setOpenEnds(items: TimedItem[]): void {
  const nextInRoom = new Map<string, number>();
  let nextAny = Infinity;
  for (let i = items.length - 1; i >= 0; ) {
    const start = items[i]!.start;
    let first = i;
    while (first > 0 && items[first - 1]!.start === start) first--;
    for (let k = first; k <= i; k++) {
      const timed = items[k]!;
      if (timed.end !== undefined) continue;
      const room = timed.item.room;
      const next = room ? Math.min(nextInRoom.get(room) ?? Infinity, nextInRoom.get('') ?? Infinity) : nextAny;
      timed.until = next === Infinity ? start + DEFAULT_ITEM_MS : next;
    }
    for (let k = first; k <= i; k++) nextInRoom.set(items[k]!.item.room ?? '', start);
    nextAny = start;
    i = first - 1;
  }
}

/**
 * For each item, the earlier items in its room that end after it starts. Counted with the room's ends
 * sorted (an item that ended by a start ended before every later start too), and named from a list of
 * the room's running items that drops finished ones as it is read: linear after sorting, at any overlap.
 */
function findOverlaps(items: TimedItem[]): void {
  interface Running { timed: TimedItem; next?: Running }
  const rooms = new Map<string, { ends: number[]; ended: number; seen: number; head: Running; tail: Running }>();
  for (const timed of items) {
    const room = timed.item.room ?? '';
    if (!rooms.has(room)) {
      const head: Running = { timed };
      rooms.set(room, { ends: [], ended: 0, seen: 0, head, tail: head });
    }
    if (timed.end !== undefined) rooms.get(room)!.ends.push(timed.end);
  }
  for (const state of rooms.values()) state.ends.sort((a, b) => a - b);
  for (const timed of items) {
    const state = rooms.get(timed.item.room ?? '')!;
    while (state.ended < state.ends.length && state.ends[state.ended]! <= timed.start) state.ended++;
    timed.overlapCount = Math.max(0, state.seen - state.ended);
    // The head is a placeholder; the list holds earlier items with an end, in start order.
    for (let before = state.head; before.next && timed.overlapsWith.length < Math.min(timed.overlapCount, OVERLAP_NAMES); ) {
      if (before.next.timed.end! > timed.start) {
        timed.overlapsWith.push(before.next.timed.item.title);
        before = before.next;
      } else if (!(before.next = before.next.next)) state.tail = before;
    }
    if (timed.end !== undefined) {
      state.seen++;
      state.tail = state.tail.next = { timed };
    }
  }
}

/**
 * Rows are maximal runs of items whose times chain-overlap. A run that uses two or more rooms is a
 * parallel block (columns by room); anything else is one row per item, so a sequential program stays a list.
 */
function groupRows(items: TimedItem[], roomOrder: readonly string[]): ScheduleRow[] {
  const rows: ScheduleRow[] = [];
  let run: TimedItem[] = [];
  let runUntil = -Infinity;
  const flush = () => {
    const rooms = [...new Set(run.map((timed) => timed.item.room ?? ''))];
    if (run.length > 1 && rooms.length > 1) {
      rooms.sort((a, b) => rank(a) - rank(b));
      rows.push({ start: run[0]!.start, until: runUntil, items: run, rooms });
    } else {
      for (const timed of run) rows.push({ start: timed.start, until: timed.until, items: [timed], rooms: [] });
    }
    run = [];
  };
  const rank = (room: string) => {
    const at = roomOrder.indexOf(room);
    return room === '' ? Number.MAX_SAFE_INTEGER : at === -1 ? roomOrder.length : at;
  };
  for (const timed of items) {
    if (run.length > 0 && timed.start >= runUntil) flush();
    run.push(timed);
    runUntil = Math.max(runUntil === -Infinity ? timed.until : runUntil, timed.until);
  }
  if (run.length > 0) flush();
  return rows;
}

const cache = new WeakMap<Workshop, TimedSchedule | null>();

/** The schedule with instants, or null when the workshop has no program items. Computed once per workshop. */
export function timedSchedule(workshop: Workshop): TimedSchedule | null {
  if (cache.has(workshop)) return cache.get(workshop)!;
  const zone = eventTimeZone(workshop);
  const written = workshop.schedule?.days ?? [];
  // An undated day's stand-in, for the zone's offset: a dated day of the program, the workshop day, else the
  // latest important day (the program comes after them, so under the zone's current rules, not a past DST's).
  const known = [workshop.date, ...(workshop.importantDates ?? []).flatMap((entry) => [entry.date, entry.end])]
    .filter((date): date is string => (date?.length ?? 0) >= 10)
    .map((date) => date.slice(0, 10));
  const standIn = written.find((day) => day.date)?.date ?? (known.sort().at(-1) ?? '2000-01-01');
  const days = written
    .map((day, index) => timeDay(day, index, zone, standIn))
    .filter((day) => day.items.length > 0)
    .sort((a, b) => a.items[0]!.start - b.items[0]!.start);
  const all = days.flatMap((day) => day.items);
  const result = all.length === 0
    ? null
    : { zone, days, start: all.reduce((min, t) => Math.min(min, t.start), Infinity), until: latestUntil(all) };
  cache.set(workshop, result);
  return result;
}

/** "Overlaps with “A”, “B”, “C” and 9,997 more items", or "" when nothing overlaps; `msg` words it in the element's language. */
export function overlapNote(timed: TimedItem, msg: Translate = english): string {
  if (!timed.overlapCount) return '';
  const titles = timed.overlapsWith.map((text) => msg('quoted', { text })).join(', ');
  const count = timed.overlapCount - timed.overlapsWith.length;
  return count ? msg('overlapsMore', { titles, count }) : msg('overlaps', { titles });
}

/** The latest end of `items` (a loop: spreading 100,000 arguments into Math.max overflows the stack). */
const latestUntil = (items: readonly TimedItem[]) => items.reduce((max, t) => Math.max(max, t.until), -Infinity);

/** Items running at `now` (several when rooms run in parallel). */
export function currentItems(schedule: TimedSchedule, now: number): TimedItem[] {
  if (now < schedule.start || now >= schedule.until) return [];
  return schedule.days.flatMap((day) => (day.dated ? day.items.filter((timed) => timed.start <= now && now < timed.until) : []));
}

/** The day whose program is under way at `now`, if any (from its first start to its last end). */
export function runningDay(schedule: TimedSchedule, now: number): TimedDay | undefined {
  return schedule.days.find((day) => {
    if (!day.dated) return false;
    const first = day.items[0]!.start;
    return first <= now && now < latestUntil(day.items);
  });
}

/** Days between the calendar date of `instant` in `zone` and `date` (YYYY-MM-DD): +1 when it is the next day there. */
export function dayOffset(instant: number, zone: string, date: string): number {
  const there = dayKey(instant, zone);
  const utc = (key: string) => Date.UTC(+key.slice(0, 4), +key.slice(5, 7) - 1, +key.slice(8, 10));
  return Math.round((utc(there) - utc(date)) / 86_400_000);
}

/** "+1 day", "−2 days" (true minus sign), or "" for the same day. */
export function dayOffsetLabel(offset: number, msg: Translate = english): string {
  if (offset === 0) return '';
  const count = Math.abs(offset);
  return msg('dayOffset', { days: `${offset > 0 ? '+' : '\u2212'}${count}`, count });
}

/** A place name for the event zone: the venue's city when the venue is in it, else the zone's generic name. */
export function eventZoneName(workshop: Workshop, instant: number, locale?: string, msg: Translate = english): string {
  const zone = eventTimeZone(workshop);
  const city = workshop.venue?.city;
  if (city && (!workshop.schedule?.timeZone || workshop.schedule.timeZone === workshop.timeZone)) return msg('zoneOfCity', { city });
  if (zone === AOE) return msg('anywhereOnEarth');
  if (zone === 'Etc/UTC' || fixedOffsetMinutes(zone) !== undefined) return zoneLabel(zone, instant);
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(instant).find((p) => p.type === 'timeZoneName');
    return part?.value ?? zone;
  } catch {
    return zone;
  }
}

/**
 * Every program item as a calendar event at its exact instant (UTC in the file, so every client shows the
 * right local time). Items without an end last until the next item in their room, else 30 minutes.
 */
export function scheduleEvents(workshop: Workshop): CalendarEvent[] {
  const schedule = timedSchedule(workshop);
  if (!schedule) return [];
  const people = peopleById(workshop);
  const papers = new Map((workshop.papers ?? []).map((paper) => [paper.id, paper]));
  const name = slug(workshop.shortName ?? workshop.title);
  const place = [workshop.venue?.name, workshop.venue?.city].filter(Boolean).join(', ');
  // A day whose date is not fixed has no instants to put in a calendar yet.
  return schedule.days.filter((day) => day.dated).flatMap((day) =>
    day.items.map(({ item, key, start, until }) => {
      const speakers = (item.speakers ?? []).flatMap((s) => (typeof s === 'string' ? people.get(s)?.name ?? [] : s.name));
      const titles = (item.papers ?? []).flatMap((id) => {
        const paper = papers.get(id);
        return paper ? `${paper.title} (${paper.authors.join(', ')})` : [];
      });
      const description = [
        speakers.length ? `Speakers: ${speakers.join(', ')}` : '',
        titles.length ? `Papers:\n${titles.map((t) => `- ${t}`).join('\n')}` : '',
        item.description ?? '',
      ].filter(Boolean).join('\n\n');
      const location = [item.room, place].filter(Boolean).join(', ');
      const url = item.url ?? workshop.website;
      return {
        uid: `${key}.program@${name}.workshop-widgets`,
        title: workshop.shortName ? `${workshop.shortName}: ${item.title}` : item.title,
        start,
        end: until,
        ...(description && { description }),
        ...(location && { location }),
        ...(url && { url }),
      };
    }),
  );
}
