// schema.org Event data (src/data/json-ld.ts) checked against what Google's Event rich results require and
// recommend (https://developers.google.com/search/docs/appearance/structured-data/event), for every demo
// workshop and for the edge cases: no day yet, date only, hybrid, virtual only, and daylight-saving time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hasEventJsonLd, jsonLdScriptText, plainText, validateWorkshop, workshopJsonLd, type Workshop } from '../../src/data/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PAGE = 'https://example.org/workshop/';

type Json = Record<string, any>;

interface Report {
  /** Missing or malformed required properties: Google shows no event result. */
  errors: string[];
  /** Missing recommended properties: Google lists them as warnings. */
  warnings: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?$/;
const SCHEMA = 'https://schema.org/';
const ATTENDANCE = ['Offline', 'Online', 'Mixed'].map((mode) => `${SCHEMA}${mode}EventAttendanceMode`);
const STATUS = ['EventScheduled', 'EventCancelled', 'EventMovedOnline', 'EventPostponed', 'EventRescheduled'].map((status) => SCHEMA + status);
const ADDRESS_PARTS = ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry'];

const list = (value: unknown): Json[] => (value === undefined ? [] : Array.isArray(value) ? value : [value as Json]);
const isAbsoluteUrl = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^/\s]/.test(value);
const isText = (value: unknown) => typeof value === 'string' && value.trim() !== '';
/** True when `end` comes before `start`: instants when both have times, else days (a day lasts all day). */
const endsBeforeStart = (start: string, end: string) =>
  start.length > 10 && end.length > 10 ? Date.parse(end) < Date.parse(start) : end.slice(0, 10) < start.slice(0, 10);

/**
 * Google's Event rich result rules. Required: name, startDate (ISO 8601; a time carries its offset), location
 * (a Place with an address, or a VirtualLocation with a url, matching the attendance mode). Recommended:
 * description, endDate, eventAttendanceMode, eventStatus, image, offers, organizer (name and url), performer (name).
 */
function checkGoogleEvent(data: Json | null): Report {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (!data) return { errors: ['no data'], warnings };
  if (data['@context'] !== 'https://schema.org') errors.push('@context');
  if (data['@type'] !== 'Event') errors.push('@type');
  if (!isText(data.name)) errors.push('name');
  if (typeof data.startDate !== 'string' || !ISO_DATE.test(data.startDate)) errors.push('startDate');

  const locations = list(data.location);
  const places = locations.filter((l) => l['@type'] === 'Place');
  const virtual = locations.filter((l) => l['@type'] === 'VirtualLocation');
  if (locations.length === 0) errors.push('location');
  if (locations.length !== places.length + virtual.length) errors.push('location.@type');
  for (const place of places) {
    const address = place.address;
    const hasAddress = isText(address) || (address?.['@type'] === 'PostalAddress' && ADDRESS_PARTS.some((part) => isText(address[part])));
    if (!hasAddress) errors.push('location.address');
    if (!isText(place.name)) warnings.push('location.name');
  }
  for (const online of virtual) if (!isAbsoluteUrl(online.url)) errors.push('location.url');

  if (!isText(data.description)) warnings.push('description');
  if (data.endDate === undefined) warnings.push('endDate');
  else if (typeof data.endDate !== 'string' || !ISO_DATE.test(data.endDate)) errors.push('endDate');
  else if (endsBeforeStart(data.startDate, data.endDate)) errors.push('endDate before startDate');
  if (data.eventAttendanceMode === undefined) warnings.push('eventAttendanceMode');
  else if (!ATTENDANCE.includes(data.eventAttendanceMode)) errors.push('eventAttendanceMode');
  else {
    const mode = data.eventAttendanceMode.slice(SCHEMA.length, -'EventAttendanceMode'.length);
    if (mode !== 'Online' && places.length === 0) errors.push(`${mode} event without a Place`);
    if (mode !== 'Offline' && virtual.length === 0) errors.push(`${mode} event without a VirtualLocation`);
  }
  if (data.eventStatus === undefined) warnings.push('eventStatus');
  else if (!STATUS.includes(data.eventStatus)) errors.push('eventStatus');
  if (data.image === undefined) warnings.push('image');
  else if (!list(data.image).every(isAbsoluteUrl)) errors.push('image');
  // Recommended, but the workshop file has no tickets or prices: left out on purpose (see src/data/json-ld.ts).
  if (data.offers === undefined) warnings.push('offers');
  const organizers = list(data.organizer);
  if (organizers.length === 0) warnings.push('organizer');
  for (const organizer of organizers) {
    if (!['Person', 'Organization'].includes(organizer['@type'])) errors.push('organizer.@type');
    if (!isText(organizer.name)) errors.push('organizer.name');
    if (!isAbsoluteUrl(organizer.url)) warnings.push('organizer.url');
  }
  const performers = list(data.performer);
  if (performers.length === 0) warnings.push('performer');
  for (const performer of performers) {
    if (!['Person', 'PerformingGroup', 'Organization'].includes(performer['@type'])) errors.push('performer.@type');
    if (!isText(performer.name)) errors.push('performer.name');
  }
  if (data.url !== undefined && !isAbsoluteUrl(data.url)) errors.push('url');
  return { errors, warnings: [...new Set(warnings)] };
}

