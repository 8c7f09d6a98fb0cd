/**
 * schema.org `Event` data (JSON-LD) for search engines and link previews, built from the workshop file alone:
 * nothing that the file does not say is added. Pure functions, no DOM: the prerender step calls them in Node,
 * and <workshop-data> loads this module on demand in the browser when the page carries no Event data yet.
 *
 * Google's Event rich results require `name`, `startDate` and `location` (a Place with an address, or a
 * VirtualLocation with a url) and recommend `description`, `endDate`, `eventAttendanceMode`, `eventStatus`,
 * `image`, `offers`, `organizer` and `performer`. `offers` is left out on purpose: the file has no tickets or
 * prices, and an invented offer would be shown as a price in search results.
 */
import type { Workshop } from './schema.js';
import { offsetMinutesAt, zonedTimeToInstant } from './time.js';
import { institutions, membersOf, type RoleMember } from './workshop.js';

type Json = Record<string, unknown>;

const SCHEMA = 'https://schema.org/';
/** Longest description: whole sentences up to this many characters, else words and an ellipsis. */
const DESCRIPTION_LENGTH = 300;

/**
 * `2026-04-26T09:00:00-04:00`: the wall-clock time in `zone` with that zone's offset on that day, so summer and
 * winter differ where the zone keeps daylight-saving time. A time that a clock change skips moves past the jump.
 */
function zonedIso(day: string, time: string, zone: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const instant = zonedTimeToInstant({ year, month, day: date, hour: +time.slice(0, 2), minute: +time.slice(3, 5) }, zone);
  const offset = offsetMinutesAt(instant, zone);
  // Read as UTC: the instant moved by the offset is the wall clock; the offset's size is hours and minutes.
  const utc = (ms: number, from: number, to: number) => new Date(ms).toISOString().slice(from, to);
  return `${utc(instant + offset * 60_000, 0, 16)}:00${offset < 0 ? '-' : '+'}${utc(Math.abs(offset) * 60_000, 11, 16)}`;
}

