import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/components/people-grid/people-grid.js';
import '../../src/components/speaker-grid/speaker-grid.js';
import type { PeopleGrid } from '../../src/components/people-grid/people-grid.js';
import { clearWorkshopCache } from '../../src/data/load.js';
import type { Person } from '../../src/data/schema.js';
import { personCard } from '../../src/internal/person-card.js';
import { initials } from '../../src/data/people.js';

const workshop = {
  title: 'Organized workshop',
  people: [
    { id: 'b', name: 'Björn Ødegaard', position: 'PhD student', affiliations: ['NTNU'] },
    { id: 'a', name: 'Ana Álvarez', affiliations: ['Universidad de Chile'], homepage: 'https://ana.example.org' },
    { id: 'c', name: 'Chen Wei', sortName: 'Chen', affiliations: ['Tsinghua University'] },
    { id: 'v', name: 'Valentin Volunteer' },
  ],
  roles: {
    organizers: [{ person: 'b', role: 'General chair' }, 'a', { person: 'c', role: 'Program chair' }],
    volunteers: ['v'],
  },
};

const shadow = (el: HTMLElement) => el.shadowRoot!;
const names = (el: HTMLElement) => [...shadow(el).querySelectorAll('[part~=name]')].map((node) => node.textContent!.trim());

describe('<people-grid>', function () {
  // axe on a full grid can pass 10 s when several browsers share the machine; a real hang still fails.
  this.timeout(30000);
  beforeEach(() => clearWorkshopCache());

  it('shows the organizers by default, with their role in the list', async () => {
    const el = await fixture<PeopleGrid>(html`<people-grid .data=${workshop}></people-grid>`);
    expect(names(el)).to.deep.equal(['Björn Ødegaard', 'Ana Álvarez', 'Chen Wei']);
    const roles = [...shadow(el).querySelectorAll('[part~=card]')].map((card) => card.querySelector('[part~=role]')?.textContent ?? null);
    expect(roles).to.deep.equal(['General chair', null, 'Program chair']);
    expect(shadow(el).querySelector('[part~=grid]')!.getAttribute('data-role')).to.equal('organizers');
    expect(shadow(el).querySelector('[part~=avatar]')!.textContent).to.equal('BØ');
    await expect(el).to.be.accessible();
  });

  it('renders the same card markup as <speaker-grid> for the same people', async () => {
    const people = await fixture<PeopleGrid>(html`<people-grid group="volunteers" .data=${workshop}></people-grid>`);
    const speakers = await fixture(html`<speaker-grid group="volunteers" .data=${workshop}></speaker-grid>`);
    const strip = (el: Element) => el.shadowRoot!.querySelector('[part~=grid]')!.innerHTML.replace(/<!--[^>]*-->/g, '');
    expect(strip(people)).to.equal(strip(speakers));
    expect(names(people)).to.deep.equal(['Valentin Volunteer']);
  });

  it('lays out at most `columns` columns, clamped to 1–8', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 1200px"><people-grid columns="2" .data=${workshop}></people-grid></div>`);
    const el = host.querySelector<PeopleGrid>('people-grid')!;
    await el.updateComplete;
    const tracks = () => getComputedStyle(shadow(el).querySelector('[part~=grid]')!).gridTemplateColumns.split(' ').length;
    expect(tracks()).to.equal(2);
    el.columns = 3;
    await el.updateComplete;
    expect(tracks()).to.equal(3);
    el.columns = 0;
    await el.updateComplete;
    expect(tracks()).to.equal(1);
  });

  it('orders by family name (sortName first) and takes a heading level', async () => {
    const el = await fixture<PeopleGrid>(html`<people-grid order="last-name" heading-level="4" .data=${workshop}></people-grid>`);
    expect(names(el)).to.deep.equal(['Ana Álvarez', 'Chen Wei', 'Björn Ødegaard']);
    expect(shadow(el).querySelectorAll('h4')).to.have.length(3);
  });

  it('makes initials from the first and last words, whole letters, upper-cased', () => {
    expect(initials('ada lovelace')).to.equal('AL');
    expect(initials('Ørsted')).to.equal('Ø');
    expect(initials('Jean-Luc (JL) van der Berg')).to.equal('JB');
    expect(initials('  ')).to.equal('?');
    expect(initials('𝓐lice Zed')).to.equal('𝓐Z');
  });

  it('says when the role list is empty', async () => {
    const el = await fixture<PeopleGrid>(html`<people-grid group="area-chairs" .data=${workshop}></people-grid>`);
    expect(shadow(el).querySelector('[part=empty]')!.textContent).to.equal('No area chairs listed yet.');
  });

  it('never links an unsafe url even when the data skipped validation', () => {
    const person = { id: 'x', name: 'Mallory', homepage: 'javascript:alert(1)', photo: 'javascript:alert(2)', links: [{ label: 'X', url: ' JAVASCRIPT:alert(3)' }] } as Person;
    const host = document.createElement('ul');
    render(personCard({ person }, { level: 3, photoFailed: false, onPhotoError: () => {} }), host);
    expect(host.querySelector('a')).to.equal(null);
    expect(host.querySelector('img')).to.equal(null);
    expect(host.querySelector('[part~=links]')).to.equal(null);
    expect(host.querySelector('h3')!.textContent).to.equal('Mallory');
  });

  it('has no accessibility violations in dark mode, in a narrow column', async () => {
    const el = await fixture<PeopleGrid>(html`<people-grid style="width:320px" theme="dark" .data=${workshop}></people-grid>`);
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