/** workshopJsonLd, typed loosely for reading properties in assertions. */
const eventOf = (w: Workshop, options?: { url?: string }) => workshopJsonLd(w, options) as Json | null;

function workshop(input: Json): Workshop {
  const result = validateWorkshop(input);
  assert.ok(result.ok, JSON.stringify(result.issues));
  return result.workshop;
}

const BASE = { title: 'Test Workshop', venue: { name: 'Hall 1', city: 'Boston', country: 'USA' }, modes: ['in-person'] };

// ---- the rule checker itself ----

test('the checker flags what Google requires and warns about what it recommends', () => {
  assert.deepEqual(checkGoogleEvent({ '@context': 'https://schema.org', '@type': 'Event' }).errors, ['name', 'startDate', 'location']);
  const bad = checkGoogleEvent({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: 'X',
    startDate: '2026-07-15T09:00', // a time without its offset
    location: [{ '@type': 'Place', name: 'Hall' }, { '@type': 'VirtualLocation' }],
    organizer: { '@type': 'Person' },
  });
  assert.deepEqual(bad.errors, ['startDate', 'location.address', 'location.url', 'organizer.name']);
  assert.deepEqual(bad.warnings, ['description', 'endDate', 'eventAttendanceMode', 'eventStatus', 'image', 'offers', 'organizer.url', 'performer']);
});

// ---- every demo workshop ----

const demoFiles = readdirSync(`${root}demo/workshops`).filter((name) => name.endsWith('.json'));

for (const file of demoFiles) {
  test(`demo/workshops/${file}: Event data meets Google's requirements, or there is none while the day is unknown`, () => {
    const raw = JSON.parse(readFileSync(`${root}demo/workshops/${file}`, 'utf8'));
    const w = workshop(raw);
    const data = eventOf(w, { url: PAGE });
    if (w.dateTbd || !w.date || /^\d{4}-\d{2}$/.test(w.date)) {
      assert.equal(data, null, 'no day, no Event: Google requires startDate');
      return;
    }
    const report = checkGoogleEvent(data);
    assert.deepEqual(report.errors, []);
    // Every recommended property is there unless the file has nothing to fill it with.
    const people = new Map((w.people ?? []).map((person) => [person.id, person]));
    const organizerIds = (w.roles?.organizers ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.person));
    const expected = ['offers'];
    if (!w.tagline && !w.overview) expected.push('description');
    if (!w.banner && !w.logo) expected.push('image');
    if (organizerIds.some((id) => !people.get(id)?.homepage)) expected.push('organizer.url');
    if (!w.roles?.speakers?.length) expected.push('performer');
    assert.deepEqual(report.warnings.sort(), expected.sort());
    // Nothing invented: names and dates come from the file.
    assert.equal(data!.name, w.title);
    assert.ok(data!.startDate.startsWith(w.date.slice(0, 10)));
    assert.ok(data!.endDate.startsWith(w.endDate ?? w.date.slice(0, 10)));
    for (const person of [...list(data!.organizer), ...list(data!.performer)].filter((p) => p['@type'] === 'Person')) {
      assert.ok([...people.values()].some((p) => p.name === person.name), person.name);
    }
    // The text is safe inside a script element and parses back to the same data.
    assert.deepEqual(JSON.parse(jsonLdScriptText(data)), data);
  });
}

