/**
 * How an important date reads: in the zone the organizers wrote it in ("Feb 10, 2025, 23:59 AoE") and in
 * the reader's zone, plus the `datetime` value for <time>. Shared by the date, countdown and calendar elements.
 */
import { formatCalendarDate, formatInZone, formatRange, zoneLabel, type ResolvedDate } from './time.js';
import type { DatedEntry } from './workshop.js';

/** True when the date is a moment (a deadline, or a time of day), so the reader's local time matters. */
export function isTimed(item: DatedEntry): boolean {
  const { resolved, entry } = item;
  if (!resolved || resolved.precision === 'month') return false;
  return (entry.kind === 'deadline' && !entry.end) || resolved.precision === 'minute';
}

/** The instant a countdown or "in 3 days" refers to: when a deadline closes, or when an event starts. */
export function keyInstant(item: DatedEntry): number | null {
  if (!item.resolved) return null;
  return item.entry.kind === 'deadline' && !item.entry.end ? item.resolved.end : item.resolved.start;
}

function timedText(resolved: ResolvedDate, zone: string, point: boolean, locale?: string): string {
  if (point) return formatInZone(resolved.end, zone, { locale });
  return `${formatRange(resolved.start, resolved.end, zone, { locale })} ${zoneLabel(zone, resolved.start, locale)}`;
}

/** " (AoE)" after a whole day whose zone the organizers stated: the day begins and ends in that zone. */
function dayZone(item: DatedEntry, instant: number): string {
  return item.entry.timeZone && item.resolved?.precision === 'day' ? ` (${zoneLabel(item.zone, instant)})` : '';
}

/** The date as written, in its own zone; whole days and months read the same everywhere, unless a zone was stated; `tba` without a date. */
export function recordText(item: DatedEntry, locale: string | undefined, tba: string): string {
  const { resolved, entry } = item;
  if (!resolved || !entry.date) return tba;
  if (!isTimed(item)) return formatCalendarDate(entry.date, { locale, ...(entry.end && { end: entry.end }) }) + dayZone(item, resolved.start);
  return timedText(resolved, item.zone, entry.kind === 'deadline' && !entry.end, locale);
}

/** The same moment on the reader's clock; null when it would say the same thing or the date is not a moment. */
export function localText(item: DatedEntry, viewerZone: string, locale?: string): string | null {
  const { resolved, entry } = item;
  if (!resolved || !isTimed(item)) return null;
  const local = timedText(resolved, viewerZone, entry.kind === 'deadline' && !entry.end, locale);
  return local === recordText(item, locale, '') ? null : local;
}

/** An earlier date of an extended deadline, in the words of the current one: a day stays a day, a deadline keeps its time. */
export function previousText(item: DatedEntry, previous: ResolvedDate, locale?: string): string {
  if (previous.precision === 'month') return formatInZone(previous.end, item.zone, { locale, precision: 'month' });
  if (!isTimed({ ...item, resolved: previous })) return formatInZone(previous.start, item.zone, { locale, precision: 'day' }) + dayZone(item, previous.start);
  // The time and zone the current date ends with (", 23:59 AoE") go without saying: "Extended from Jan 20, 2027".
  const text = formatInZone(previous.end, item.zone, { locale });
  const current = recordText(item, locale, '');
  const tail = current.slice(current.lastIndexOf(','));
  return text.endsWith(tail) ? text.slice(0, -tail.length) : text;
}

/** The machine-readable value of <time datetime>: an ISO instant for moments, the date as written otherwise. */
export function datetimeValue(item: DatedEntry): string | undefined {
  const instant = keyInstant(item);
  if (instant === null) return undefined;
  return isTimed(item) ? new Date(instant).toISOString() : item.entry.date?.slice(0, 10);
}

/** "1 Dec 2026" of "as of 1 Dec 2026": when a state shown in prerendered HTML (passed, next) was true. */
export function asOfDate(now: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(now);
}
