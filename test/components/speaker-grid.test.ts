import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/speaker-grid/speaker-grid.js';
import type { SpeakerGrid } from '../../src/components/speaker-grid/speaker-grid.js';
import { clearWorkshopCache } from '../../src/data/load.js';
import { loadMarkdown } from '../../src/internal/markdown.js';

const PHOTO = '/node_modules/lit/logo.svg';
const MISSING = '/test/fixtures/missing-photo.jpg';

const workshop = {
  title: 'People workshop',
  people: [
    { id: 'ozil', name: 'Mesut Özil', affiliations: ['Universität Gelsenkirchen'], photo: PHOTO },
    { id: 'angstrom', name: 'Anders Ångström', position: 'Professor', affiliations: ['Uppsala University', 'KTH'], homepage: 'https://angstrom.example.org', bio: 'Studies *light*.' },
    { id: 'zoe', name: 'Zoë Zimmer', affiliations: ['ETH Zürich'], links: [{ label: 'Scholar', url: 'https://scholar.example.org/zoe' }] },
    { id: 'ostby', name: 'Kari Østby', affiliations: ['University of Oslo'], photo: MISSING },
    { id: 'borel', name: 'Émile Borel', email: 'emile@example.org' },
    { id: 'lovelace', name: 'Ada Lovelace', sortName: 'Lovelace' },
  ],
  roles: {
    speakers: [
      { person: 'ozil', talkTitle: 'Passing in high dimensions', kind: 'keynote' },
      { person: 'angstrom', talkTitle: 'Spectra of learning', abstract: 'We look at **spectra**.', confirmed: true },
      { person: 'zoe', confirmed: false },
      'ostby',
      'borel',
      'lovelace',
    ],
    panelists: ['lovelace', 'borel'],
    areaChairs: ['zoe'],
  },
};

const shadow = (el: HTMLElement) => el.shadowRoot!;
const names = (el: HTMLElement) => [...shadow(el).querySelectorAll('[part~=name]')].map((node) => node.textContent!.trim());
const card = (el: HTMLElement, name: string) =>
  [...shadow(el).querySelectorAll('[part~=card]')].find((node) => node.querySelector('[part~=name]')!.textContent === name)!;

