/**
 * Calendar files (RFC 5545) and Google Calendar links for deadlines, the workshop day and program items.
 * Pure text: no DOM, so it runs in Node and in the browser alike.
 */

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

export interface IcsOptions {
  /** Calendar name shown by clients that support X-WR-CALNAME. */
  name?: string;
  prodId?: string;
}

const CRLF = '\r\n';
const DEFAULT_PROD_ID = '-//workshop-widgets//Workshop Widgets//EN';
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** `20250211T115900Z`: an instant in UTC, so no VTIMEZONE block is needed for AoE or any IANA zone. */
export function icsUtc(instant: number): string {
  const d = new Date(instant);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function icsDay(day: string): string | null {
  const match = DAY.exec(day);
  return match ? `${match[1]}${match[2]}${match[3]}` : null;
}

/** TEXT value escaping; line breaks become `\n` so a value can never start a new property. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''); // other controls are not allowed in TEXT
}

/** URI values are not TEXT-escaped, but must not carry line breaks or controls either. */
function cleanUri(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f\u2028\u2029]/g, (c) => (c === ' ' ? '%20' : ''));
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (continuations start with a space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines spend one octet on the leading space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

function eventLines(event: CalendarEvent, stamp: string): string[] | null {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${stamp}`];
  if (event.allDay) {
    const start = icsDay(event.allDay.start);
    const end = icsDay(event.allDay.end);
    if (!start || !end) return null;
    lines.push(`DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end > start ? end : start}`);
  } else {
    if (!Number.isFinite(event.start)) return null;
    lines.push(`DTSTART:${icsUtc(event.start)}`);
    if (event.end !== undefined && Number.isFinite(event.end) && event.end > event.start) lines.push(`DTEND:${icsUtc(event.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${cleanUri(event.url)}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A VCALENDAR with one VEVENT per event; events without a usable date are left out rather than written broken. */
export function buildIcs(events: CalendarEvent[], options: IcsOptions = {}): string {
  const stamp = icsUtc(Date.now());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(options.prodId ?? DEFAULT_PROD_ID)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const event of events) lines.push(...(eventLines(event, stamp) ?? []));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
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