/** An absolute http(s) address, resolving a relative one against `base`; undefined when there is none. */
function absolute(value: string | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Markdown as plain text: the words a reader sees, without link targets, emphasis marks, tags or list markers. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[^]*?```/g, ' ')
    .replace(/!?\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])/g, '$1')
    .replace(/<(https?:[^>\s]*)>/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/^ {0,3}(?:#{1,6} +|>+ ?|[-*+] +|\d+[.)] +)/gm, '')
    .replace(/(?<![\w\\])(\*\*|__|~~|[*_`])(?=\S)(.*?[^\s\\])\1(?!\w)/g, '$2')
    .replace(/\\(?=[!-/:-@[-`{-~])/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whole sentences that fit, else the words that fit and an ellipsis. */
function shorten(text: string): string {
  if (text.length <= DESCRIPTION_LENGTH) return text;
  const cut = text.slice(0, DESCRIPTION_LENGTH + 1);
  const sentences = /^.*[.!?](?= )/.exec(cut)?.[0];
  return sentences && sentences.length > DESCRIPTION_LENGTH / 2 ? sentences : `${cut.replace(/\s+\S*$/, '')}…`;
}

const person = ({ person }: RoleMember): Json => ({
  '@type': 'Person',
  name: person.name,
  honorificPrefix: person.honorific,
  url: absolute(person.homepage),
  affiliation: institutions(person).length ? institutions(person).map((name) => ({ '@type': 'Organization', name })) : undefined,
});

const one = <T>(items: T[]): T | T[] | undefined => (items.length > 1 ? items : items[0]);

/**
 * The workshop as a schema.org `Event`, or null when it has no day yet: no date, `dateTbd`, or only a month.
 * Google requires `startDate` and shows its day in the result, so a month would be shown as a day that was
 * never announced. Times come from the schedule (first item of the first day, end of the last item of the
 * last day) in the event's zone, with its UTC offset; without a schedule or a zone the dates are days only.
 * `options.url` is the page's address: the event's url when the file names no website, and the base of
 * relative image paths.
 */
export function workshopJsonLd(workshop: Workshop, options: { url?: string } = {}): Json | null {
  const { date, venue, modes = [], conference } = workshop;
  if (workshop.dateTbd || !date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  const first = date.slice(0, 10);
  const last = workshop.endDate ?? first;
  const zone = workshop.schedule?.timeZone ?? workshop.timeZone;
  const items = (day: string) => (workshop.schedule?.days ?? []).filter((entry) => entry.date === day).flatMap((entry) => entry.items);
  const starts = items(first).map((item) => item.start).sort();
  const startTime = date.slice(11) || starts[0];
  // The end is known when an item on the last day ends after the last one starts.
  const ends = items(last).map((item) => item.end ?? '').sort();
  const lastStart = items(last).map((item) => item.start).sort().pop();
  const endTime = lastStart && ends[ends.length - 1]! > lastStart ? ends[ends.length - 1] : undefined;
  const startDate = zone && startTime ? zonedIso(first, startTime, zone) : first;
  const endDate = zone && endTime && (last > first || endTime > startTime!) ? zonedIso(last, endTime, zone) : last;

  const url = absolute(workshop.website, options.url) ?? absolute(options.url);
  const base = options.url ?? url;
  // Without "modes", the venue and the stream link say how people attend.
  const online = modes.includes('virtual') || modes.includes('hybrid') || (!modes.length && !!workshop.virtualUrl);
  const offline = modes.includes('in-person') || modes.includes('hybrid') || (!modes.length && !!venue);
  const locations: Json[] = [];
  if (offline && venue && (venue.name || venue.address || venue.city || venue.country)) {
    locations.push({
      '@type': 'Place',
      name: venue.name ?? [venue.city, venue.country].filter(Boolean).join(', '),
      address: { '@type': 'PostalAddress', streetAddress: venue.address, addressLocality: venue.city, addressCountry: venue.country },
      hasMap: absolute(venue.mapUrl),
    });
  }
  // Where people join: the stream, else the website that tells them how.
  const joinUrl = online ? absolute(workshop.virtualUrl, base) ?? url : undefined;
  if (joinUrl) locations.push({ '@type': 'VirtualLocation', url: joinUrl });

  const description = workshop.tagline || workshop.overview;
  const organizers = membersOf(workshop, 'organizers');
  const speakers = membersOf(workshop, 'speakers').filter((member) => (member as { confirmed?: boolean }).confirmed !== false);
  const images = [workshop.banner, workshop.logo].flatMap((image) => absolute(image?.src, base) ?? []);
  const event = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: workshop.title,
    alternateName: workshop.shortName,
    startDate,
    endDate,
    // The schema has no field for a cancelled or postponed workshop, so a dated one is scheduled.
    eventStatus: `${SCHEMA}EventScheduled`,
    eventAttendanceMode: online || offline ? `${SCHEMA}${online ? (offline ? 'Mixed' : 'Online') : 'Offline'}EventAttendanceMode` : undefined,
    location: one(locations),
    description: description ? shorten(plainText(description)) || undefined : undefined,
    image: one(images),
    url,
    organizer: organizers.length
      ? one(organizers.map(person))
      : url && { '@type': 'Organization', name: workshop.shortName ?? workshop.title, url },
    performer: one(speakers.map(person)),
    superEvent: conference && {
      '@type': 'Event',
      name: conference.year ? `${conference.name} ${conference.year}` : conference.name,
      url: absolute(conference.url),
    },
  };
  // Drops every undefined property, at any depth.
  return JSON.parse(JSON.stringify(event)) as Json;
}

/**
 * JSON for the inside of `<script type="application/ld+json">`: `<`, `>` and `&` as \u escapes so no text in
 * the data can close the script or open a comment, and U+2028/U+2029 escaped for old JavaScript parsers.
 */
export function jsonLdScriptText(data: unknown): string {
  return (JSON.stringify(data) ?? 'null').replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** schema.org's Event and its subtypes (EducationEvent, Hackathon, ...), bare or with the schema.org prefix. */
const EVENT_TYPE = /^(?:(?:https?:\/\/)?schema\.org\/|schema:)?(?:\w*Event|CourseInstance|EventSeries|Festival|Hackathon)$/;

function describesEvent(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(describesEvent);
  if (!node || typeof node !== 'object') return false;
  const { '@type': type, '@graph': graph } = node as Json;
  return [type].flat().some((name) => typeof name === 'string' && EVENT_TYPE.test(name)) || describesEvent(graph);
}

/** True when one of these ld+json texts (top level, a list, or an @graph) describes an Event; broken JSON is skipped. */
export function hasEventJsonLd(texts: Iterable<string | null>): boolean {
  for (const text of texts) {
    try {
      if (describesEvent(JSON.parse(text ?? ''))) return true;
    } catch {
      // Not JSON: it describes nothing.
    }
  }
  return false;
}