test('demo/workshops/default.json: times from the schedule in Vienna (CEST), hybrid place, speakers, conference', () => {
  const w = workshop(JSON.parse(readFileSync(`${root}demo/workshops/default.json`, 'utf8')));
  const data = eventOf(w, { url: PAGE })!;
  assert.equal(data.startDate, '2027-04-26T08:30:00+02:00');
  assert.equal(data.endDate, '2027-04-27T16:00:00+02:00');
  assert.equal(data.eventAttendanceMode, 'https://schema.org/MixedEventAttendanceMode');
  assert.equal(data.eventStatus, 'https://schema.org/EventScheduled');
  assert.deepEqual(data.location, [
    {
      '@type': 'Place',
      name: 'Messe Wien Exhibition & Congress Center',
      address: { '@type': 'PostalAddress', streetAddress: 'Trabrennstraße 5, 1020', addressLocality: 'Vienna', addressCountry: 'Austria' },
      hasMap: 'https://www.openstreetmap.org/search?query=Messe%20Wien',
    },
    { '@type': 'VirtualLocation', url: 'https://stream.example.org/scifm2027' },
  ]);
  assert.equal(data.url, 'https://scifm-workshop.example.org/');
  assert.equal(data.description, 'Building models that scientists can trust, test and use.');
  // Relative image paths are relative to the page.
  assert.deepEqual(data.image, [`${PAGE}images/banner.svg`, `${PAGE}images/logo.svg`]);
  assert.deepEqual(data.superEvent, { '@type': 'Event', name: 'ICLR 2027', url: 'https://iclr.cc/' });
  // The speaker whose entry says `confirmed: false` is not announced as a performer.
  assert.equal(list(data.performer).length, 5);
  assert.ok(!list(data.performer).some((p) => p.name === 'Rahul Venkataraman'));
  assert.deepEqual(list(data.performer)[2]!.affiliation, [
    { '@type': 'Organization', name: 'University of Cape Vale' },
    { '@type': 'Organization', name: 'Institute for Planetary Data' },
  ]);
  assert.equal(list(data.organizer).length, 6);
});

// ---- no day yet ----

test('no Event data without a day: no date, a TBD date, or only a month', () => {
  assert.equal(eventOf(workshop({ ...BASE })), null);
  assert.equal(eventOf(workshop({ ...BASE, date: '2026-07-15', dateTbd: true })), null);
  assert.equal(eventOf(workshop({ ...BASE, dateTbd: true })), null);
  assert.equal(eventOf(workshop({ ...BASE, date: '2026-07' })), null);
});

// ---- dates ----

test('a date-only workshop gives days without times or offsets', () => {
  const data = eventOf(workshop({ ...BASE, date: '2026-05-10', timeZone: 'America/New_York' }))!;
  assert.equal(data.startDate, '2026-05-10');
  assert.equal(data.endDate, '2026-05-10');
  const multi = eventOf(workshop({ ...BASE, date: '2026-05-10', endDate: '2026-05-11' }))!;
  assert.deepEqual([multi.startDate, multi.endDate], ['2026-05-10', '2026-05-11']);
  assert.deepEqual(checkGoogleEvent(multi).errors, []);
});

function newYork(day: string, endDate?: string, lastDay = endDate ?? day): Json {
  return eventOf(
    workshop({
      ...BASE,
      date: day,
      ...(endDate && { endDate }),
      timeZone: 'America/New_York',
      schedule: {
        days: [
          { date: day, items: [{ start: '10:00', end: '10:30', title: 'Talk' }, { start: '09:00', end: '09:15', title: 'Opening' }] },
          ...(lastDay !== day ? [{ date: lastDay, items: [{ start: '09:00', end: '09:30', title: 'Talk' }] }] : []),
        ].map((d, i, all) => (i === all.length - 1 ? { ...d, items: [...d.items, { start: '16:00', end: '17:00', title: 'Closing' }] } : d)),
      },
    }),
  )!;
}

test('daylight-saving time: New York is -04:00 in summer and -05:00 in winter, and changes within a workshop', () => {
  const summer = newYork('2026-07-15');
  assert.equal(summer.startDate, '2026-07-15T09:00:00-04:00');
  assert.equal(summer.endDate, '2026-07-15T17:00:00-04:00');
  const winter = newYork('2026-01-15');
  assert.equal(winter.startDate, '2026-01-15T09:00:00-05:00');
  assert.equal(winter.endDate, '2026-01-15T17:00:00-05:00');
  // Clocks go forward on 8 March 2026 in the US.
  const across = newYork('2026-03-07', '2026-03-09');
  assert.equal(across.startDate, '2026-03-07T09:00:00-05:00');
  assert.equal(across.endDate, '2026-03-09T17:00:00-04:00');
  for (const data of [summer, winter, across]) assert.deepEqual(checkGoogleEvent(data).errors, []);
});

