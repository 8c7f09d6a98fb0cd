/**
 * The program as instants: wall-clock items of each day turned into moments in the schedule's zone,
 * sorted, grouped into rows (one item, or items running in parallel rooms), with overlaps, the current
 * item and day offsets worked out. No DOM, so it runs in Node and in benchmarks.
 */
import { slug } from './calendar.js';
import type { CalendarEvent } from './calendar.js';
import type { ScheduleDay, ScheduleItem, Workshop } from './schema.js';
import { AOE, dayKey, zonedTimeToInstant } from './time.js';
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
  /** Titles of earlier items in the same room (or both roomless) that are still running when this starts. */
  overlapsWith: string[];
}

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

const sameRoom = (a: TimedItem, b: TimedItem) => (a.item.room ?? '') === (b.item.room ?? '');

function timeDay(day: ScheduleDay, index: number, zone: string): TimedDay {
  const items: TimedItem[] = day.items
    .map((item, i) => {
      const start = zonedTimeToInstant(wallOf(day.date, item.start), zone);
      const end = item.end ? zonedTimeToInstant(wallOf(day.date, item.end), zone) : undefined;
      return { item, key: `d${index}-i${i}`, start, end, until: end ?? start, overlapsWith: [] as string[] };
    })
    .sort((a, b) => a.start - b.start); // stable: same start keeps the written order
  for (const [i, timed] of items.entries()) {
    if (timed.end !== undefined) continue;
    const next = items.slice(i + 1).find((other) => other.start > timed.start && (sameRoom(other, timed) || !other.item.room || !timed.item.room));
    timed.until = next ? next.start : timed.start + DEFAULT_ITEM_MS;
  }
  for (const [i, timed] of items.entries()) {
    timed.overlapsWith = items
      .slice(0, i)
      .filter((earlier) => sameRoom(earlier, timed) && earlier.end !== undefined && earlier.end > timed.start)
      .map((earlier) => earlier.item.title);
  }
  return { day, index, items, rows: groupRows(items, day.rooms ?? []) };
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
  const days = (workshop.schedule?.days ?? [])
    .map((day, index) => timeDay(day, index, zone))
    .filter((day) => day.items.length > 0)
    .sort((a, b) => a.items[0]!.start - b.items[0]!.start);
  const all = days.flatMap((day) => day.items);
  const result = all.length === 0
    ? null
    : { zone, days, start: Math.min(...all.map((t) => t.start)), until: Math.max(...all.map((t) => t.until)) };
  cache.set(workshop, result);
  return result;
}

/** Items running at `now` (several when rooms run in parallel). */
export function currentItems(schedule: TimedSchedule, now: number): TimedItem[] {
  if (now < schedule.start || now >= schedule.until) return [];
  return schedule.days.flatMap((day) => day.items.filter((timed) => timed.start <= now && now < timed.until));
}

/** The day whose program is under way at `now`, if any (from its first start to its last end). */
export function runningDay(schedule: TimedSchedule, now: number): TimedDay | undefined {
  return schedule.days.find((day) => {
    const first = day.items[0]!.start;
    const last = Math.max(...day.items.map((t) => t.until));
    return first <= now && now < last;
  });
}

/** Days between the calendar date of `instant` in `zone` and `date` (YYYY-MM-DD): +1 when it is the next day there. */
export function dayOffset(instant: number, zone: string, date: string): number {
  const there = dayKey(instant, zone);
  const utc = (key: string) => Date.UTC(+key.slice(0, 4), +key.slice(5, 7) - 1, +key.slice(8, 10));
  return Math.round((utc(there) - utc(date)) / 86_400_000);
}

/** "+1 day", "−2 days" (true minus sign), or "" for the same day. */
export function dayOffsetLabel(offset: number): string {
  if (offset === 0) return '';
  const size = Math.abs(offset);
  return `${offset > 0 ? '+' : '\u2212'}${size} ${size === 1 ? 'day' : 'days'}`;
}

/** "GMT−3", "GMT+5:30", "GMT": the offset alone, with a true minus sign, readable in any locale. */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'GMT';
  const size = Math.abs(minutes);
  const hours = Math.floor(size / 60);
  const rest = size % 60;
  return `GMT${minutes < 0 ? '\u2212' : '+'}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** A place name for the event zone: the venue's city when the venue is in it, else the zone's generic name. */
export function eventZoneName(workshop: Workshop, instant: number, locale?: string): string {
  const zone = eventTimeZone(workshop);
  const city = workshop.venue?.city;
  if (city && (!workshop.schedule?.timeZone || workshop.schedule.timeZone === workshop.timeZone)) return `${city} time`;
  if (zone === AOE) return 'Anywhere on Earth';
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
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
  return schedule.days.flatMap((day) =>
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
