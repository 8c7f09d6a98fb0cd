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
    expect(itemStarId(keynote)).to.equal(`${Date.UTC(2027, 3, 26, 8)} Hall A Keynote`);
    // An item added before it does not change its id.
    const edited = structuredClone(data);
    edited.schedule.days[0]!.items.unshift({ start: '08:00', end: '08:30', title: 'Coffee' });
    expect(items(workshopOf(edited)).map(itemStarId)).to.include(itemStarId(keynote));
    expect(paperStarId({ id: 'p1' })).to.equal('paper p1');
  });

  it('stores stars per workshop, tells listeners, and reads them back', () => {
    const listener = sinon.spy();
    const stop = onStarsChange(listener);
    const keynote = itemStarId(items(workshop)[1]!);
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
    const keynote = itemStarId(items(workshop)[1]!);
    localStorage.setItem(starStorageKey(workshop), JSON.stringify([keynote, 'paper gone', `${Date.UTC(2027, 3, 26, 7)}  Renamed talk`, 42]));
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
    const keynote = itemStarId(items(workshop)[1]!);
    expect(() => toggleStar(workshop, keynote)).to.not.throw();
    expect([...readStars(workshop)]).to.deep.equal([keynote]);
    toggleStar(workshop, keynote);
    expect([...readStars(workshop)]).to.deep.equal([]);
  });

  it('puts starred items and the sessions of starred papers in My schedule, and exactly those in its calendar', () => {
    // p2 is starred but presented nowhere: it has no time, so no event.
    const [opening, keynote, posters] = items(workshop);
    const stars = new Set([itemStarId(keynote!), 'paper p1', 'paper p2']);
    expect([opening, keynote, posters].map((timed) => inMySchedule(timed!, stars))).to.deep.equal([false, true, true]);
    const events = myScheduleEvents(workshop, stars);
    expect(events.map((event) => event.title)).to.deep.equal(['SW: Keynote', 'SW: Posters']);
    expect(events[0]!.start).to.equal(Date.UTC(2027, 3, 26, 8));
    expect(myScheduleEvents(workshop, new Set())).to.deep.equal([]);
  });
});
