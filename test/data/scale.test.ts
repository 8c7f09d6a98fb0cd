// Nothing grows with the square of the input: a crowded poster session and a huge committee are validated and
// laid out in a few seconds, and overlap notes name a few items and count the rest. Quadratic code takes
// minutes here (the old overlap lists held 25 million titles for one slot of 10,000 items).
import { expect } from '@open-wc/testing';
import { validateWorkshop } from '../../src/data/issue-messages.js';
import { OVERLAP_NAMES, overlapNote, timedSchedule } from '../../src/data/schedule.js';
import { committeeEntries, filterEntries } from '../../src/data/people.js';

const LIMIT_MS = 5000;

/** 10,000 items starting at 10:00: odd ones end at 12:00, a third have no room, the rest are in two halls. */
function crowdedSlot(count: number) {
  const items = Array.from({ length: count }, (_, i) => ({ start: '10:00', ...(i % 2 ? { end: '12:00' } : {}), title: `Poster ${i}`, ...(i % 3 ? { room: `Hall ${i % 3}` } : {}) }));
  return { title: 'Crowded', timeZone: 'Europe/Vienna', schedule: { days: [{ date: '2027-04-26', rooms: ['Hall 1', 'Hall 2'], items }] } };
}

function committee(count: number) {
  const people = Array.from({ length: count }, (_, i) => ({ id: `m${i}`, name: `Member ${String.fromCharCode(65 + (i % 26))}${i}`, affiliations: [`Institute ${i % 500}`] }));
  return { title: 'Big committee', people, roles: { programCommittee: people.map((person) => person.id) } };
}

describe('scale: linear work on large files', function () {
  this.timeout(60_000);

  it('10,000 schedule items in one slot: validated and laid out in a few seconds, with overlap notes that count', () => {
    const started = performance.now();
    const result = validateWorkshop(crowdedSlot(10_000));
    const validated = performance.now();
    expect(result.ok && result.issues).to.deep.equal([]);
    const schedule = timedSchedule(result.workshop!)!;
    const done = performance.now();
    console.log(`[scale] 10,000 items in one slot: validate ${Math.round(validated - started)} ms, timedSchedule ${Math.round(done - validated)} ms`);
    expect(done - started).to.be.below(LIMIT_MS);

    const items = schedule.days[0]!.items;
    expect(items).to.have.length(10_000);
    // The last item without a room overlaps every earlier roomless item with an end: 3, 9, 15, ... 9993.
    const last = items.find((t) => t.item.title === 'Poster 9999')!;
    expect(last.overlapCount).to.equal(1666);
    expect(last.overlapsWith).to.deep.equal(['Poster 3', 'Poster 9', 'Poster 15']);
    expect(overlapNote(last)).to.equal('Overlaps with “Poster 3”, “Poster 9”, “Poster 15” and 1,663 more items');
    expect(Math.max(...items.map((t) => t.overlapsWith.length))).to.equal(OVERLAP_NAMES);
    // Open-ended items at the same time have nothing later in their room: 30 minutes each.
    expect(items.find((t) => t.item.title === 'Poster 0')!.until - items[0]!.start).to.equal(30 * 60_000);
    // One parallel block: three rooms, every item.
    expect(schedule.days[0]!.rows.map((row) => [row.rooms, row.items.length])).to.deep.equal([[['Hall 1', 'Hall 2', ''], 10_000]]);
  });

  it('20,000 committee members: validated, sorted and filtered in a few seconds', () => {
    const started = performance.now();
    const result = validateWorkshop(committee(20_000));
    const validated = performance.now();
    expect(result.ok && result.issues).to.deep.equal([]);
    const entries = committeeEntries(result.workshop!, 'programCommittee', 'en');
    const sorted = performance.now();
    const found = filterEntries(entries, 'member z25');
    const done = performance.now();
    console.log(`[scale] 20,000 committee members: validate ${Math.round(validated - started)} ms, sort ${Math.round(sorted - validated)} ms, filter ${Math.round(done - sorted)} ms`);
    expect(done - started).to.be.below(LIMIT_MS);
    expect(entries).to.have.length(20_000);
    expect(entries[0]!.member.person.name).to.equal('Member A0');
    expect(found.map((entry) => entry.member.person.id)).to.include('m25');
  });

  it('20,000 committee members with a typo each: every one reported, still in a few seconds', () => {
    const data = committee(20_000);
    const people = data.people.map((person, i) => (i % 2 ? { ...person, affiliation: person.affiliations[0] } : person));
    const started = performance.now();
    const result = validateWorkshop({ ...data, people });
    const ms = performance.now() - started;
    console.log(`[scale] 20,000 members, 10,000 unknown keys: validate ${Math.round(ms)} ms`);
    expect(ms).to.be.below(LIMIT_MS);
    expect(result.issues).to.have.length(10_000);
    expect(result.issues[0]).to.deep.include({ path: 'people[1].affiliation', didYouMean: 'people[1].affiliations' });
  });
});
