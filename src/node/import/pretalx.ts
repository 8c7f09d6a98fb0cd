/**
 * `workshop-widgets import pretalx schedule.json`: a pretalx schedule (the frab-compatible JSON export,
 * `https://pretalx.com/<event>/schedule/export/schedule.json`) into `schedule`: days, rooms, wall-clock
 * times in the event's zone, titles, speakers (linked to `people` when a name matches), abstracts and links.
 */
import { ScheduleItemSchema, SCHEDULE_KINDS } from '../../data/schema.js';
import { isKnownTimeZone } from '../../data/time.js';
import { FileProblem, FileProblems } from '../workshop-file.js';
import type { PathSegment } from '../source-positions.js';
import { readJsonInput } from './json-input.js';
import { isPlainObject, mergeList, schemaProblem, textKey, updateEntry, type Entry, type Imported } from './merge.js';

type Kind = (typeof SCHEDULE_KINDS)[number];

/** pretalx session types are free text per event; these are the usual names. */
const KINDS: [RegExp, Kind][] = [
  [/keynote/i, 'keynote'],
  [/invited/i, 'invited-talk'],
  [/poster/i, 'poster-session'],
  [/panel/i, 'panel'],
  [/lunch/i, 'lunch'],
  [/break|coffee/i, 'break'],
  [/opening|welcome/i, 'opening'],
  [/closing|farewell/i, 'closing'],
  [/social|reception|dinner/i, 'social'],
  [/talk|presentation|oral|lightning|spotlight|contributed/i, 'contributed-talk'],
];

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const pad = (value: number) => String(value).padStart(2, '0');

/** "09:30" + "01:15" → "10:45"; undefined past midnight (the schema keeps an item within its day). */
function endTime(start: string, duration: string): string | undefined {
  const [h, m] = start.split(':').map(Number) as [number, number];
  const [dh, dm] = duration.split(':').map(Number) as [number, number];
  const total = h * 60 + m + dh * 60 + dm;
  return total <= 23 * 60 + 59 ? `${pad(Math.floor(total / 60))}:${pad(total % 60)}` : undefined;
}

