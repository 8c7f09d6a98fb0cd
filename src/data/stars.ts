/**
 * A visitor's stars ("My schedule"): program items and papers they picked, kept in localStorage per workshop.
 * No DOM. Storage is reached only when an element asks (never while rendering on a server), and every access is
 * guarded: private modes and sandboxed frames throw, and then the stars live for the page only.
 *
 * Ids are made of what the organizers wrote (the wall-clock start, room and title of an item, the id of a paper), not
 * of positions or instants, so an edited workshop file keeps the stars that still match and drops the others
 * quietly, and a day's date set later (or moved, or a zone corrected) keeps its stars.
 */
import type { CalendarEvent } from './calendar.js';
import type { Paper, Workshop } from './schema.js';
import { scheduleEvents, timedSchedule, type TimedItem } from './schedule.js';

const itemIds = new WeakMap<TimedItem, string>();

/**
 * An item's star id: "10:00 Hall A Keynote". The same start, room and title again later in the program (a poster
 * session every day) gets "#2", "#3"…, counted in the order the file writes days and a day's items.
 */
export function itemStarId(workshop: Workshop, timed: TimedItem): string {
  if (!itemIds.has(timed)) {
    const seen = new Map<string, number>();
    for (const day of [...(timedSchedule(workshop)?.days ?? [])].sort((a, b) => a.index - b.index)) {
      for (const each of day.items) {
        const base = `${each.item.start} ${each.item.room ?? ''} ${each.item.title}`;
        const count = (seen.get(base) ?? 0) + 1;
        seen.set(base, count);
        itemIds.set(each, count === 1 ? base : `${base} #${count}`);
      }
    }
  }
  return itemIds.get(timed) ?? `${timed.item.start} ${timed.item.room ?? ''} ${timed.item.title}`;
}

/**
 * Names that tell apart items sharing a title (two star buttons must not have the same accessible name): an item
 * whose title is its own is named by it; the others by their title and the first of `details` (e.g. [time], then
 * [day, time]) that no other item of that title shares, else the last: "Poster session, 3:00 PM".
 */
export function distinctNames<T>(items: readonly T[], title: (item: T) => string, details: ReadonlyArray<(item: T) => readonly string[]>): Map<T, string> {
  const byTitle = new Map<string, T[]>();
  for (const item of items) {
    const group = byTitle.get(title(item));
    if (group) group.push(item);
    else byTitle.set(title(item), [item]);
  }
  const names = new Map<T, string>();
  for (const [name, group] of byTitle) {
    if (group.length === 1 || details.length === 0) {
      for (const item of group) names.set(item, name);
      continue;
    }
    for (const [index, detail] of details.entries()) {
      const named = group.map((item) => [name, ...detail(item).filter(Boolean)].join(', '));
      if (new Set(named).size < group.length && index < details.length - 1) continue;
      group.forEach((item, i) => names.set(item, named[i]!));
      break;
    }
  }
  return names;
}

export const paperStarId = (paper: Pick<Paper, 'id'>) => `paper ${paper.id}`;

/** One key per workshop edition: title and conference, so last year's stars stay with last year's site. */
export const starStorageKey = (workshop: Workshop) =>
  `workshop-widgets:stars:${workshop.title} ${workshop.conference?.name ?? ''} ${workshop.conference?.year ?? ''}`;

const known = new WeakMap<Workshop, Set<string>>();
/** Stars of a page whose storage refused them. */
const memory = new Map<string, string>();
const listeners = new Set<() => void>();

/** Every id a star of this workshop may have. */
function starIds(workshop: Workshop): Set<string> {
  let ids = known.get(workshop);
  if (!ids) {
    const items = timedSchedule(workshop)?.days.flatMap((day) => day.items) ?? [];
    known.set(workshop, (ids = new Set([...items.map((timed) => itemStarId(workshop, timed)), ...(workshop.papers ?? []).map(paperStarId)])));
  }
  return ids;
}

/** The reader's stars that still name something in the workshop; anything else stored there (damaged, stale) is ignored. */
export function readStars(workshop: Workshop): Set<string> {
  const key = starStorageKey(workshop);
  const ids = starIds(workshop);
  let stored: unknown;
  try {
    stored = JSON.parse(memory.get(key) ?? localStorage.getItem(key) ?? '[]');
  } catch {
    // No storage, or not our data.
  }
  return new Set(Array.isArray(stored) ? stored.filter((id) => ids.has(id)) : []);
}

/** Stars `id`, or unstars it if starred, and tells every listener. Writing drops the stars of items no longer in the workshop. */
export function toggleStar(workshop: Workshop, id: string): void {
  const stars = readStars(workshop);
  if (!stars.delete(id)) stars.add(id);
  const key = starStorageKey(workshop);
  const value = JSON.stringify([...stars]);
  try {
    localStorage.setItem(key, value);
  } catch {
    memory.set(key, value);
  }
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a star changes on this page; returns the unsubscribe function. */
export function onStarsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A program item is in My schedule when it is starred or presents a starred paper. */
export const inMySchedule = (workshop: Workshop, timed: TimedItem, stars: Set<string>) =>
  stars.has(itemStarId(workshop, timed)) || !!timed.item.papers?.some((id) => stars.has(paperStarId({ id })));

/** The calendar events of My schedule, one per item (scheduleEvents lists the items of dated days, in order). */
export function myScheduleEvents(workshop: Workshop, stars: Set<string>): CalendarEvent[] {
  const items = timedSchedule(workshop)?.days.filter((day) => day.dated).flatMap((day) => day.items) ?? [];
  return scheduleEvents(workshop).filter((_, i) => inMySchedule(workshop, items[i]!, stars));
}