describe('<speaker-grid>', function () {
  // axe on a full grid can pass 10 s when several browsers share the machine; a real hang still fails.
  this.timeout(30000);
  beforeEach(() => clearWorkshopCache());

  it('shows the speakers in the given order with name, position, affiliations, talk and links', async () => {
    const el = await fixture<SpeakerGrid>(html`<speaker-grid .data=${workshop}></speaker-grid>`);
    expect(names(el)).to.deep.equal(['Mesut Özil', 'Anders Ångström', 'Zoë Zimmer', 'Kari Østby', 'Émile Borel', 'Ada Lovelace']);
    const angstrom = card(el, 'Anders Ångström');
    expect(angstrom.tagName).to.equal('LI');
    expect(angstrom.querySelector('h3')!.textContent).to.equal('Anders Ångström');
    expect(angstrom.querySelector('[part~=position]')!.textContent).to.equal('Professor');
    expect([...angstrom.querySelectorAll('[part~=affiliations] > span')].map((line) => line.textContent)).to.deep.equal(['Uppsala University', 'KTH']);
    expect(angstrom.querySelector('[part~=talk]')!.textContent).to.equal('Talk: Spectra of learning');
    const homepage = angstrom.querySelector('a')!;
    expect(homepage.getAttribute('href')).to.equal('https://angstrom.example.org');
    expect(homepage.getAttribute('aria-label')).to.equal('Homepage: Anders Ångström');
    expect(card(el, 'Mesut Özil').querySelector('[part~=role]')!.textContent).to.equal('Keynote speaker');
    expect(card(el, 'Zoë Zimmer').querySelector('a')!.getAttribute('href')).to.equal('https://scholar.example.org/zoe');
    expect(card(el, 'Zoë Zimmer').querySelector('[part~=status]')!.textContent).to.equal('To be confirmed');
    expect(shadow(el).querySelectorAll('[part~=status]')).to.have.length(1);
    expect(card(el, 'Émile Borel').querySelector('a')!.getAttribute('href')).to.equal('mailto:emile@example.org');
    await expect(el).to.be.accessible();
  });

  it('sorts by family name with a collation that handles diacritics, following the page language', async () => {
    const el = await fixture<SpeakerGrid>(html`<speaker-grid order="last-name" .data=${workshop}></speaker-grid>`);
    expect(names(el)).to.deep.equal(['Anders Ångström', 'Émile Borel', 'Ada Lovelace', 'Kari Østby', 'Mesut Özil', 'Zoë Zimmer']);
    // In Swedish, Å, Ö and Ø come after Z.
    // No wrapper fixtures in this file: open-wc waits a frame for them, which never comes in a background tab.
    const swedish = await fixture<SpeakerGrid>(html`<speaker-grid lang="sv" order="last-name" .data=${workshop}></speaker-grid>`);
    expect(names(swedish).slice(-3)).to.have.members(['Anders Ångström', 'Kari Østby', 'Mesut Özil']);
    expect(names(swedish)[2]).to.equal('Zoë Zimmer');
  });

  it('limits the number of people after ordering', async () => {
    const el = await fixture<SpeakerGrid>(html`<speaker-grid order="last-name" limit="2" .data=${workshop}></speaker-grid>`);
    expect(names(el)).to.deep.equal(['Anders Ångström', 'Émile Borel']);
    el.limit = 0;
    await el.updateComplete;
    expect(names(el)).to.have.length(6);
  });

  it('selects another role list by camelCase or kebab-case name', async () => {
    const panel = await fixture<SpeakerGrid>(html`<speaker-grid group="panelists" .data=${workshop}></speaker-grid>`);
    expect(names(panel)).to.deep.equal(['Ada Lovelace', 'Émile Borel']);
    expect(shadow(panel).querySelector('[part~=talk]')).to.equal(null);
    const chairs = await fixture<SpeakerGrid>(html`<speaker-grid group="area-chairs" .data=${workshop}></speaker-grid>`);
    expect(names(chairs)).to.deep.equal(['Zoë Zimmer']);
    const viaRole = await fixture<SpeakerGrid>(html`<speaker-grid role="areaChairs" .data=${workshop}></speaker-grid>`);
    expect(names(viaRole)).to.deep.equal(['Zoë Zimmer']);
    const unknown = await fixture<SpeakerGrid>(html`<speaker-grid group="keynoters" .data=${workshop}></speaker-grid>`);
    expect(shadow(unknown).querySelector('[part=empty]')!.textContent).to.equal('There is no people list called "keynoters".');
  });

  it('reserves the photo box before the image loads and loads it lazily', async () => {
    const grid = await fixture<SpeakerGrid>(html`<speaker-grid style="width:900px" columns="3" .data=${workshop}></speaker-grid>`);
    const img = shadow(grid).querySelector('img[part~=photo]') as HTMLImageElement;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('width')).to.equal('400');
    expect(img.getAttribute('height')).to.equal('400');
    expect(img.alt).to.equal('');
    const box = img.getBoundingClientRect();
    expect(box.height).to.be.greaterThan(100);
    expect(Math.abs(box.width - box.height)).to.be.below(1);
    // Initials fill a box of exactly the same size.
    const avatar = card(grid, 'Zoë Zimmer').querySelector('[part~=avatar]')!.getBoundingClientRect();
    expect(Math.abs(avatar.width - box.width)).to.be.below(1);
    expect(Math.abs(avatar.height - box.height)).to.be.below(1);
  });

  it('shows initials when there is no photo and when the photo fails to load', async () => {
    const el = await fixture<SpeakerGrid>(html`<speaker-grid .data=${workshop}></speaker-grid>`);
    const zoe = card(el, 'Zoë Zimmer').querySelector('[part~=avatar]')!;
    expect(zoe.textContent).to.equal('ZZ');
    expect(zoe.getAttribute('aria-hidden')).to.equal('true');
    const broken = card(el, 'Kari Østby').querySelector('img')!;
    // A background test tab never scrolls the lazy image into view; loading it eagerly is what scrolling would do.
    broken.loading = 'eager';
    await waitUntil(() => card(el, 'Kari Østby').querySelector('img') === null, 'the broken photo was never replaced', { timeout: 10000 });
    expect(card(el, 'Kari Østby').querySelector('[part~=avatar]')!.textContent).to.equal('KØ');
    expect(card(el, 'Mesut Özil').querySelector('img')).to.not.equal(null);
  });

  it('opens the abstract and bio with the keyboard, rendering their markdown', async () => {
    await loadMarkdown();
    const el = await fixture<SpeakerGrid>(html`<speaker-grid .data=${workshop}></speaker-grid>`);
    const angstrom = card(el, 'Anders Ångström');
    const [abstract, bio] = [...angstrom.querySelectorAll('details')];
    expect(abstract!.querySelector('summary')!.textContent).to.equal('Abstract (Anders Ångström)');
    expect(bio!.querySelector('summary')!.textContent).to.equal('Bio (Anders Ångström)');
    expect(abstract!.open).to.equal(false);
    expect(abstract!.querySelector('[part=abstract] strong')!.textContent).to.equal('spectra');
    expect(bio!.querySelector('[part=bio] em')!.textContent).to.equal('light');
    abstract!.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await aTimeout(0);
    expect(abstract!.open).to.equal(true);
    expect(abstract!.querySelector('[part=abstract]')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await sendKeys({ press: 'Space' });
    await aTimeout(0);
    expect(abstract!.open).to.equal(false);
    expect(card(el, 'Zoë Zimmer').querySelector('details')).to.equal(null);
    abstract!.open = true;
    await expect(el).to.be.accessible();
  });

  it('drops a javascript: homepage but still shows the person, and reports it', async () => {
    const el = document.createElement('speaker-grid') as SpeakerGrid;
    const reported = oneEvent(el, 'ww-error');
    el.data = {
      title: 'x',
      people: [
        { id: 'evil', name: 'Eve Mallory', homepage: 'javascript:alert(1)', photo: 'javascript:alert(2)', links: [{ label: 'Bad', url: 'java\tscript:alert(3)' }] },
        { id: 'ok', name: 'Ok Person' },
      ],
      roles: { speakers: ['evil', 'ghost', 'ok'] },
    };
    document.body.append(el);
    const event = await reported;
    expect(event.detail.issues.map((issue: { path: string }) => issue.path)).to.include('people[0].homepage');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Eve Mallory', 'Ok Person']);
    expect(shadow(el).querySelector('a')).to.equal(null);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('[part=grid]')!.innerHTML).to.not.contain('javascript');
    el.remove();
  });

  it('uses at most `columns` columns and one column in a narrow container', async () => {
    const wide = await fixture<SpeakerGrid>(html`<speaker-grid style="width:1000px" columns="2" .data=${workshop}></speaker-grid>`);
    const wideGrid = shadow(wide).querySelector('[part=grid]')!;
    expect(getComputedStyle(wideGrid).gridTemplateColumns.split(' ')).to.have.length(2);
    const four = await fixture<SpeakerGrid>(html`<speaker-grid style="width:1000px" .data=${workshop}></speaker-grid>`);
    expect(getComputedStyle(shadow(four).querySelector('[part=grid]')!).gridTemplateColumns.split(' ')).to.have.length(4);
    const narrowEl = await fixture<SpeakerGrid>(html`<speaker-grid style="width:320px" .data=${workshop}></speaker-grid>`);
    expect(getComputedStyle(shadow(narrowEl).querySelector('[part=grid]')!).gridTemplateColumns.split(' ')).to.have.length(1);
    expect(narrowEl.scrollWidth).to.be.at.most(320);
  });

  it('shows readable empty, loading and error states', async () => {
    const empty = await fixture<SpeakerGrid>(html`<speaker-grid .data=${{ title: 'x' }}></speaker-grid>`);
    expect(shadow(empty).querySelector('[part=empty]')!.textContent).to.equal('No speakers announced yet.');
    await expect(empty).to.be.accessible();
    const el = await fixture<SpeakerGrid>(html`<speaker-grid src="/test/fixtures/missing.json"></speaker-grid>`);
    expect(shadow(el).querySelector('[part=loading]')).to.not.equal(null);
    await oneEvent(el, 'ww-error');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=error]')!.textContent).to.contain('could not be shown');
  });

  it('renders the FM4Science seed speakers from its JSON alone', async () => {
    const seed = await (await fetch('/demo/workshops/fm4science-iclr2026.json')).json();
    const el = await fixture<SpeakerGrid>(html`<speaker-grid .data=${seed}></speaker-grid>`);
    const ids: string[] = seed.roles.speakers.map((entry: string | { person: string }) => (typeof entry === 'string' ? entry : entry.person));
    const expected = ids.map((id) => seed.people.find((person: { id: string }) => person.id === id).name);
    expect(names(el)).to.deep.equal(expected);
  });

  it('has no accessibility violations in dark mode', async () => {
    await loadMarkdown();
    const el = await fixture<SpeakerGrid>(html`<speaker-grid theme="dark" .data=${workshop}></speaker-grid>`);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    shadow(el).querySelectorAll('details').forEach((details) => (details.open = true));
    await expect(el).to.be.accessible();
  });

  it("shows a speaker's institutions as the speakers' list writes them, instead of their affiliations and positions", async () => {
    const data = {
      title: 'x',
      people: [{ id: 'l', name: 'Laurence Perreault-Levasseur', honorific: 'Prof.', position: 'Canada Research Chair', positions: [{ title: 'Assistant Professor', institution: 'University of Montreal' }], affiliations: ['Mila'] }],
      roles: { speakers: [{ person: 'l', talkTitle: 'Cosmology', affiliations: ['Univ. Montreal', 'Mila'] }], organizers: ['l'] },
    };
    const el = await fixture<SpeakerGrid>(html`<speaker-grid .data=${data}></speaker-grid>`);
    const lines = (node: Element, part: string) => [...node.querySelectorAll(`[part~=${part}] > span`)].map((line) => line.textContent);
    const speaker = card(el, 'Prof. Laurence Perreault-Levasseur');
    expect(lines(speaker, 'position')).to.deep.equal(['Canada Research Chair']);
    expect(lines(speaker, 'affiliations')).to.deep.equal(['Univ. Montreal', 'Mila']);
    const organizers = await fixture<SpeakerGrid>(html`<speaker-grid group="organizers" .data=${data}></speaker-grid>`);
    const organizer = card(organizers, 'Prof. Laurence Perreault-Levasseur');
    expect(lines(organizer, 'position')).to.deep.equal(['Canada Research Chair', 'Assistant Professor, University of Montreal']);
    expect(lines(organizer, 'affiliations')).to.deep.equal(['Mila']);
    expect(organizer.querySelector('[part~=avatar]')!.textContent).to.equal('LP');
    await expect(el).to.be.accessible();
  });
});
