import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { Workshop } from '../../src/data/schema.js';
import { timedSchedule } from '../../src/data/schedule.js';
import {
  inMySchedule,
  itemStarId,
  myScheduleEvents,
  onStarsChange,
  paperStarId,
  readStars,
  starStorageKey,
  toggleStar,
} from '../../src/data/stars.js';
import { validateWorkshop } from '../../src/data/issue-messages.js';

function workshopOf(data: unknown): Workshop {
  const result = validateWorkshop(data);
  if (!result.ok) throw new Error('invalid test workshop');
  return result.workshop;
}

const data = {
  title: 'Starry Workshop',
  shortName: 'SW',
  conference: { name: 'ICLR', year: 2027 },
  timeZone: 'Europe/Vienna',
  papers: [
    { id: 'p1', title: 'Presented paper', authors: ['A'] },
    { id: 'p2', title: 'Unscheduled paper', authors: ['B'] },
  ],
  schedule: {
    days: [
      {
        date: '2027-04-26',
        items: [
          { start: '09:00', end: '09:30', title: 'Opening' },
          { start: '10:00', end: '11:00', title: 'Keynote', kind: 'keynote', room: 'Hall A' },
          { start: '11:00', end: '12:00', title: 'Posters', kind: 'poster-session', papers: ['p1'] },
        ],
      },
    ],
  },
};

const items = (workshop: Workshop) => timedSchedule(workshop)!.days.flatMap((day) => day.items);

