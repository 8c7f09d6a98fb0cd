import { expect } from '@open-wc/testing';
import { currentItems, dayOffset, dayOffsetLabel, DEFAULT_ITEM_MS, eventZoneName, OVERLAP_NAMES, overlapNote, runningDay, scheduleEvents, timedSchedule } from '../../src/data/schedule.js';
import { offsetLabel } from '../../src/data/time.js';
import { itemStarId, myScheduleEvents } from '../../src/data/stars.js';
import type { Workshop } from '../../src/data/schema.js';

const utc = (h: number, m = 0, day = 26) => Date.UTC(2026, 3, day, h, m);

/** Written out of order, with rooms, a gap, an item without end and an overlap. */
const workshop = {
  title: 'T',
  timeZone: 'America/Sao_Paulo',
  venue: { city: 'Rio de Janeiro' },
  schedule: {
    days: [
      {
        date: '2026-04-27',
        items: [{ start: '09:00', end: '10:00', title: 'Day two' }],
      },
      {
        date: '2026-04-26',
        rooms: ['B', 'A'],
        items: [
          { start: '10:00', end: '11:00', title: 'Talk in A', room: 'A' },
          { start: '09:00', end: '09:30', title: 'Opening' },
          { start: '10:30', end: '11:30', title: 'Talk in B', room: 'B' },
          { start: '12:00', title: 'Lunch' },
          { start: '13:00', end: '14:00', title: 'First' },
          { start: '13:30', end: '14:30', title: 'Second' },
          { start: '18:00', title: 'Last, open-ended' },
        ],
      },
      { date: '2026-04-28', items: [] },
    ],
  },
} as unknown as Workshop;

