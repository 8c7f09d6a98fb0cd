/**
 * Time as organizers write it (a day, a wall-clock time, a zone) and as readers need it (an instant,
 * shown in the event's zone and in their own). Only `Intl` is used: it knows every IANA zone and its
 * daylight-saving history, so no zone database ships in the bundle.
 */

/** Anywhere on Earth: UTC−12 all year, the zone of most paper deadlines. */
export const AOE = 'AoE';
/** IANA's name for UTC−12 (the sign is inverted in Etc/ names). */
const AOE_IANA = 'Etc/GMT+12';

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
}

export type DatePrecision = 'month' | 'day' | 'minute';

export interface ParsedDate {
  wall: WallClock;
  precision: DatePrecision;
}

const DATE_VALUE = /^(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `2026-07`, `2026-01-30` or `2026-01-30T23:59`; null when the text is not such a date or the day does not exist. */
export function parseDateValue(value: string): ParsedDate | null {
  const match = DATE_VALUE.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match;
  const wall: WallClock = { year: +y!, month: +mo!, day: d ? +d : 1, hour: h ? +h : 0, minute: mi ? +mi : 0 };
  if (wall.month < 1 || wall.month > 12) return null;
  if (wall.day < 1 || wall.day > daysInMonth(wall.year, wall.month)) return null;
  if (wall.hour > 23 || wall.minute > 59) return null;
  return { wall, precision: h ? 'minute' : d ? 'day' : 'month' };
}

export function isCalendarDate(value: string): boolean {
  return parseDateValue(value) !== null;
}

export function isWallClockTime(value: string): boolean {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  return match !== null && +match[1]! <= 23 && +match[2]! <= 59;
}

/**
 * A fixed offset as sites write it ("UTC-7", "GMT+05:30", "+02:00", "UTC"): minutes east of UTC, else
 * undefined. Read here rather than by Intl, which accepts such names differently in each engine, and in the
 * plain sense: "GMT-3" is three hours behind (unlike IANA's inverted "Etc/GMT-3", which Intl still reads).
 */
export function fixedOffsetMinutes(zone: string): number | undefined {
  const match = /^(UTC|GMT)?(?:([+\-\u2212])(\d\d?)(?::?(\d\d))?)?$/i.exec(zone);
  if (!match || !(match[1] || match[2])) return undefined;
  const minutes = +(match[3] ?? 0) * 60 + +(match[4] ?? 0);
  return minutes > 14 * 60 || +(match[4] ?? 0) > 59 ? undefined : match[2] && match[2] !== '+' ? -minutes : minutes;
}

const zoneCache = new Map<string, boolean>();

export function isKnownTimeZone(zone: string): boolean {
  if (zone === AOE || fixedOffsetMinutes(zone) !== undefined) return true;
  let known = zoneCache.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    zoneCache.set(zone, known);
  }
  return known;
}

/** The zone name `Intl` understands; a fixed offset is read as UTC at an instant moved by `shifted`. */
export function intlTimeZone(zone: string): string {
  return zone === AOE ? AOE_IANA : fixedOffsetMinutes(zone) !== undefined ? 'UTC' : zone;
}

