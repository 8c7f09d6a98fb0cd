import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/committee-list/committee-list.js';
import type { CommitteeList } from '../../src/components/committee-list/committee-list.js';
import { clearWorkshopCache } from '../../src/data/load.js';
import { committeeEntries, parseRole, searchKey } from '../../src/data/people.js';
import { stateFromData } from '../../src/data/load.js';
import type { Workshop } from '../../src/data/schema.js';

const people = [
  { id: 'p1', name: 'Mesut Özil', affiliations: ['Arsenal Institute'] },
  { id: 'p2', name: 'Anders Ångström', affiliations: ['Uppsala University'] },
  { id: 'p3', name: 'Zoë Zimmer', affiliations: ['ETH Zürich'] },
  { id: 'p4', name: 'Kari Østby', affiliations: ['University of Oslo'] },
  { id: 'p5', name: 'Émile Borel' },
  { id: 'p6', name: 'Jane Smith', affiliations: ['Zurich Instruments', 'MIT'] },
];
const workshop = { title: 'Committee', people, roles: { programCommittee: people.map((p) => p.id), areaChairs: ['p6'] } };

const big = {
  title: 'Big committee',
  people: Array.from({ length: 500 }, (_, i) => ({ id: `m${i}`, name: `Member${i} Family${String(499 - i).padStart(3, '0')}`, affiliations: [`Institute ${i % 37}`] })),
  roles: { programCommittee: Array.from({ length: 500 }, (_, i) => `m${i}`) },
};