describe('schedule data', () => {
  const schedule = timedSchedule(workshop)!;
  const day1 = schedule.days[0]!;

  it('turns wall-clock items into instants in the event zone, days and items in time order, empty days dropped', () => {
    expect(schedule.zone).to.equal('America/Sao_Paulo');
    expect(schedule.days.map((d) => d.day.date)).to.deep.equal(['2026-04-26', '2026-04-27']);
    expect(day1.items.map((t) => t.item.title)).to.deep.equal(['Opening', 'Talk in A', 'Talk in B', 'Lunch', 'First', 'Second', 'Last, open-ended']);
    expect(day1.items[0]!.start).to.equal(utc(12));
    expect(day1.items[0]!.end).to.equal(utc(12, 30));
    expect(day1.items[0]!.key).to.equal('d1-i1');
    expect(timedSchedule(workshop)).to.equal(schedule); // cached per workshop
  });

  it('gives items without an end the next start, else 30 minutes, and shows no end for them', () => {
    const lunch = day1.items.find((t) => t.item.title === 'Lunch')!;
    expect(lunch.end).to.equal(undefined);
    expect(lunch.until).to.equal(utc(16)); // "First" at 13:00 Rio
    const last = day1.items.at(-1)!;
    expect(last.until - last.start).to.equal(DEFAULT_ITEM_MS);
  });

  it('groups items in different rooms that overlap into one parallel row, rooms in the given order', () => {
    expect(day1.rows.map((row) => [row.items.map((t) => t.item.title), row.rooms])).to.deep.equal([
      [['Opening'], []],
      [['Talk in A', 'Talk in B'], ['B', 'A']],
      [['Lunch'], []],
      [['First'], []],
      [['Second'], []],
      [['Last, open-ended'], []],
    ]);
  });

  it('flags items that overlap an earlier one in the same room', () => {
    expect(day1.items.find((t) => t.item.title === 'Second')!.overlapsWith).to.deep.equal(['First']);
    expect(day1.items.find((t) => t.item.title === 'First')!.overlapsWith).to.deep.equal([]);
    expect(day1.items.find((t) => t.item.title === 'Talk in B')!.overlapsWith).to.deep.equal([]);
  });

  it('finds the items under way and the running day', () => {
    expect(currentItems(schedule, utc(13, 45)).map((t) => t.item.title)).to.deep.equal(['Talk in A', 'Talk in B']);
    expect(currentItems(schedule, utc(16, 45)).map((t) => t.item.title)).to.deep.equal(['First', 'Second']);
    expect(currentItems(schedule, utc(11, 59))).to.deep.equal([]);
    expect(currentItems(schedule, utc(12, 30))).to.deep.equal([]); // between Opening and Talk in A
    expect(runningDay(schedule, utc(12, 30))).to.equal(day1);
    expect(runningDay(schedule, utc(23))).to.equal(undefined);
    expect(runningDay(schedule, utc(12, 15, 27))).to.equal(schedule.days[1]);
  });

  it('counts calendar days between a zone and the program day, and labels them', () => {
    // 23:30 in Rio on the 26th is 11:30 on the 27th in Tokyo and 19:30 on the 26th in Los Angeles.
    const late = Date.UTC(2026, 3, 27, 2, 30);
    expect(dayOffset(late, 'Asia/Tokyo', '2026-04-26')).to.equal(1);
    expect(dayOffset(late, 'America/Los_Angeles', '2026-04-26')).to.equal(0);
    expect(dayOffset(Date.UTC(2026, 3, 26, 3), 'America/Los_Angeles', '2026-04-26')).to.equal(-1);
    expect(dayOffset(Date.UTC(2026, 11, 31, 23), 'Asia/Tokyo', '2026-12-31')).to.equal(1); // across a year
    expect([dayOffsetLabel(0), dayOffsetLabel(1), dayOffsetLabel(-1), dayOffsetLabel(2)]).to.deep.equal(['', '+1 day', '\u22121 day', '+2 days']);
  });

  it('names zones by offset and place', () => {
    // One naming style for every zone (docs/design.md, "One zone naming style"): the offset, UTC-based.
    expect([offsetLabel(-180), offsetLabel(330), offsetLabel(0), offsetLabel(-570)]).to.deep.equal(['UTC\u22123', 'UTC+5:30', 'UTC', 'UTC\u22129:30']);
    expect(eventZoneName(workshop, utc(12), 'en-US')).to.equal('Rio de Janeiro time');
    const elsewhere = { ...workshop, schedule: { ...workshop.schedule!, timeZone: 'UTC' } } as Workshop;
    expect(eventZoneName(elsewhere, utc(12), 'en-US')).to.equal('UTC');
  });

  it('handles a program in a zone with a daylight-saving jump', () => {
    const vienna = {
      title: 'V',
      timeZone: 'Europe/Vienna',
      schedule: { days: [{ date: '2026-03-29', items: [{ start: '01:30', end: '03:30', title: 'Across the jump' }] }] },
    } as unknown as Workshop;
    const item = timedSchedule(vienna)!.days[0]!.items[0]!;
    expect(item.end! - item.start).to.equal(60 * 60_000); // the clocks skip 02:00-03:00
  });

  it('builds one calendar event per item with ends and papers, and none without a program', () => {
    const events = scheduleEvents(workshop);
    expect(events).to.have.length(8);
    const lunch = events.find((e) => e.title === 'Lunch')!;
    expect([lunch.start, lunch.end]).to.deep.equal([utc(15), utc(16)]);
    expect(new Set(events.map((e) => e.uid)).size).to.equal(8);
    expect(scheduleEvents({ title: 'none' } as Workshop)).to.deep.equal([]);
    expect(timedSchedule({ title: 'none', schedule: { days: [] } } as unknown as Workshop)).to.equal(null);
  });
});

