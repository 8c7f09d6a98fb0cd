import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/components/people-grid/people-grid.js';
import '../../src/components/speaker-grid/speaker-grid.js';
import type { PeopleGrid } from '../../src/components/people-grid/people-grid.js';
import { clearWorkshopCache } from '../../src/data/load.js';
import type { Person } from '../../src/data/schema.js';
import { personCard, tone } from '../../src/internal/person-card.js';
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

/** The sRGB colour a CSS colour (translucent or not) shows over `under`, painted as the page would paint it. */
function painted(color: string, under: string): [number, number, number] {
  const context = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d')!;
  context.fillStyle = under;
  context.fillRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

const linear = (channel: number) => ((channel /= 255) <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);

/** WCAG contrast ratio of two sRGB colours. */
function contrast(a: [number, number, number], b: [number, number, number]): number {
  const luminance = ([r, g, bl]: [number, number, number]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(bl);
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** OKLCH chroma and hue (degrees) of an sRGB colour (Björn Ottosson's OKLab matrices). */
function oklch([r, g, b]: [number, number, number]): { chroma: number; hue: number } {
  const [lr, lg, lb] = [linear(r), linear(g), linear(b)];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  const a = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const bb = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return { chroma: Math.hypot(a, bb), hue: (Math.atan2(bb, a) * 180) / Math.PI + (bb < 0 ? 360 : 0) };
}
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

  it('shows several positions and institutions as separate lines, not one run-on line', async () => {
    const people = [
      {
        id: 'm',
        name: 'Michael Mahoney',
        position: 'Professor',
        positions: [{ title: 'Group Lead', institution: 'LBNL' }, { title: 'Vice President', institution: 'ICSI' }],
        affiliations: ['UC Berkeley', 'ICSI'],
      },
    ];
    const el = await fixture<PeopleGrid>(html`<people-grid style="width: 800px" .data=${{ title: 'x', people, roles: { organizers: ['m'] } }}></people-grid>`);
    const card = shadow(el).querySelector('[part~=card]')!;
    const lines = (part: string) => [...card.querySelectorAll(`[part~=${part}] > span`)];
    expect(lines('position').map((line) => line.textContent)).to.deep.equal(['Professor', 'Group Lead, LBNL', 'Vice President, ICSI']);
    // ICSI is already named by a position.
    expect(lines('affiliations').map((line) => line.textContent)).to.deep.equal(['UC Berkeley']);
    // Each on a line of its own.
    const tops = [...lines('position'), ...lines('affiliations')].map((line) => line.getBoundingClientRect().top);
    expect(new Set(tops).size).to.equal(4);
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
  });

  it('shows a free-text position exactly as written, even with semicolons', async () => {
    const people = [{ id: 'm', name: 'Michael Mahoney', position: 'Group Lead, LBNL; Vice President, ICSI' }];
    const el = await fixture<PeopleGrid>(html`<people-grid .data=${{ title: 'x', people, roles: { organizers: ['m'] } }}></people-grid>`);
    const lines = [...shadow(el).querySelectorAll('[part~=position] > span')].map((line) => line.textContent);
    expect(lines).to.deep.equal(['Group Lead, LBNL; Vice President, ICSI']);
  });

  it('gives people without a photo a modest round initials avatar, tinted differently from name to name', async () => {
    const many = ['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Emmy Noether', 'Kurt Gödel', 'John von Neumann', 'Marie Curie', 'Niels Bohr'];
    const people = many.map((name, index) => ({ id: `p${index}`, name }));
    const el = await fixture<PeopleGrid>(html`<people-grid style="width: 1000px" .data=${{ title: 'x', people, roles: { organizers: people.map((p) => p.id) } }}></people-grid>`);
    const avatars = [...shadow(el).querySelectorAll<HTMLElement>('[part~=avatar]')];
    expect(avatars.map((avatar) => avatar.textContent!.trim())).to.deep.equal(['AL', 'AT', 'GH', 'EN', 'KG', 'JN', 'MC', 'NB']);
    const box = avatars[0]!.getBoundingClientRect();
    expect(box.width).to.be.within(96, 120); // a modest portrait, not a 230 px block
    expect(box.height).to.equal(box.width);
    expect(getComputedStyle(avatars[0]!).borderRadius).to.equal('50%');
    // Varied: the tint's hue is turned per name.
    const tints = new Set(avatars.map((avatar) => getComputedStyle(avatar).backgroundColor));
    expect(tints.size).to.be.greaterThan(3);
    // The same name always gets the same tint, wherever it appears.
    expect(avatars.map((avatar) => avatar.dataset.tone)).to.deep.equal(many.map((name) => String(tone(name))));
    // Only the background is tinted: no filter turns the initials' colour too.
    expect(avatars.map((avatar) => getComputedStyle(avatar).filter)).to.deep.equal(avatars.map(() => 'none'));
    await expect(el).to.be.accessible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`tints initials quietly, six hues apart, and keeps them readable in ${scheme} mode`, async () => {
      // One name per tone: the six tints side by side, on a neutral page of each scheme (a tinted page would
      // pull every translucent tint towards its own hue).
      const byTone = new Map<number, string>();
      for (let i = 0; byTone.size < 6; i++) byTone.set(tone(`Person ${i}`), `Person ${i}`);
      const people = [...byTone].sort(([a], [b]) => a - b).map(([, name], index) => ({ id: `p${index}`, name }));
      const page = scheme === 'dark' ? '#121212' : '#ffffff';
      const wrapper = await fixture<HTMLElement>(html`<div style="background:${page};padding:8px">
        <people-grid theme=${scheme} .data=${{ title: 'x', people, roles: { organizers: people.map((p) => p.id) } }}></people-grid>
      </div>`);
      const el = wrapper.querySelector('people-grid')!;
      await el.updateComplete;
      const avatars = [...shadow(el).querySelectorAll<HTMLElement>('[part~=avatar]')];
      expect(avatars.map((avatar) => avatar.dataset.tone)).to.deep.equal(['0', '1', '2', '3', '4', '5']);
      const shown = avatars.map((avatar) => painted(getComputedStyle(avatar).backgroundColor, page));
      const hues = shown.map((rgb) => oklch(rgb));
      for (const [index, avatar] of avatars.entries()) {
        const { chroma } = hues[index]!;
        // Quiet: close to grey (a saturated swatch has chroma 0.1 to 0.3; the hue-rotated tints before reached 0.03), yet tinted.
        expect(chroma, `tone ${index} chroma`).to.be.within(0.006, 0.02);
        const text = painted(getComputedStyle(avatar).color, page);
        expect(contrast(text, shown[index]!), `tone ${index} contrast`).to.be.at.least(4.5);
      }
      // Six hues, about 60 degrees apart: no two tones look alike.
      const angles = hues.map((hue) => hue.hue).sort((a, b) => a - b);
      const gaps = angles.map((angle, index) => (index ? angle - angles[index - 1]! : angle + 360 - angles.at(-1)!));
      expect(Math.min(...gaps), `hues ${angles.map(Math.round).join(', ')}`).to.be.above(35);
      await expect(el).to.be.accessible();
    });
  }

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

  it('shows an honorific before the name, leaving it out of the initials and the order by family name', async () => {
    const data = {
      title: 'x',
      people: [
        { id: 'a', name: 'Anna Smith', honorific: 'Prof.' },
        { id: 'b', name: 'Ben Smith', honorific: 'Dr.' },
        { id: 'c', name: 'Cara Jones' },
      ],
      roles: { organizers: ['b', 'c', 'a'] },
    };
    const el = await fixture<PeopleGrid>(html`<people-grid order="last-name" .data=${data}></people-grid>`);
    // "Dr. Ben Smith" would sort before "Prof. Anna Smith", and give the initials "DS".
    expect(names(el)).to.deep.equal(['Cara Jones', 'Prof. Anna Smith', 'Dr. Ben Smith']);
    expect([...shadow(el).querySelectorAll('[part~=avatar]')].map((avatar) => avatar.textContent)).to.deep.equal(['CJ', 'AS', 'BS']);
    expect(shadow(el).querySelector('h3')!.textContent).to.equal('Cara Jones');
    await expect(el).to.be.accessible();
  });

  it('shows several roles, each with its own institution, one per line, then the institutions no role names', async () => {
    const people = [
      {
        id: 'm',
        name: 'Michael Mahoney',
        position: 'Fellow',
        positions: [{ title: 'Group Lead', institution: 'LBNL' }, { title: 'Vice President', institution: 'ICSI' }, { title: 'Professor', institution: 'UC Berkeley' }, { title: 'Editor' }],
        affiliations: ['ICSI', 'Simons Institute'],
      },
    ];
    const el = await fixture<PeopleGrid>(html`<people-grid .data=${{ title: 'x', people, roles: { organizers: ['m'] } }}></people-grid>`);
    const card = shadow(el).querySelector('[part~=card]')!;
    const lines = (part: string) => [...card.querySelectorAll(`[part~=${part}] > span`)].map((line) => line.textContent);
    expect(lines('position')).to.deep.equal(['Fellow', 'Group Lead, LBNL', 'Vice President, ICSI', 'Professor, UC Berkeley', 'Editor']);
    expect(lines('affiliations')).to.deep.equal(['Simons Institute']);
    await expect(el).to.be.accessible();
  });
});