const shadow = (el: HTMLElement) => el.shadowRoot!;
const rows = (el: HTMLElement) => [...shadow(el).querySelectorAll('[part~=member]:not([hidden])')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const count = (el: HTMLElement) => shadow(el).querySelector('[part~=count]')!.textContent!.trim();

async function type(el: CommitteeList, text: string) {
  shadow(el).querySelector('input')!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<committee-list>', function () {
  // axe on a full grid can pass 10 s when several browsers share the machine; a real hang still fails.
  this.timeout(30000);
  beforeEach(() => clearWorkshopCache());

  it('lists the program committee as "Name (Affiliation)" sorted by family name, diacritics collated', async () => {
    const el = await fixture<CommitteeList>(html`<committee-list .data=${workshop}></committee-list>`);
    expect(rows(el)).to.deep.equal([
      'Anders Ångström (Uppsala University)',
      'Émile Borel',
      'Kari Østby (University of Oslo)',
      'Mesut Özil (Arsenal Institute)',
      'Jane Smith (Zurich Instruments; MIT)',
      'Zoë Zimmer (ETH Zürich)',
    ]);
    expect(count(el)).to.equal('6 members');
    expect(getComputedStyle(shadow(el).querySelector('[part~=list]')!).columnWidth).to.equal('240px');
    await expect(el).to.be.accessible();
  });

  it('has a labelled search box that narrows as one types, ignoring case and accents, with a live count', async () => {
    const el = await fixture<CommitteeList>(html`<committee-list .data=${workshop}></committee-list>`);
    const input = shadow(el).querySelector('input')!;
    expect(input.type).to.equal('search');
    expect(shadow(el).querySelector(`label[for=${input.id}]`)!.textContent).to.equal('Filter by name or affiliation');
    const status = shadow(el).querySelector('[part~=count]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    await type(el, 'zur');
    expect(rows(el)).to.deep.equal(['Jane Smith (Zurich Instruments; MIT)', 'Zoë Zimmer (ETH Zürich)']);
    expect(count(el)).to.equal('2 of 6 members');
    // Rows are rendered once; filtering hides the others instead of re-creating the list.
    const hiddenRow = shadow(el).querySelector('[part~=member][hidden]')!;
    expect(shadow(el).querySelectorAll('[part~=member]')).to.have.length(6);
    expect(getComputedStyle(hiddenRow).display).to.equal('none');
    await sendKeys({ type: 'ich' });
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['Jane Smith (Zurich Instruments; MIT)', 'Zoë Zimmer (ETH Zürich)']);
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await type(el, 'OSTBY');
    expect(rows(el)).to.deep.equal(['Kari Østby (University of Oslo)']);
    expect(count(el)).to.equal('1 of 6 members');
    el.query = 'angstrom uppsala';
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['Anders Ångström (Uppsala University)']);
    el.query = 'nobody here';
    await el.updateComplete;
    expect(rows(el)).to.deep.equal([]);
    expect(count(el)).to.equal('0 of 6 members');
    expect(shadow(el).textContent).to.contain('No members match “nobody here”.');
  });

  it('shows another role list by group or role attribute', async () => {
    const el = await fixture<CommitteeList>(html`<committee-list group="area-chairs" .data=${workshop}></committee-list>`);
    expect(rows(el)).to.deep.equal(['Jane Smith (Zurich Instruments; MIT)']);
    expect(count(el)).to.equal('1 member');
    const viaRole = await fixture<CommitteeList>(html`<committee-list role="areaChairs" .data=${workshop}></committee-list>`);
    expect(rows(viaRole)).to.have.length(1);
    expect(parseRole('Program-Committee')).to.equal('programCommittee');
    expect(parseRole('reviewers')).to.equal(undefined);
  });

  it('keeps 500 members sorted once and filters them by precomputed keys', async () => {
    const state = stateFromData(big);
    const data = (state as { workshop: Workshop }).workshop;
    const first = committeeEntries(data, 'programCommittee', 'en-US');
    expect(committeeEntries(data, 'programCommittee', 'en-US')).to.equal(first);
    expect(first[0]!.key).to.equal(searchKey(`${first[0]!.member.person.name} ${first[0]!.affiliation}`));
    const el = await fixture<CommitteeList>(html`<committee-list .data=${big}></committee-list>`);
    expect(rows(el)).to.have.length(500);
    expect(rows(el)[0]).to.equal('Member499 Family000 (Institute 18)');
    await type(el, 'institute 3');
    // Every word must occur in the name or the affiliation.
    const expected = big.people.filter((p) => `${p.name} ${p.affiliations[0]}`.toLowerCase().includes('institute') && `${p.name} ${p.affiliations[0]}`.includes('3')).length;
    expect(expected).to.be.within(100, 400);
    expect(rows(el)).to.have.length(expected);
    expect(count(el)).to.equal(`${expected} of 500 members`);
  });

  it('writes counts as localised numbers', async () => {
    const people = Array.from({ length: 1200 }, (_, i) => ({ id: `m${i}`, name: `Member ${i}` }));
    const data = { title: 'x', people, roles: { programCommittee: people.map((p) => p.id) } };
    const el = await fixture<CommitteeList>(html`<committee-list .data=${data}></committee-list>`);
    expect(count(el)).to.equal('1,200 members');
    await type(el, 'member 1199');
    expect(count(el)).to.equal('1 of 1,200 members');
    const german = await fixture<CommitteeList>(html`<committee-list lang="de" .data=${data}></committee-list>`);
    expect(count(german)).to.equal('1.200 Mitglieder');
  });

  it('shows empty, loading and error states, and no filter when asked', async () => {
    const empty = await fixture<CommitteeList>(html`<committee-list .data=${{ title: 'x' }}></committee-list>`);
    expect(shadow(empty).querySelector('[part=empty]')!.textContent).to.equal('No committee members listed yet.');
    const bare = await fixture<CommitteeList>(html`<committee-list no-filter .data=${workshop}></committee-list>`);
    expect(shadow(bare).querySelector('input')).to.equal(null);
    const el = await fixture<CommitteeList>(html`<committee-list src="/test/fixtures/missing.json"></committee-list>`);
    expect(shadow(el).querySelector('[part=loading]')).to.not.equal(null);
    await oneEvent(el, 'ww-error');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=error]')).to.not.equal(null);
  });

  it('skips unknown members and bad entries without throwing', async () => {
    const el = document.createElement('committee-list') as CommitteeList;
    const reported = oneEvent(el, 'ww-error');
    el.data = { title: 'x', people: [{ id: 'a', name: 'Alma' }, { id: 'b' }, 42], roles: { programCommittee: ['a', 'b', 'ghost', 7] } };
    document.body.append(el);
    await reported;
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['Alma']);
    el.remove();
  });

  it('renders the FM4Science seed committee from its JSON alone', async () => {
    const seed = await (await fetch('/demo/workshops/fm4science-iclr2026.json')).json();
    const el = await fixture<CommitteeList>(html`<committee-list .data=${seed}></committee-list>`);
    const total = seed.roles.programCommittee.length;
    expect(total).to.be.greaterThan(50);
    expect(rows(el)).to.have.length(total);
    expect(count(el)).to.equal(`${total} members`);
  });

  it('has no accessibility violations in dark mode', async () => {
    const el = await fixture<CommitteeList>(html`<committee-list theme="dark" .data=${workshop}></committee-list>`);
    await expect(el).to.be.accessible();
  });

  it("writes a member's institutions as this list writes them, the honorific before the name, positions' institutions too", async () => {
    const data = {
      title: 'x',
      people: [
        { id: 'w', name: 'Wuyang Chen', honorific: 'Dr.', affiliations: ['Simon Fraser University'] },
        { id: 'm', name: 'Michael Mahoney', positions: [{ title: 'Group Lead', institution: 'LBNL' }, { title: 'Professor', institution: 'UC Berkeley' }] },
      ],
      roles: { organizers: ['w', 'm'], programCommittee: [{ person: 'w', affiliations: ['SFU'] }, 'm'] },
    };
    const committee = await fixture<CommitteeList>(html`<committee-list .data=${data}></committee-list>`);
    expect(rows(committee)).to.deep.equal(['Dr. Wuyang Chen (SFU)', 'Michael Mahoney (LBNL; UC Berkeley)']);
    const organizers = await fixture<CommitteeList>(html`<committee-list group="organizers" .data=${data}></committee-list>`);
    expect(rows(organizers)).to.deep.equal(['Dr. Wuyang Chen (Simon Fraser University)', 'Michael Mahoney (LBNL; UC Berkeley)']);
    // The filter reads the list's own words.
    await type(committee, 'sfu');
    expect(rows(committee)).to.deep.equal(['Dr. Wuyang Chen (SFU)']);
    await expect(committee).to.be.accessible();
  });
});