describe('schedule data: ends and overlaps in linear time, as the plain definition says', () => {
  /** The definition, written the obvious (quadratic) way: what the fast passes must agree with. */
  function reference(items: { start: number; end?: number; room?: string; title: string }[]) {
    const sameRoom = (a: { room?: string }, b: { room?: string }) => (a.room ?? '') === (b.room ?? '');
    return items.map((timed, i) => {
      const next = items.slice(i + 1).find((other) => other.start > timed.start && (sameRoom(other, timed) || !other.room || !timed.room));
      const overlaps = items.slice(0, i).filter((earlier) => sameRoom(earlier, timed) && earlier.end !== undefined && earlier.end > timed.start);
      return { until: timed.end ?? (next ? next.start : timed.start + DEFAULT_ITEM_MS), overlaps: overlaps.map((o) => o.title) };
    });
  }

  it('agrees with the definition on 300 random programs with shared starts, rooms and open ends', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    for (let round = 0; round < 300; round++) {
      const items = Array.from({ length: 1 + random(14) }, (_, i) => {
        const start = 9 * 60 + random(8) * 15;
        const room = ['', 'A', 'B'][random(3)];
        return { start: time(start), ...(random(3) ? { end: time(start + 15 + random(6) * 15) } : {}), title: `Item ${i}`, ...(room ? { room } : {}) };
      });
      const w = { title: 'R', timeZone: 'UTC', schedule: { days: [{ date: '2027-04-26', items }] } } as unknown as Workshop;
      const timed = timedSchedule(w)!.days[0]!.items;
      const expected = reference(timed.map((t) => ({ start: t.start, end: t.end, room: t.item.room, title: t.item.title })));
      timed.forEach((t, i) => {
        expect(t.until, `round ${round}, ${t.item.title}: until`).to.equal(expected[i]!.until);
        expect(t.overlapCount, `round ${round}, ${t.item.title}: count`).to.equal(expected[i]!.overlaps.length);
        expect(t.overlapsWith, `round ${round}, ${t.item.title}: names`).to.deep.equal(expected[i]!.overlaps.slice(0, OVERLAP_NAMES));
      });
    }
  });

  it('words an overlap note with the names and a count of the rest', () => {
    const items = ['A', 'B', 'C', 'D', 'E'].map((title) => ({ start: '10:00', end: '11:00', title }));
    const w = { title: 'O', timeZone: 'UTC', schedule: { days: [{ date: '2027-04-26', items }] } } as unknown as Workshop;
    const notes = timedSchedule(w)!.days[0]!.items.map((t) => overlapNote(t));
    expect(notes).to.deep.equal([
      '',
      'Overlaps with “A”',
      'Overlaps with “A”, “B”',
      'Overlaps with “A”, “B”, “C”',
      'Overlaps with “A”, “B”, “C” and 1 more item',
    ]);
  });

  it('reads a program in a fixed offset zone and names it as written', () => {
    const w = { title: 'F', timeZone: 'UTC-7', schedule: { days: [{ date: '2027-04-26', items: [{ start: '09:00', title: 'X' }] }] } } as unknown as Workshop;
    const schedule = timedSchedule(w)!;
    expect(schedule.days[0]!.items[0]!.start).to.equal(Date.UTC(2027, 3, 26, 16));
    expect(eventZoneName(w, schedule.start, 'en-US')).to.equal('UTC\u22127');
  });
});

describe('a schedule day whose date is not fixed', () => {
  const mixed = {
    title: 'T',
    timeZone: 'America/Sao_Paulo',
    importantDates: [{ id: 'submission', label: 'Submission', date: '2026-03-01' }],
    schedule: {
      days: [
        { dateText: 'December 14 or 15', items: [{ start: '09:00', end: '10:00', title: 'Undated talk' }] },
        { date: '2026-04-26', items: [{ start: '09:00', end: '10:00', title: 'Dated talk' }] },
      ],
    },
  } as unknown as Workshop;

  it('keeps its wall-clock times in the event zone, but is never "now" and never in a calendar file', () => {
    const schedule = timedSchedule(mixed)!;
    const undated = schedule.days.find((day) => !day.dated)!;
    expect(undated.day.dateText).to.equal('December 14 or 15');
    // Placed on the program's dated day: 09:00 in Rio (UTC−3) is 12:00 UTC.
    expect(new Date(undated.items[0]!.start).toISOString()).to.equal('2026-04-26T12:00:00.000Z');
    expect(currentItems(schedule, utc(12, 30)).map((t) => t.item.title)).to.deep.equal(['Dated talk']);
    expect(runningDay(schedule, utc(12, 30))!.dated).to.equal(true);
    expect(scheduleEvents(mixed).map((event) => event.title)).to.deep.equal(['Dated talk']);
    // My schedule's events line up with the dated items only: starring both yields the dated one.
    const stars = new Set(schedule.days.flatMap((day) => day.items.map((t) => itemStarId(mixed, t))));
    expect(myScheduleEvents(mixed, stars).map((event) => event.title)).to.deep.equal(['Dated talk']);
  });

  it('takes the zone offset on the latest date the file gives when no day is dated', () => {
    const undatedOnly = { ...mixed, schedule: { days: [mixed.schedule!.days[0]!] } } as Workshop;
    // March 2026 in São Paulo: UTC−3 (no daylight-saving time since 2019; 2000-01-01 would have been UTC−2).
    expect(new Date(timedSchedule(undatedOnly)!.start).toISOString()).to.equal('2026-03-01T12:00:00.000Z');
    expect(scheduleEvents(undatedOnly)).to.deep.equal([]);
  });
});