/** The instant whose UTC reading is the wall clock of a fixed-offset zone; other zones are left to Intl. */
function shifted(instant: number, zone: string): number {
  return instant + (fixedOffsetMinutes(zone) ?? 0) * 60_000;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: intlTimeZone(zone),
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    offsetFormatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of `instant` in `zone`. */
export function wallClockAt(instant: number, zone: string): WallClock & { second: number } {
  const parts: Record<string, string> = {};
  for (const part of offsetFormatter(zone).formatToParts(shifted(instant, zone))) parts[part.type] = part.value;
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes to add to UTC to get the zone's wall clock at `instant` (e.g. −180 for Rio, −720 for AoE). */
export function offsetMinutesAt(instant: number, zone: string): number {
  const fixed = fixedOffsetMinutes(zone);
  if (fixed !== undefined) return fixed;
  // Asking Intl costs tens of microseconds; a program asks for the same few instants thousands of times.
  const key = `${zone} ${instant}`;
  let offset = knownOffsets.get(key);
  if (offset === undefined) {
    const wall = wallClockAt(instant, zone);
    const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
    offset = Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
    if (knownOffsets.size > 5000) knownOffsets.clear();
    knownOffsets.set(key, offset);
  }
  return offset;
}

const knownOffsets = new Map<string, number>();

function wallAsUtc(wall: WallClock): number {
  const date = new Date(Date.UTC(2000, wall.month - 1, wall.day, wall.hour, wall.minute));
  date.setUTCFullYear(wall.year); // Date.UTC maps years 0-99 to 1900-1999
  return date.getTime();
}

/**
 * The instant at which clocks in `zone` read `wall`. A time that a daylight-saving jump skips is moved
 * forward by the jump, and a time that happens twice takes the earlier one (Temporal's "compatible").
 */
export function zonedTimeToInstant(wall: WallClock, zone: string): number {
  const local = wallAsUtc(wall);
  const before = offsetMinutesAt(local - 86_400_000, zone);
  const after = offsetMinutesAt(local + 86_400_000, zone);
  const candidates = [...new Set([before, after])]
    .map((offset) => local - offset * 60_000)
    .filter((instant) => offsetMinutesAt(instant, zone) * 60_000 === local - instant)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return candidates[0]!;
  // In a gap: read the wall clock with the offset from before the jump, which lands after it.
  return local - before * 60_000;
}

export interface ResolvedDate {
  /** First instant covered (start of the day, of the month, or the exact time). */
  start: number;
  /** The moment that matters for "passed": the deadline itself, or the end of the day, month or period. */
  end: number;
  precision: DatePrecision;
  /** Precision of the end of a period (for formatting "Jan 31 – Feb 7"). */
  endPrecision: DatePrecision;
  zone: string;
  /** True when the end was implied: a deadline given as a day means 23:59 that day. */
  impliedTime: boolean;
}

const END_OF_DAY = { hour: 23, minute: 59 };

function lastWall(parsed: ParsedDate): WallClock {
  const { wall, precision } = parsed;
  if (precision === 'minute') return wall;
  const day = precision === 'month' ? daysInMonth(wall.year, wall.month) : wall.day;
  return { ...wall, day, ...END_OF_DAY };
}

/**
 * Turns what the organizers wrote into instants. A deadline on a day ends at 23:59 that day in its zone;
 * other dates on a day cover the whole day; a month covers the whole month; a period runs to its end.
 */
export function resolveDate(
  value: string,
  zone: string,
  options: { kind?: string; end?: string } = {},
): ResolvedDate | null {
  const parsed = parseDateValue(value);
  if (!parsed) return null;
  const endParsed = options.end ? parseDateValue(options.end) : null;
  const isDeadline = options.kind === undefined || options.kind === 'deadline';
  const endWall = lastWall(endParsed ?? parsed);
  const end = zonedTimeToInstant(endWall, zone);
  const start = isDeadline && !endParsed && parsed.precision === 'day' ? end : zonedTimeToInstant(parsed.wall, zone);
  return {
    start,
    end,
    precision: parsed.precision,
    endPrecision: (endParsed ?? parsed).precision,
    zone,
    impliedTime: isDeadline && !endParsed && parsed.precision === 'day',
  };
}

/** The viewer's zone, as the browser reports it. */
export function viewerTimeZone(): string {
  // Building a DateTimeFormat costs a tenth of a millisecond and a program asks once per item: ask once a second.
  const now = Date.now();
  if (now - viewer.at >= 1000 || now < viewer.at) viewer = { at: now, zone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  return viewer.zone;
}

let viewer = { at: -Infinity, zone: 'UTC' };

/** A fixed offset as the organizers wrote it, in capitals with a true minus sign: "UTC−7", "UTC+02:00". */
function fixedOffsetLabel(zone: string): string {
  return (/^[+\-\u2212]/.test(zone) ? 'UTC' : '') + zone.toUpperCase().replace('-', '\u2212');
}

/** "UTC+2", "UTC−3", "UTC+5:30", "UTC": an offset east of UTC in minutes, written the same in every language. */
export function offsetLabel(minutes: number): string {
  const size = Math.abs(minutes);
  const rest = size % 60;
  return minutes === 0 ? 'UTC' : `UTC${minutes < 0 ? '\u2212' : '+'}${Math.floor(size / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/**
 * A zone's name for display: "AoE", "UTC", "UTC−7" as written, else its offset at that instant ("UTC+2").
 * One style for every zone and language: abbreviations exist only for some zones (en: "PST" but "GMT+2" for
 * Vienna) and change with the locale ("MEZ"), so a page would mix styles. `locale` is kept for callers.
 */
export function zoneLabel(zone: string, instant: number, _locale?: string): string {
  if (zone === AOE) return 'AoE';
  if (zone === 'Etc/UTC' || fixedOffsetMinutes(zone) !== undefined) return zone === 'Etc/UTC' ? 'UTC' : fixedOffsetLabel(zone);
  return offsetLabel(offsetMinutesAt(instant, zone));
}

/** A zone's name for screen readers and titles: "Anywhere on Earth (UTC−12)", "Brasilia Standard Time", "UTC−7". */
export function zoneLongName(zone: string, instant: number, locale?: string): string {
  if (zone === AOE) return 'Anywhere on Earth (UTC−12)';
  // "UTC" and "GMT" keep the locale's name ("Coordinated Universal Time").
  if (/\d/.test(zone) && fixedOffsetMinutes(zone) !== undefined) return fixedOffsetLabel(zone);
  const part = new Intl.DateTimeFormat(locale, { timeZone: intlTimeZone(zone), timeZoneName: 'long' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

export interface FormatOptions {
  locale?: string;
  precision?: DatePrecision;
  /** Include the weekday ("Tue, Feb 10, 2026"). */
  weekday?: boolean;
  /** Leave out the year (for lists where it is obvious). */
  year?: boolean;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

function dateTimeOptions(zone: string, options: FormatOptions): Intl.DateTimeFormatOptions {
  const precision = options.precision ?? 'minute';
  const result: Intl.DateTimeFormatOptions = { timeZone: intlTimeZone(zone), month: precision === 'month' ? 'long' : 'short' };
  if (options.year !== false) result.year = 'numeric';
  if (precision !== 'month') result.day = 'numeric';
  if (options.weekday && precision !== 'month') result.weekday = 'short';
  if (precision === 'minute') {
    result.hour = '2-digit';
    result.minute = '2-digit';
    result.hourCycle = 'h23'; // deadlines are written "23:59 AoE" everywhere; 12-hour clocks make 11:59 PM vs AM errors
  }
  return result;
}

/** "Feb 10, 2026, 11:59 PM" in `zone`, without the zone name (see `formatInZone`). */
export function formatInstant(instant: number, zone: string, options: FormatOptions = {}): string {
  return formatter(options.locale, dateTimeOptions(zone, options)).format(shifted(instant, zone));
}

/** "Feb 10, 2026, 23:59 AoE": the date and time with the zone named, as every time shown must be. */
export function formatInZone(instant: number, zone: string, options: FormatOptions = {}): string {
  const text = formatInstant(instant, zone, options);
  return (options.precision ?? 'minute') === 'minute' ? `${text} ${zoneLabel(zone, instant, options.locale)}` : text;
}

/** "Jan 31 – Feb 7, 2026", using the locale's own range format. */
export function formatRange(start: number, end: number, zone: string, options: FormatOptions = {}): string {
  return formatter(options.locale, dateTimeOptions(zone, options)).formatRange(shifted(start, zone), shifted(end, zone));
}

/** "09:30" style time of day in `zone`. */
export function formatTimeOfDay(instant: number, zone: string, locale?: string): string {
  return formatter(locale, { timeZone: intlTimeZone(zone), hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(shifted(instant, zone));
}

/** The calendar day of `instant` in `zone` as `YYYY-MM-DD`, for comparing days across zones. */
export function dayKey(instant: number, zone: string): string {
  const date = new Date(instant + offsetMinutesAt(instant, zone) * 60_000);
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * "in 3 days", "2 hours ago", in the page's language. Rounded to the nearest unit, so 1 day 23 hours reads
 * "in 2 days" and not "tomorrow"; symmetric, so 1.5 hours ago is "2 hours ago".
 */
export function formatRelative(instant: number, now: number, locale?: string): string {
  const diff = instant - now;
  const abs = Math.abs(diff);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (abs < 60_000) return rtf.format(Math.round(diff / 1000), 'second');
  const [unit, size] = RELATIVE_UNITS.find(([, ms]) => abs >= ms)!;
  return rtf.format(Math.sign(diff) * Math.round(abs / size), unit);
}

export interface Remaining {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  totalMs: number;
}

export function remainingUntil(instant: number, now: number): Remaining {
  const totalMs = Math.max(0, instant - now);
  const totalSeconds = Math.floor(totalMs / 1000);
  return {
    days: Math.floor(totalSeconds / 86_400),
    hours: Math.floor((totalSeconds % 86_400) / 3600),
    minutes: Math.floor((totalSeconds % 3600) / 60),
    seconds: totalSeconds % 60,
    totalMs,
  };
}

/**
 * A calendar date as written ("2026-04-27", "2026-07"), or a range of them, without any zone conversion:
 * the workshop day is the same day wherever the reader is.
 */
export function formatCalendarDate(value: string, options: { locale?: string; end?: string; weekday?: boolean } = {}): string {
  const start = parseDateValue(value);
  if (!start) return value;
  const precision = start.precision === 'month' ? 'month' : 'day';
  const at = (wall: WallClock) => wallAsUtc({ ...wall, hour: 12, minute: 0 });
  const format = { locale: options.locale, precision, weekday: options.weekday } as FormatOptions;
  const end = options.end ? parseDateValue(options.end) : null;
  if (end && options.end !== value) return formatRange(at(start.wall), at(end.wall), 'UTC', format);
  return formatInstant(at(start.wall), 'UTC', format);
}