describe('stars', () => {
  let workshop: Workshop;
  beforeEach(() => {
    workshop = workshopOf(data);
    localStorage.removeItem(starStorageKey(workshop));
  });
  afterEach(() => {
    sinon.restore();
    localStorage.removeItem(starStorageKey(workshop));
  });

  it('names each workshop edition by title and conference', () => {
    expect(starStorageKey(workshop)).to.equal('workshop-widgets:stars:Starry Workshop ICLR 2027');
    expect(starStorageKey(workshopOf({ title: 'Alone' }))).to.equal('workshop-widgets:stars:Alone  ');
    expect(starStorageKey(workshopOf({ ...data, conference: { name: 'ICLR', year: 2028 } }))).to.not.equal(starStorageKey(workshop));
  });

  it('makes ids from what the organizers wrote, not from positions', () => {
    const keynote = items(workshop)[1]!;
    expect(itemStarId(workshop, keynote)).to.equal('10:00 Hall A Keynote');
    // An item added before it does not change its id.
    const edited = workshopOf(structuredClone(data));
    edited.schedule!.days[0]!.items.unshift({ start: '08:00', end: '08:30', title: 'Coffee', kind: 'other' });
    expect(items(edited).map((t) => itemStarId(edited, t))).to.include(itemStarId(workshop, keynote));
    expect(paperStarId({ id: 'p1' })).to.equal('paper p1');
  });

  it('keeps the stars of an undated day once its date is set, and of a day moved to another date', () => {
    const before = workshopOf({ ...data, schedule: { days: [{ dateText: 'April 26 or 27', items: data.schedule.days[0]!.items }] } });
    const keynote = itemStarId(before, items(before)[1]!);
    toggleStar(before, keynote);
    toggleStar(before, 'paper p1');
    // The organizers fix the date (a reload with the edited file): the star is still there.
    const dated = workshopOf(data);
    expect([...readStars(dated)]).to.deep.equal([keynote, 'paper p1']);
    expect(items(dated).filter((t) => inMySchedule(dated, t, readStars(dated))).map((t) => t.item.title)).to.deep.equal(['Keynote', 'Posters']);
    // And moved a day later, in another zone: still the same item as written.
    const moved = workshopOf({ ...data, timeZone: 'America/New_York', schedule: { days: [{ ...data.schedule.days[0]!, date: '2027-04-27' }] } });
    expect([...readStars(moved)]).to.deep.equal([keynote, 'paper p1']);
    // A changed time or title is another item: that star is dropped.
    const retimed = structuredClone(data);
    retimed.schedule.days[0]!.items[1]!.start = '10:15';
    expect([...readStars(workshopOf(retimed))]).to.deep.equal(['paper p1']);
  });

  it('tells apart items written the same on several days', () => {
    const daily = { start: '15:00', end: '16:00', title: 'Posters', kind: 'poster-session' };
    const twoDays = workshopOf({ ...data, schedule: { days: [{ date: '2027-04-26', items: [daily] }, { dateText: 'April 27 or 28', items: [daily] }] } });
    const [first, second] = items(twoDays).map((t) => itemStarId(twoDays, t));
    expect([first, second]).to.deep.equal(['15:00  Posters', '15:00  Posters #2']);
    toggleStar(twoDays, second!);
    expect(items(twoDays).map((t) => inMySchedule(twoDays, t, readStars(twoDays)))).to.deep.equal([false, true]);
    // The second day gets its date: its star stays on it, not on the first day.
    const dated = workshopOf({ ...data, schedule: { days: [{ date: '2027-04-26', items: [daily] }, { date: '2027-04-28', items: [daily] }] } });
    expect(items(dated).map((t) => inMySchedule(dated, t, readStars(dated)))).to.deep.equal([false, true]);
  });

  it('stores stars per workshop, tells listeners, and reads them back', () => {
    const listener = sinon.spy();
    const stop = onStarsChange(listener);
    const keynote = itemStarId(workshop, items(workshop)[1]!);
    toggleStar(workshop, keynote);
    expect([...readStars(workshop)]).to.deep.equal([keynote]);
    toggleStar(workshop, 'paper p2');
    expect(listener.callCount).to.equal(2);
    expect(JSON.parse(localStorage.getItem(starStorageKey(workshop))!)).to.deep.equal([keynote, 'paper p2']);
    // Another copy of the same file (a reload) reads the same stars.
    expect([...readStars(workshopOf(data))]).to.deep.equal([keynote, 'paper p2']);
    toggleStar(workshop, keynote);
    expect([...readStars(workshop)]).to.deep.equal(['paper p2']);
    stop();
    toggleStar(workshop, keynote);
    expect(listener.callCount).to.equal(3);
  });

  it('drops stars of items and papers no longer in the file, quietly, and ignores damaged storage', () => {
    const keynote = itemStarId(workshop, items(workshop)[1]!);
    localStorage.setItem(starStorageKey(workshop), JSON.stringify([keynote, 'paper gone', '09:00  Renamed talk', `${Date.UTC(2027, 3, 26, 8)} Hall A Keynote`, 42]));
    expect([...readStars(workshop)]).to.deep.equal([keynote]);
    // The next change writes only what is valid.
    toggleStar(workshop, 'paper p1');
    expect(JSON.parse(localStorage.getItem(starStorageKey(workshop))!)).to.deep.equal([keynote, 'paper p1']);
    // An id that names nothing is never read back.
    toggleStar(workshop, 'paper nope');
    expect([...readStars(workshop)]).to.deep.equal([keynote, 'paper p1']);
    localStorage.setItem(starStorageKey(workshop), '{not json');
    expect([...readStars(workshop)]).to.deep.equal([]);
    localStorage.setItem(starStorageKey(workshop), '{"a":1}');
    expect([...readStars(workshop)]).to.deep.equal([]);
  });

  // After this test the module keeps stars in memory for the rest of the page, as it would in a private window.
  it('keeps stars for the page when storage throws (private mode)', () => {
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('quota', 'QuotaExceededError'));
    sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
    const keynote = itemStarId(workshop, items(workshop)[1]!);
    expect(() => toggleStar(workshop, keynote)).to.not.throw();
    expect([...readStars(workshop)]).to.deep.equal([keynote]);
    toggleStar(workshop, keynote);
    expect([...readStars(workshop)]).to.deep.equal([]);
  });

  it('puts starred items and the sessions of starred papers in My schedule, and exactly those in its calendar', () => {
    // p2 is starred but presented nowhere: it has no time, so no event.
    const [opening, keynote, posters] = items(workshop);
    const stars = new Set([itemStarId(workshop, keynote!), 'paper p1', 'paper p2']);
    expect([opening, keynote, posters].map((timed) => inMySchedule(workshop, timed!, stars))).to.deep.equal([false, true, true]);
    const events = myScheduleEvents(workshop, stars);
    expect(events.map((event) => event.title)).to.deep.equal(['SW: Keynote', 'SW: Posters']);
    expect(events[0]!.start).to.equal(Date.UTC(2027, 3, 26, 8));
    expect(myScheduleEvents(workshop, new Set())).to.deep.equal([]);
  });
});