test('a time in the date field, the schedule zone over the workshop zone, and no times without a zone', () => {
  const timed = eventOf(workshop({ ...BASE, date: '2026-12-01T13:30', timeZone: 'Asia/Kolkata' }))!;
  assert.equal(timed.startDate, '2026-12-01T13:30:00+05:30');
  assert.equal(timed.endDate, '2026-12-01');
  assert.deepEqual(checkGoogleEvent(timed).errors, []);
  const schedule = { timeZone: 'Europe/London', days: [{ date: '2026-06-01', items: [{ start: '09:00', end: '12:00', title: 'Morning' }] }] };
  const london = eventOf(workshop({ ...BASE, date: '2026-06-01', timeZone: 'UTC', schedule }))!;
  assert.deepEqual([london.startDate, london.endDate], ['2026-06-01T09:00:00+01:00', '2026-06-01T12:00:00+01:00']);
  // The schedule's times are wall-clock times in a zone the file does not name: stating an offset would invent one.
  const zoneless = eventOf(workshop({ ...BASE, date: '2026-06-01', schedule: { days: schedule.days } }))!;
  assert.deepEqual([zoneless.startDate, zoneless.endDate], ['2026-06-01', '2026-06-01']);
  // A last item without an end leaves the end time unknown.
  const open = eventOf(
    workshop({ ...BASE, date: '2026-06-01', timeZone: 'UTC', schedule: { days: [{ date: '2026-06-01', items: [{ start: '09:00', end: '10:00', title: 'A' }, { start: '18:00', title: 'Dinner' }] }] } }),
  )!;
  assert.deepEqual([open.startDate, open.endDate], ['2026-06-01T09:00:00+00:00', '2026-06-01']);
});

// ---- attendance and location ----

test('hybrid: a Place and a VirtualLocation, MixedEventAttendanceMode', () => {
  const data = eventOf(workshop({ ...BASE, date: '2026-07-15', modes: ['hybrid'], virtualUrl: 'https://zoom.example.org/j/1' }))!;
  assert.equal(data.eventAttendanceMode, 'https://schema.org/MixedEventAttendanceMode');
  assert.deepEqual(list(data.location).map((l) => l['@type']), ['Place', 'VirtualLocation']);
  assert.equal(list(data.location)[1]!.url, 'https://zoom.example.org/j/1');
  assert.deepEqual(checkGoogleEvent(data).errors, []);
});

test('virtual only: a VirtualLocation (the stream, else the website), OnlineEventAttendanceMode, no Place', () => {
  const stream = eventOf(workshop({ title: 'Online', date: '2026-07-15', modes: ['virtual'], virtualUrl: 'https://stream.example.org/' }))!;
  assert.equal(stream.eventAttendanceMode, 'https://schema.org/OnlineEventAttendanceMode');
  assert.deepEqual(stream.location, { '@type': 'VirtualLocation', url: 'https://stream.example.org/' });
  assert.deepEqual(checkGoogleEvent(stream).errors, []);
  const site = eventOf(workshop({ ...BASE, date: '2026-07-15', modes: ['virtual'], website: 'https://online.example.org/' }))!;
  assert.deepEqual(site.location, { '@type': 'VirtualLocation', url: 'https://online.example.org/' });
  assert.deepEqual(checkGoogleEvent(site).errors, []);
});

