// `workshop-widgets import pretalx`: a pretalx (frab-compatible) schedule export into `schedule`: days by each
// talk's own date, rooms in pretalx's order, wall-clock times in the event zone, speakers linked to people.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { validateWorkshop } from '../../src/data/issue-messages.js';
import type { Entry } from '../../src/node/import/merge.js';
import { importPretalx } from '../../src/node/import/pretalx.js';
import { FileProblem, FileProblems } from '../../src/node/workshop-file.js';
import { positionOf, root, runCli, temporaryDir } from './run-cli.js';

const FIXTURES = `${root}test/fixtures/import/`;
const EXPORT = `${FIXTURES}pretalx-schedule.json`;
const workshop = () => JSON.parse(readFileSync(`${FIXTURES}workshop.json`, 'utf8')) as Entry;
const scheduleOf = (data: Entry) => data.schedule as { timeZone: string; days: { date: string; rooms?: string[]; items: Entry[] }[] };
const slots = (day: { items: Entry[] }) => day.items.map((item) => `${String(item.start)}-${String(item.end ?? '')} ${String(item.title)}`);

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof FileProblems) return error.problems.map((problem) => problem.message);
    if (error instanceof FileProblem) return [error.message];
    throw error;
  }
  assert.fail('expected the import to be refused');
}

/** The fixture with one change, written to a temporary file. */
function variant(change: (data: { schedule: { conference: Entry & { days: { rooms: Record<string, Entry[]> }[] } } }) => void): string {
  const data = JSON.parse(readFileSync(EXPORT, 'utf8'));
  change(data);
  const file = join(temporaryDir('ww-pretalx-'), 'schedule.json');
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}

describe('reading a pretalx schedule', () => {
  const imported = importPretalx(EXPORT);
  const schedule = scheduleOf(imported.mergeInto({}).workshop);

  it('keeps the event zone and puts each talk on its own date, sorted by start, with its end from the duration', () => {
    assert.equal(schedule.timeZone, 'Asia/Singapore');
    assert.deepEqual(schedule.days.map((day) => day.date), ['2025-04-27', '2025-04-28']);
    assert.deepEqual(slots(schedule.days[0]!), [
      '09:15-10:00 Closures that respect the symmetries of the flow',
      '10:30-10:50 Equivariant Neural Operators for Wall-Bounded Turbulence',
      '10:30-12:00 Poster session A',
      '23:30- Late-night hacking',
    ]);
    // pretalx lists a talk at 00:30 under the day before; its own date is the next day.
    assert.deepEqual(slots(schedule.days[1]!), ['00:30-01:00 Midnight posters', '14:00-14:30 Panel: what the simulators got wrong']);
    assert.deepEqual(imported.notes, [
      `${EXPORT}: 6 talks on 2 days in Asia/Singapore`,
      '1 talk runs past midnight and has no end time (an item stays within its day)',
    ]);
  });

  it('keeps rooms in pretalx’s order, and maps session types to kinds', () => {
    assert.deepEqual(schedule.days[0]!.rooms, ['Hall 4', 'Room 310']);
    assert.deepEqual(
      schedule.days.flatMap((day) => day.items.map((item) => item.kind)),
      ['keynote', 'contributed-talk', 'poster-session', 'social', 'poster-session', 'panel'],
    );
    const talk = schedule.days[0]!.items[1]!;
    assert.equal(talk.room, 'Hall 4');
    assert.equal(talk.url, 'https://pretalx.example.org/mlmp-2025/talk/ORL002/');
    assert.equal(talk.description, 'We learn closures for turbulent channel flow.');
    assert.deepEqual(talk.speakers, [{ name: 'Zoë Dąbrowska' }, { name: 'Ingrid Brøndum' }]);
    assert.equal(validateWorkshop({ title: 'T', schedule }).issues.length, 0);
  });
});