export function importPretalx(file: string): Imported {
  const input = readJsonInput(file);
  const conference = isPlainObject(input.data) && isPlainObject(input.data.schedule) ? input.data.schedule.conference : undefined;
  if (!isPlainObject(conference) || !Array.isArray(conference.days)) {
    throw new FileProblem(file, 1, 1, 'Not a pretalx schedule export: expected {"schedule": {"conference": {"days": [...]}}} (pretalx: Schedule > Export > JSON)');
  }
  const base: PathSegment[] = ['schedule', 'conference'];
  const zone = text(conference.time_zone_name);
  if (!zone || !isKnownTimeZone(zone)) {
    const at = input.at([...base, 'time_zone_name']);
    throw new FileProblem(file, at.line, at.column, zone ? `Unknown time zone "${zone}" (conference.time_zone_name)` : 'The export names no time zone (conference.time_zone_name)');
  }
  const roomOrder = (Array.isArray(conference.rooms) ? conference.rooms : []).flatMap((room) => (isPlainObject(room) && text(room.name) ? [text(room.name)] : []));

  const problems: FileProblem[] = [];
  const items: { date: string; item: Entry; speakerNames: string[] }[] = [];
  let pastMidnight = 0;
  conference.days.forEach((day: unknown, d) => {
    if (!isPlainObject(day) || !isPlainObject(day.rooms)) return;
    for (const [roomName, talks] of Object.entries(day.rooms)) {
      if (!Array.isArray(talks)) continue;
      talks.forEach((talk: unknown, t) => {
        const where = [...base, 'days', d, 'rooms', roomName, t];
        const fail = (message: string, path: PathSegment[] = []) => {
          const at = input.at([...where, ...path]);
          problems.push(new FileProblem(file, at.line, at.column, `${roomName}, talk ${t + 1}: ${message}`));
        };
        if (!isPlainObject(talk)) return fail('not a talk');
        // `date` carries the talk's own day in the event zone (a pretalx day may run past midnight).
        const date = /^\d{4}-\d{2}-\d{2}/.exec(text(talk.date))?.[0] ?? text(day.date);
        const start = text(talk.start) || text(talk.date).slice(11, 16);
        const duration = text(talk.duration);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return fail(`no date (found ${JSON.stringify(talk.date ?? day.date)})`, ['date']);
        if (!/^\d{2}:\d{2}$/.test(start)) return fail(`no start time like 09:30 (found ${JSON.stringify(talk.start)})`, ['start']);
        if (duration && !/^\d{1,2}:\d{2}$/.test(duration)) return fail(`a duration like 00:30 was expected (found ${JSON.stringify(talk.duration)})`, ['duration']);
        const end = duration ? endTime(start, duration) : undefined;
        if (duration && !end) pastMidnight++;
        const type = text(talk.type);
        const speakerNames = (Array.isArray(talk.persons) ? talk.persons : []).flatMap((person) =>
          isPlainObject(person) && text(person.public_name ?? person.name) ? [text(person.public_name ?? person.name)] : [],
        );
        const abstract = text(talk.abstract);
        const url = text(talk.url);
        const item: Entry = {
          start,
          ...(end && end !== start && { end }),
          title: text(talk.title),
          kind: KINDS.find(([pattern]) => pattern.test(type))?.[1] ?? 'other',
          room: text(talk.room) || roomName,
          ...(abstract && { description: abstract }),
          ...(url && { url }),
        };
        const problem = schemaProblem(ScheduleItemSchema, item);
        if (problem) return fail(problem, problem.startsWith('title') ? ['title'] : problem.startsWith('url') ? ['url'] : []);
        items.push({ date, item, speakerNames });
      });
    }
  });
  if (problems.length > 0) throw new FileProblems(problems);

  const days = new Set(items.map(({ date }) => date));
  const notes = [`${file}: ${items.length} talks on ${days.size} day${days.size === 1 ? '' : 's'} in ${zone}`];
  if (pastMidnight) notes.push(`${pastMidnight} talk${pastMidnight === 1 ? ' runs' : 's run'} past midnight and ${pastMidnight === 1 ? 'has' : 'have'} no end time (an item stays within its day)`);

  return {
    notes,
    mergeInto(workshop) {
      const schedule: Entry = isPlainObject(workshop.schedule) ? workshop.schedule : {};
      const existingDays = (Array.isArray(schedule.days) ? schedule.days : []).filter(isPlainObject);
      const hasItems = existingDays.some((day) => Array.isArray(day.items) && day.items.length > 0);
      const currentZone = text(schedule.timeZone) || text(workshop.timeZone);
      if (hasItems && currentZone && currentZone !== zone) {
        throw new FileProblem(file, undefined, undefined, `The export is in ${zone}, the workshop's schedule in ${currentZone}: its times would move; make them agree first`);
      }
      const people = ((workshop.people as unknown[] | undefined) ?? []).filter(isPlainObject);
      const personByName = new Map(people.map((person) => [textKey('name', person.name), String(person.id)]));
      const incoming = items.map(({ date, item, speakerNames }) => {
        const speakers = speakerNames.map((name) => personByName.get(textKey('name', name)) ?? { name });
        return { date, ...item, ...(speakers.length > 0 && { speakers }) } as Entry;
      });

      // Items of all days in one list, each with its day, so a talk moved to another day is found and moved.
      const flat = existingDays.flatMap((day) => (Array.isArray(day.items) ? day.items : []).map((item) => ({ date: day.date, ...(item as Entry) })));
      const { list, report } = mergeList('schedule', flat, incoming, {
        keys: (item) => [textKey('url', item.url), textKey('slot', `${String(item.date)} ${String(item.start)} ${String(item.title)}`)],
        name: (item) => `${String(item.date)} ${String(item.start)} ${String(item.title)}`,
        update: (existing, item) => updateEntry(existing, item),
      });
      const touched = new Set(incoming.map((item) => String(item.date)));
      const byDate = new Map<string, Entry[]>();
      for (const { date, ...item } of list as Entry[]) {
        const day = byDate.get(String(date));
        if (day) day.push(item);
        else byDate.set(String(date), [item]);
      }
      const dates = [...new Set([...existingDays.map((day) => String(day.date)), ...byDate.keys()])];
      if (dates.some((date) => !existingDays.some((day) => day.date === date))) dates.sort();
      const mergedDays = dates.flatMap((date) => {
        const day = existingDays.find((candidate) => candidate.date === date) ?? { date };
        const dayItems = byDate.get(date) ?? [];
        if (!touched.has(date)) return dayItems.length || day.items ? [{ ...day, items: dayItems }] : [];
        // Sorting by start is stable: items at the same time keep their order (rooms as pretalx lists them).
        dayItems.sort((a, b) => String(a.start).localeCompare(String(b.start)));
        const used = new Set(dayItems.map((item) => item.room).filter((room): room is string => typeof room === 'string'));
        const rooms = [...new Set([...(Array.isArray(day.rooms) ? (day.rooms as string[]) : []), ...roomOrder.filter((room) => used.has(room)), ...used])];
        return [{ ...day, ...(rooms.length > 1 && { rooms }), items: dayItems }];
      });
      return { workshop: { ...workshop, schedule: { ...schedule, timeZone: zone, days: mergedDays } }, reports: [report], notes: [] };
    },
  };
}