test('without "modes", the venue and the stream link say how people attend', () => {
  const inPerson = eventOf(workshop({ title: 'X', date: '2026-07-15', venue: { city: 'Rio de Janeiro', country: 'Brazil' } }))!;
  assert.equal(inPerson.eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
  assert.deepEqual(inPerson.location, {
    '@type': 'Place',
    name: 'Rio de Janeiro, Brazil',
    address: { '@type': 'PostalAddress', addressLocality: 'Rio de Janeiro', addressCountry: 'Brazil' },
  });
  const both = eventOf(workshop({ title: 'X', date: '2026-07-15', venue: { city: 'Oslo' }, virtualUrl: 'https://s.example.org/' }))!;
  assert.equal(both.eventAttendanceMode, 'https://schema.org/MixedEventAttendanceMode');
});

test('only what the file says: a bare workshop gives a bare Event, which the checker rejects for its missing location', () => {
  const data = eventOf(workshop({ title: 'Bare', date: '2026-07-15' }))!;
  assert.deepEqual(data, {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: 'Bare',
    startDate: '2026-07-15',
    endDate: '2026-07-15',
    eventStatus: 'https://schema.org/EventScheduled',
  });
  assert.deepEqual(checkGoogleEvent(data).errors, ['location']);
  // The page's address stands in for a missing website; the workshop then organizes under its own name.
  const onPage = eventOf(workshop({ title: 'Bare', shortName: 'B', date: '2026-07-15' }), { url: PAGE })!;
  assert.equal(onPage.url, PAGE);
  assert.deepEqual(onPage.organizer, { '@type': 'Organization', name: 'B', url: PAGE });
});

// ---- text and images ----

test('description: tagline first, else the overview as plain text, shortened at a sentence', () => {
  const overview = '## About\n\nWe study **multiscale** models with [physics](https://example.org/p) and _data_.\n\n- item one\n- item `two`\n\n<b>Bold</b> <https://x.example.org> snake_case_name';
  const data = eventOf(workshop({ ...BASE, date: '2026-07-15', overview }))!;
  assert.equal(data.description, 'About We study multiscale models with physics and data. item one item two Bold https://x.example.org snake_case_name');
  const tagline = eventOf(workshop({ ...BASE, date: '2026-07-15', overview, tagline: 'Small *and* fast.' }))!;
  assert.equal(tagline.description, 'Small and fast.');
  const sentence = 'This sentence has exactly enough words to be counted as one full sentence here. ';
  const long = eventOf(workshop({ ...BASE, date: '2026-07-15', overview: sentence.repeat(10) }))!;
  assert.ok(long.description.length <= 300 && long.description.endsWith('here.'), long.description);
  const words = eventOf(workshop({ ...BASE, date: '2026-07-15', overview: 'word '.repeat(100) }))!;
  assert.ok(words.description.length <= 301 && words.description.endsWith('word…'), words.description);
  assert.equal(plainText('![alt text](a.png) and [ref][1] \\*not emphasis\\*'), 'alt text and ref *not emphasis*');
});

test('images: absolute addresses kept, relative ones resolved against the page (else the website), others left out', () => {
  const input = { ...BASE, date: '2026-07-15', banner: { src: 'https://cdn.example.org/b.png' }, logo: { src: 'img/logo.png' } };
  assert.deepEqual(eventOf(workshop(input))!.image, 'https://cdn.example.org/b.png');
  assert.deepEqual(eventOf(workshop(input), { url: PAGE })!.image, ['https://cdn.example.org/b.png', `${PAGE}img/logo.png`]);
  assert.deepEqual(eventOf(workshop({ ...input, website: 'https://site.example.org/' }))!.image, ['https://cdn.example.org/b.png', 'https://site.example.org/img/logo.png']);
});

// ---- safe embedding ----

test('jsonLdScriptText cannot close the script element', () => {
  const data = eventOf(workshop({ ...BASE, date: '2026-07-15', title: 'A </script><script>alert(1)</script> & <!-- \u2028 x' }))!;
  const text = jsonLdScriptText(data);
  assert.ok(!/<\/script/i.test(text), text);
  assert.ok(!/[<>&\u2028\u2029]/.test(text), text);
  assert.deepEqual(JSON.parse(text), data);
  assert.equal(JSON.parse(text).name, 'A </script><script>alert(1)</script> & <!-- \u2028 x');
  assert.equal(jsonLdScriptText(undefined), 'null');
});

test('hasEventJsonLd finds an Event or a subtype at the top level, in a list or in an @graph', () => {
  const text = (value: unknown) => JSON.stringify(value);
  assert.equal(hasEventJsonLd([text({ '@type': 'Event' })]), true);
  assert.equal(hasEventJsonLd([text({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { '@type': 'EducationEvent' }] })]), true);
  assert.equal(hasEventJsonLd([text([{ '@type': 'Organization' }, { '@type': ['Thing', 'Hackathon'] }])]), true);
  assert.equal(hasEventJsonLd([text({ '@type': 'https://schema.org/Event' })]), true);
  assert.equal(hasEventJsonLd(['{ broken', null, text({ '@type': 'Organization' }), text({ '@type': 'WebPage', about: 'Event' })]), false);
  assert.equal(hasEventJsonLd([]), false);
});