describe('merging a schedule into a workshop file', () => {
  const imported = importPretalx(EXPORT);
  const first = imported.mergeInto(workshop());
  const schedule = scheduleOf(first.workshop);

  it('updates the talk already there (found by its pretalx address) in place and keeps items written by hand', () => {
    assert.deepEqual(slots(schedule.days[0]!), [
      '09:00-09:10 Opening remarks',
      '09:15-10:00 Closures that respect the symmetries of the flow',
      '10:30-10:50 Equivariant Neural Operators for Wall-Bounded Turbulence',
      '10:30-12:00 Poster session A',
      '12:00-13:00 Lunch',
      '23:30- Late-night hacking',
    ]);
    const keynote = schedule.days[0]!.items[1]!;
    assert.equal(keynote.kind, 'keynote');
    assert.deepEqual(first.reports[0]!.updated, [
      { name: '2025-04-27 09:15 Closures that respect the symmetries of the flow', fields: ['start', 'end', 'title', 'room', 'description', 'speakers'] },
    ]);
    assert.equal(first.reports[0]!.added.length, 5);
  });

  it('links speakers to people by name', () => {
    assert.deepEqual(schedule.days[0]!.items[1]!.speakers, ['ilse-vandermeulen']);
    assert.equal(validateWorkshop(first.workshop).issues.length, 0);
  });

  it('changes nothing the second time', () => {
    const again = imported.mergeInto(first.workshop);
    assert.deepEqual(again.workshop, first.workshop);
    assert.deepEqual(again.reports[0]!.unchanged, 6);
  });

  it('refuses to mix zones: the times would move', () => {
    const vienna = { ...workshop(), timeZone: 'Europe/Vienna' };
    assert.match(problemsOf(() => imported.mergeInto(vienna))[0]!, /The export is in Asia\/Singapore, the workshop's schedule in Europe\/Vienna/);
  });
});

describe('refusing an export it cannot read, at the place in the file', () => {
  it('a talk without a usable start time', () => {
    const file = variant((data) => {
      data.schedule.conference.days[0]!.rooms['Room 310']![0]!.start = '10.30h';
    });
    const [message] = problemsOf(() => importPretalx(file));
    const where = positionOf(readFileSync(file, 'utf8'), '"10.30h"');
    assert.equal(message, `${file}:${where.line}:${where.column}: Room 310, talk 1: no start time like 09:30 (found "10.30h")`);
  });

  it('a duration that is not hours and minutes', () => {
    const file = variant((data) => {
      data.schedule.conference.days[1]!.rooms['Hall 4']![0]!.duration = '30 minutes';
    });
    const where = positionOf(readFileSync(file, 'utf8'), '"30 minutes"');
    assert.deepEqual(problemsOf(() => importPretalx(file)), [`${file}:${where.line}:${where.column}: Hall 4, talk 1: a duration like 00:30 was expected (found "30 minutes")`]);
  });

  it('an export without its zone, or no pretalx export at all', () => {
    const file = variant((data) => {
      delete data.schedule.conference.time_zone_name;
    });
    assert.match(problemsOf(() => importPretalx(file))[0]!, /The export names no time zone \(conference\.time_zone_name\)/);
    const other = variant((data) => {
      (data as Entry).schedule = [];
    });
    assert.match(problemsOf(() => importPretalx(other))[0]!, /:1:1: Not a pretalx schedule export/);
  });
});

describe('the import pretalx command', () => {
  it('adds the program to a YAML file with times quoted for Jekyll, and keeps its comments', () => {
    const dir = temporaryDir();
    cpSync(`${FIXTURES}workshop.yml`, join(dir, 'workshop.yml'));
    const before = readFileSync(join(dir, 'workshop.yml'), 'utf8');
    const run = runCli(['import', 'pretalx', EXPORT, '--into', 'workshop.yml'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^schedule: 6 added, 0 updated, 0 unchanged$/m);
    const after = readFileSync(join(dir, 'workshop.yml'), 'utf8');
    assert.ok(after.startsWith(before), 'the file as written is kept; the schedule comes after it');
    // Ruby's YAML (Jekyll) would read an unquoted 10:30 as the number 630.
    assert.match(after, /start: "10:30"/);
    assert.match(after, /date: "2025-04-27"/);
    assert.equal(scheduleOf(parse(after)).days[1]!.items[0]!.title, 'Midnight posters');
    assert.equal(validateWorkshop(parse(after)).issues.length, 0);
  });
});
