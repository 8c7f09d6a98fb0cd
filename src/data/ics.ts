/**
 * Calendar files (RFC 5545) for deadlines, the workshop day and program items. Pure text: no DOM, so it
 * runs in Node and in the browser alike. The elements load it when someone asks for a file.
 */
import { icsDay, icsUtc, type CalendarEvent } from './calendar.js';

export interface IcsOptions {
  /** Calendar name shown by clients that support X-WR-CALNAME. */
  name?: string;
  prodId?: string;
}

const CRLF = '\r\n';
const DEFAULT_PROD_ID = '-//workshop-widgets//Workshop Widgets//EN';

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
