/**
 * Workshop data turned into calendar events: the workshop day (whole days, the same date everywhere) and
 * important dates (deadlines as the exact instant in their zone). Shared by <workshop-dates> and
 * <add-to-calendar>, with Google Calendar links; the file format itself is in ics.ts, which loads only when
 * someone downloads a file.
 */
import type { Workshop } from './schema.js';
import { formatInZone, parseDateValue, zoneLongName, type ResolvedDate } from './time.js';
import type { DatedEntry } from './workshop.js';

export interface CalendarEvent {
  /** Globally unique and stable, so re-importing updates the event instead of duplicating it. */
  uid: string;
  title: string;
  /** Start instant (ms since epoch). Ignored when `allDay` is given. */
  start: number;
  /** End instant; a deadline without one is a point in time. */
  end?: number;
  /** whole days, YYYY-MM-DD, end exclusive */
  allDay?: { start: string; end: string };
  description?: string;
  location?: string;
  url?: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** `20250211T115900Z`: an instant in UTC, so no VTIMEZONE block is needed for AoE or any IANA zone. */
export function icsUtc(instant: number): string {
  const d = new Date(instant);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** `20250211`: a whole day, as calendar files and Google Calendar write it. */
export function icsDay(day: string): string | null {
  const match = DAY.exec(day);
  return match ? `${match[1]}${match[2]}${match[3]}` : null;
}

/** A name safe in file names and UIDs: "MLMP @ ICLR" → "mlmp-iclr". */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'workshop'
  );
}

function workshopSlug(workshop: Workshop): string {
  return slug(workshop.shortName ?? workshop.title ?? 'workshop');
}

/** The `.ics` file name for one entry (`mlmp-submission.ics`) or the whole workshop (`mlmp.ics`). */
export function calendarFileName(workshop: Workshop, id?: string): string {
  return `${workshopSlug(workshop)}${id ? `-${slug(id)}` : ''}.ics`;
}

function uid(workshop: Workshop, id: string): string {
  return `${slug(id)}@${workshopSlug(workshop)}.workshop-widgets`;
}

/** `YYYY-MM-DD` of the day after `day`, for exclusive all-day ends. */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** First and exclusive last day of a date written as a day or a month. */
function dayRange(value: string, end?: string): { start: string; end: string } | null {
  const first = parseDateValue(value);
  if (!first || first.precision === 'minute') return null;
  const { year, month } = first.wall;
  const ym = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  const start = first.precision === 'month' ? `${ym}-01` : value;
  const last = end ? parseDateValue(end) : null;
  if (last && last.precision === 'day') return { start, end: nextDay(end!) };
  if (first.precision === 'month') {
    const lastDay = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    return { start, end: nextDay(lastDay) };
  }
  return { start, end: nextDay(value) };
}

function workshopTitle(workshop: Workshop): string {
  return workshop.shortName && workshop.shortName !== workshop.title ? `${workshop.shortName}: ${workshop.title}` : workshop.title;
}

function place(workshop: Workshop): string | undefined {
  const venue = workshop.venue;
  const parts = venue ? [venue.name, venue.room, venue.city, venue.country].filter(Boolean) : [];
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** The workshop day(s) as an all-day event; null while the date is TBD or only a month. */
export function workshopDayEvent(workshop: Workshop): CalendarEvent | null {
  if (workshop.dateTbd || !workshop.date) return null;
  const parsed = parseDateValue(workshop.date);
  if (!parsed || parsed.precision !== 'day') return null;
  const days = dayRange(workshop.date, workshop.endDate);
  if (!days) return null;
  return {
    uid: uid(workshop, 'workshop-day'),
    title: workshopTitle(workshop),
    start: Date.parse(`${days.start}T00:00:00Z`),
    allDay: days,
    ...(workshop.tagline && { description: workshop.tagline }),
    ...(place(workshop) && { location: place(workshop) }),
    ...(workshop.website && { url: workshop.website }),
  };
}

function whenText(resolved: ResolvedDate, locale?: string): string {
  return `${formatInZone(resolved.end, resolved.zone, { locale })} (${zoneLongName(resolved.zone, resolved.end, locale)})`;
}

/**
 * An important date as an event. Deadlines are the instant they close; a timed event or period runs from
 * start to end; a whole-day event or period is all-day. Null for TBD dates.
 */
export function dateEvent(workshop: Workshop, item: DatedEntry, locale?: string): CalendarEvent | null {
  const { entry, resolved } = item;
  if (!resolved || !entry.date) return null;
  const base = {
    uid: uid(workshop, entry.id),
    title: `${entry.label} (${workshop.shortName ?? workshop.title})`,
    ...(workshop.website && { url: workshop.website }),
  };
  const note = entry.note ? `\n${entry.note}` : '';
  if (entry.kind === 'deadline' && !entry.end) {
    return { ...base, start: resolved.end, description: `${entry.label}: ${whenText(resolved, locale)}${note}` };
  }
  const days = resolved.precision === 'minute' || resolved.endPrecision === 'minute' ? null : dayRange(entry.date, entry.end);
  if (days) return { ...base, start: resolved.start, allDay: days, ...(entry.note && { description: entry.note }) };
  return { ...base, start: resolved.start, end: resolved.end, description: `${entry.label}: ${whenText(resolved, locale)}${note}` };
}

/** A link that opens Google Calendar's "new event" form filled in with the event. */
export function googleCalendarUrl(event: CalendarEvent): string {
  let dates: string;
  if (event.allDay) {
    const start = icsDay(event.allDay.start) ?? '';
    const end = icsDay(event.allDay.end) ?? start;
    dates = `${start}/${end > start ? end : start}`;
  } else {
    const end = event.end !== undefined && event.end > event.start ? event.end : event.start;
    dates = `${icsUtc(event.start)}/${icsUtc(end)}`;
  }
  const params = new URLSearchParams({ action: 'TEMPLATE', text: event.title, dates });
  const details = [event.description, event.url].filter(Boolean).join('\n\n');
  if (details) params.set('details', details);
  if (event.location) params.set('location', event.location);
  return `https://calendar.google.com/calendar/render?${params}`;
}
