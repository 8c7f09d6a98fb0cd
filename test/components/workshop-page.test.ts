import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/workshop-page/workshop-page.js';
import type { WorkshopPage } from '../../src/components/workshop-page/workshop-page.js';
import { clearWorkshopCache } from '../../src/data/load.js';
import { loadMarkdown } from '../../src/internal/markdown.js';

const workshop = {
  title: 'Whole Site Workshop',
  shortName: 'WSW',
  overview: 'All about **everything**.',
  date: '2026-04-27',
  timeZone: 'America/Sao_Paulo',
  importantDates: [{ id: 'submission', label: 'Paper submission', date: '2026-02-01' }],
  callForPapers: {
    description: 'Send us papers.',
    submissionUrl: 'https://openreview.net/group?id=wsw',
    topics: ['Topic one', 'Topic two'],
    policies: [{ id: 'dual', title: 'Dual submission', body: 'Allowed.' }],
  },
  people: [
    { id: 'ada', name: 'Ada Lovelace', affiliations: ['Analytical Engines'] },
    { id: 'alan', name: 'Alan Turing', affiliations: ['Bletchley'] },
  ],
  roles: { speakers: ['ada'], organizers: ['alan'], programCommittee: ['ada', 'alan'] },
  schedule: { days: [{ date: '2026-04-27', items: [{ start: '09:00', end: '09:15', title: 'Opening', kind: 'opening' }] }] },
  papers: [{ id: 'p1', title: 'A paper', authors: ['Ada Lovelace'] }],
  sponsorTiers: ['Gold'],
  sponsors: [{ name: 'Gold Inc', tier: 'Gold', url: 'https://gold.example.org' }],
  faq: [{ question: 'Archival?', answer: 'No.' }],
  contact: { email: 'wsw@example.org' },
  sections: [
    { id: 'reproducibility', title: 'Reproducibility', body: 'Share code.' },
    { id: 'faq', title: 'Clashing id', body: 'Still shown.' },
    { id: 'pc-note', title: 'Program Committee', body: 'Thanks to our reviewers.' },
  ],
  relatedWorkshops: [{ name: 'Other workshop', url: 'https://other.example.org' }],
};

const shadow = (el: HTMLElement) => el.shadowRoot!;
const sectionIds = (el: HTMLElement) => [...shadow(el).querySelectorAll('section[part=section]')].map((s) => s.id);
const navLinks = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLAnchorElement>('nav a')];

describe('<workshop-page>', () => {
  before(() => loadMarkdown());
  beforeEach(() => {
    clearWorkshopCache();
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  it('renders every present section in page order, each with a heading and its element', async () => {
    const el = await fixture<WorkshopPage>(html`<workshop-page .data=${workshop}></workshop-page>`);
    expect(sectionIds(el)).to.deep.equal([
      'overview', 'dates', 'call-for-papers', 'speakers', 'schedule', 'papers', 'organizers', 'committee', 'sponsors', 'faq', 'contact',
      'reproducibility', 'section-faq', 'related',
    ]);
    expect(shadow(el).querySelector('workshop-header')!.getAttribute('heading-level')).to.equal('1');
    expect(shadow(el).querySelector('#schedule-heading')!.tagName).to.equal('H2');
    expect(shadow(el).querySelector('#faq-heading')!.textContent).to.equal('FAQ');
    const expected: Record<string, string> = {
      overview: 'workshop-sections', dates: 'workshop-dates', speakers: 'speaker-grid', schedule: 'workshop-schedule',
      organizers: 'people-grid', papers: 'paper-list', committee: 'committee-list', sponsors: 'sponsor-wall', faq: 'workshop-faq', contact: 'workshop-contact',
    };
    for (const [id, tag] of Object.entries(expected)) {
      const child = shadow(el).querySelector(`section#${id} ${tag}`) as HTMLElement & { data: unknown };
      expect(child, `${tag} in #${id}`).to.exist;
      expect(child.data, `${tag} gets the workshop`).to.have.property('title', 'Whole Site Workshop');
    }
    expect([...shadow(el).querySelector('section#dates .content')!.children].map((child) => child.tagName.toLowerCase())).to.deep.equal(['countdown-deadline', 'workshop-dates', 'div']);
    expect(shadow(el).querySelector('section#dates add-to-calendar')!.getAttribute('date-id')).to.equal('workshop');
    const call = shadow(el).querySelector('section#call-for-papers')!;
    expect([...call.querySelectorAll('[part~=subheading]')].map((h) => [h.tagName, h.textContent])).to.deep.equal([['H3', 'Topics']]);
    expect(call.querySelector('workshop-topics')!.getAttribute('heading-level')).to.equal('4');
    expect(call.querySelector('a[part~=action]')!.getAttribute('href')).to.equal('https://openreview.net/group?id=wsw');
    expect(shadow(el).querySelector('section#sponsors sponsor-wall')!.getAttribute('heading-level')).to.equal('3');
    // A free section named like a built-in one joins it instead of repeating the heading.
    const committee = shadow(el).querySelector('section#committee .content')!;
    expect([...committee.children].map((child) => child.tagName.toLowerCase())).to.deep.equal(['workshop-sections', 'committee-list']);
    expect(committee.querySelector('workshop-sections')!.getAttribute('section')).to.equal('pc-note');
    const header = shadow(el).querySelector('workshop-header')!;
    await header.updateComplete;
    expect(header.shadowRoot!.querySelector('h1')!.textContent).to.equal('Whole Site Workshop');
  });

  it('counts down only to a dated deadline: deadlines all still to be announced are said once, in the list', async () => {
    const tbd = { title: 'Open dates', importantDates: [{ id: 'a', label: 'Abstract deadline', kind: 'deadline', tbd: true }, { id: 'n', label: 'Notification', kind: 'notification', tbd: true }] };
    const el = await fixture<WorkshopPage>(html`<workshop-page .data=${tbd}></workshop-page>`);
    expect([...shadow(el).querySelector('section#dates .content')!.children].map((child) => child.tagName.toLowerCase())).to.deep.equal(['workshop-dates']);
  });

  it('lists every section in a labelled navigation', async () => {
    const el = await fixture<WorkshopPage>(html`<workshop-page .data=${workshop}></workshop-page>`);
    const nav = shadow(el).querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('On this page');
    expect(navLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal(sectionIds(el).map((id) => `#${id}`));
    expect(navLinks(el)[0]!.textContent).to.equal('Overview');
  });

  it('hides sections named in hide, and the parts of the call for papers', async () => {
    const el = await fixture<WorkshopPage>(html`<workshop-page hide="schedule papers committee topics sponsors reproducibility related countdown calendar" .data=${workshop}></workshop-page>`);
    expect(sectionIds(el)).to.deep.equal(['overview', 'dates', 'call-for-papers', 'speakers', 'organizers', 'faq', 'contact', 'section-faq']);
    expect(shadow(el).querySelector('workshop-topics, workshop-schedule, paper-list, sponsor-wall, countdown-deadline, add-to-calendar')).to.equal(null);
    expect(shadow(el).querySelector('workshop-dates')).to.exist;
    el.hide = 'header nav sections';
    await el.updateComplete;
    expect(shadow(el).querySelector('workshop-header, nav')).to.equal(null);
    expect(sectionIds(el)).not.to.include('reproducibility');
  });

  it('scrolls to a section and focuses its heading when a nav link is clicked, and updates the hash', async () => {
    const el = await fixture<WorkshopPage>(html`<workshop-page .data=${workshop}></workshop-page>`);
    const navigated = oneEvent(el, 'ww-navigate');
    navLinks(el).find((a) => a.getAttribute('href') === '#contact')!.click();
    expect((await navigated).detail.id).to.equal('contact');
    expect(location.hash).to.equal('#contact');
    expect(shadow(el).activeElement!.id).to.equal('contact-heading');
    expect(shadow(el).activeElement!.tagName).to.equal('H2');
  });

  it('follows the URL hash on load and on hashchange', async () => {
    history.replaceState(null, '', '#sponsors');
    const el = document.createElement('workshop-page') as WorkshopPage;
    const first = oneEvent(el, 'ww-navigate');
    el.data = workshop;
    document.body.append(el);
    expect((await first).detail.id).to.equal('sponsors');
    expect(shadow(el).activeElement!.id).to.equal('sponsors-heading');
    const second = oneEvent(el, 'ww-navigate');
    location.hash = '#faq';
    expect((await second).detail.id).to.equal('faq');
    expect(shadow(el).activeElement!.id).to.equal('faq-heading');
    el.remove();
  });

  it('shows only the header for a workshop with nothing else, and reports skipped entries once', async () => {
    const bare = await fixture<WorkshopPage>(html`<workshop-page .data=${{ title: 'Bare' }}></workshop-page>`);
    expect(sectionIds(bare)).to.deep.equal([]);
    expect(shadow(bare).querySelector('nav')).to.equal(null);
    expect(shadow(bare).querySelector('[part=empty]')!.textContent).to.equal('More about this workshop will follow.');

    const el = document.createElement('workshop-page') as WorkshopPage;
    const reported = oneEvent(el, 'ww-error');
    el.data = { title: 'x', sponsors: [{ name: 'Evil', url: 'javascript:alert(1)' }, { name: 'Fine' }], faq: [{ question: 'Q', answer: '<script>window.pageHacked = 1</script>A' }] };
    document.body.append(el);
    expect((await reported).detail.issues.map((issue: { path: string }) => issue.path)).to.deep.equal(['sponsors[0].url']);
    await el.updateComplete;
    const wall = shadow(el).querySelector('sponsor-wall')!;
    await wall.updateComplete;
    expect(wall.shadowRoot!.querySelector('[part=issues]')).to.equal(null);
    expect(shadow(el).querySelectorAll('[part=issues]')).to.have.length(1);
    expect(wall.shadowRoot!.textContent).to.contain('Fine');
    const faq = shadow(el).querySelector('workshop-faq')!;
    await faq.updateComplete;
    expect(faq.shadowRoot!.querySelector('script')).to.equal(null);
    expect((window as unknown as { pageHacked?: number }).pageHacked).to.equal(undefined);
    el.remove();
  });

  it('shows loading and error states from src', async () => {
    const el = await fixture<WorkshopPage>(html`<workshop-page src="/test/fixtures/missing.json"></workshop-page>`);
    expect(shadow(el).querySelector('[part=loading]')).to.exist;
    await oneEvent(el, 'ww-error');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=error]')).to.exist;
  });

  for (const seed of ['fm4science-iclr2026', 'mlmp-iclr2025', 'frontier-reasoning', 'ml4astro-icml2025', 'sim2science-icml2026']) {
    it(`renders the ${seed} seed accessibly in light and dark`, async function (this: { timeout(ms: number): void }) {
      // axe over a whole site (97 committee members, every section) takes longer than one element.
      this.timeout(60000);
      const data = await (await fetch(`/demo/workshops/${seed}.json`)).json();
      const el = await fixture<WorkshopPage>(html`<workshop-page .data=${data}></workshop-page>`);
      const children = [...shadow(el).querySelectorAll('*')].filter((node): node is HTMLElement & { updateComplete: Promise<unknown> } => 'updateComplete' in node);
      await Promise.all(children.map((child) => child.updateComplete));
      expect(sectionIds(el).length).to.be.greaterThan(1);
      expect(navLinks(el)).to.have.length(sectionIds(el).length);
      await expect(el).to.be.accessible();
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
    });
  }

  it('fits 320px', async () => {
    const el = await fixture<WorkshopPage>(html`<workshop-page style="width:320px" .data=${workshop}></workshop-page>`);
    expect(el.shadowRoot!.querySelector('nav')).to.exist;
    expect(el.scrollWidth).to.be.at.most(320);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.layout')!).gridTemplateColumns.split(' ')).to.have.length(1);
  });
});

describe('<workshop-page> layout', () => {
  before(() => loadMarkdown());
  beforeEach(() => clearWorkshopCache());

  /** Text of the deep tree (shadow roots included), for notes shown by child elements. */
  const deepText = (node: Node): string =>
    [...(node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes)].map((child) => (child.nodeType === Node.TEXT_NODE ? child.nodeValue : deepText(child))).join(' ');
  const settled = async (el: WorkshopPage) => {
    await el.updateComplete;
    const children = [...shadow(el).querySelectorAll('*')].filter((node): node is HTMLElement & { updateComplete: Promise<unknown> } => 'updateComplete' in node);
    await Promise.all(children.map((child) => child.updateComplete));
  };

  const laidOut = {
    ...workshop,
    roles: { programCommittee: ['ada', 'alan'] },
    papers: [],
    sponsors: [],
    sections: [
      { id: 'program-intro', title: 'Program', body: 'Our program.' },
      { id: 'travel', title: 'Travel', body: 'Fly in.' },
    ],
    layout: [
      { section: 'overview', title: 'About' },
      { section: 'program-intro', sections: [{ section: 'speakers', title: 'Invited Speakers and Panelists', note: '*Coming soon* for speakers.' }, 'schedule'] },
      'dual',
      { section: 'committee', title: 'Technical Committee', links: [{ label: 'Join the committee', url: '#contact' }] },
      { section: 'registration', title: 'Registration', sections: [{ section: 'papers', note: 'Papers: to be announced.' }, 'sponsors'] },
      { section: 'organizers', note: 'Organizers: to be announced.' },
      { section: 'faq', hidden: true },
    ],
    footer: '© 2026 The organizers',
  };

  it('orders, renames, hides and nests sections as the layout says; unnamed ones keep their default place', async () => {
    const el = await fixture<WorkshopPage>(html`<workshop-page .data=${laidOut}></workshop-page>`);
    await settled(el);
    // Unnamed sections follow the named one before them in the default order: dates and the call follow the
    // overview, contact the committee, travel and related workshops the free section before them.
    expect(sectionIds(el)).to.deep.equal(['overview', 'dates', 'call-for-papers', 'program-intro', 'travel', 'related', 'dual', 'committee', 'contact', 'registration', 'organizers']);
    expect(navLinks(el).map((a) => a.textContent)).to.deep.equal([
      'About', 'Important dates', 'Call for papers', 'Program', 'Travel', 'Related workshops', 'Dual submission', 'Technical Committee', 'Contact', 'Registration', 'Organizers',
    ]);
    // Sub-sections sit inside their section, one heading level down, with anchors; not in the navigation.
    const program = shadow(el).querySelector('section#program-intro')!;
    expect([...program.querySelectorAll('section.part')].map((part) => part.id)).to.deep.equal(['speakers', 'schedule']);
    expect(program.querySelector('#speakers-heading')!.tagName).to.equal('H3');
    expect(program.querySelector('#speakers-heading')!.textContent).to.equal('Invited Speakers and Panelists');
    expect(program.querySelector('workshop-sections')!.getAttribute('section')).to.equal('program-intro');
    expect(program.querySelector('workshop-schedule')).to.exist;
    // A section with nothing yet shows its note instead of vanishing.
    expect(deepText(program.querySelector('section#speakers')!)).to.include('Coming soon');
    expect(program.querySelector('section#speakers em')!.textContent).to.equal('Coming soon');
    expect(deepText(shadow(el).querySelector('section#registration')!)).to.include('Papers: to be announced.');
    expect(deepText(shadow(el).querySelector('section#organizers')!)).to.include('Organizers: to be announced.');
    // A group heading without content of its own only when a sub-section has something: sponsors has neither.
    expect(shadow(el).querySelector('section#sponsors')).to.equal(null);
    // A policy the layout places leaves the call for papers.
    expect(deepText(shadow(el).querySelector('section#dual')!)).to.include('Allowed.');
    expect(deepText(shadow(el).querySelector('section#call-for-papers')!)).not.to.include('Allowed.');
    // Call to action after the section; the footer line at the foot.
    const action = shadow(el).querySelector<HTMLAnchorElement>('section#committee .actions a')!;
    expect([action.textContent!.trim(), action.getAttribute('href')]).to.deep.equal(['Join the committee', '#contact']);
    expect(shadow(el).querySelector('footer[part=footer]')!.textContent!.trim()).to.equal('© 2026 The organizers');
    expect(shadow(el).querySelector('.sections')!.lastElementChild!.matches('footer')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps the default order without a layout, and hides the footer with hide="footer"', async () => {
    const el = await fixture<WorkshopPage>(html`<workshop-page hide="footer" .data=${{ ...workshop, footer: 'Bye' }}></workshop-page>`);
    expect(sectionIds(el)).to.deep.equal([
      'overview', 'dates', 'call-for-papers', 'speakers', 'schedule', 'papers', 'organizers', 'committee', 'sponsors', 'faq', 'contact',
      'reproducibility', 'section-faq', 'related',
    ]);
    expect(shadow(el).querySelector('footer')).to.equal(null);
  });

  it('a free section titled like a renamed built-in one still joins it', async () => {
    const data = { ...workshop, layout: [{ section: 'committee', title: 'Technical Committee' }] };
    const el = await fixture<WorkshopPage>(html`<workshop-page .data=${data}></workshop-page>`);
    expect(sectionIds(el)).not.to.include('pc-note');
    expect(shadow(el).querySelector('section#committee workshop-sections[section=pc-note]')).to.exist;
  });

  it('shows each element\'s note when its list is empty, in separate elements too', async () => {
    const notes = {
      title: 'Soon',
      layout: [
        { section: 'speakers', note: 'Speakers soon.' },
        { section: 'papers', note: 'Papers soon.' },
        { section: 'committee', note: 'Committee soon.' },
        { section: 'organizers', note: 'Organizers soon.' },
        { section: 'sponsors', note: 'Sponsors soon.' },
        { section: 'schedule', note: 'Program soon.' },
      ],
    };
    const el = await fixture<HTMLElement>(html`<div>
      <speaker-grid .data=${notes}></speaker-grid><paper-list .data=${notes}></paper-list><committee-list .data=${notes}></committee-list>
      <people-grid group="organizers" .data=${notes}></people-grid><sponsor-wall .data=${notes}></sponsor-wall><workshop-schedule .data=${notes}></workshop-schedule>
    </div>`);
    const elements = [...el.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    await Promise.all(elements.map((child) => child.updateComplete));
    expect(elements.map((child) => child.shadowRoot!.querySelector('[part~=note][data-kind=note]')?.textContent?.trim())).to.deep.equal([
      'Speakers soon.', 'Papers soon.', 'Committee soon.', 'Organizers soon.', 'Sponsors soon.', 'Program soon.',
    ]);
    await expect(el).to.be.accessible();
  });
});

describe('<workshop-page> keyboard', () => {
  before(() => loadMarkdown());
  beforeEach(() => {
    clearWorkshopCache();
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });
  afterEach(() => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  const settled = async (el: WorkshopPage) => {
    await el.updateComplete;
    const children = [...shadow(el).querySelectorAll('*')].filter((node): node is HTMLElement & { updateComplete: Promise<unknown> } => 'updateComplete' in node);
    await Promise.all(children.map((child) => child.updateComplete));
  };
  /** The page section holding the focus (a child element's own focus counts for the section it is in). */
  const focusedSection = (el: WorkshopPage) => shadow(el).activeElement?.closest('section[part~="section"]')?.id;

  it('takes a few Tab presses to the important dates: a skip link first, then the dates', async function (this: { timeout(ms: number): void }) {
    this.timeout(120_000); // pressing Tab through the header and navigation
    const data = await (await fetch('/demo/workshops/default.json')).json();
    const wrapper = await fixture(html`<div><button>Before the page</button><workshop-page .data=${data}></workshop-page></div>`);
    const el = wrapper.querySelector('workshop-page')!;
    await settled(el);
    const start = wrapper.querySelector('button')!;

    // Tab alone: the header's links, the section links, the overview.
    start.focus();
    let tabsOnly = 0;
    while (focusedSection(el) !== 'dates' && tabsOnly < 500) {
      await sendKeys({ press: 'Tab' });
      tabsOnly++;
    }
    // With the skip link, the first thing Tab reaches.
    start.focus();
    await sendKeys({ press: 'Tab' });
    const skip = shadow(el).activeElement as HTMLAnchorElement;
    expect(skip.getAttribute('part')).to.equal('skip-link');
    expect(skip.textContent).to.equal('Skip to important dates');
    expect(skip.getBoundingClientRect().width, 'shown while focused').to.be.greaterThan(50);
    const navigated = oneEvent(el, 'ww-navigate');
    await sendKeys({ press: 'Enter' });
    expect((await navigated).detail.id).to.equal('dates');
    expect(shadow(el).activeElement!.id).to.equal('dates-heading');
    expect(location.hash).to.equal('#dates');
    // The next Tab goes on inside the dates, not back to the top of the page.
    await sendKeys({ press: 'Tab' });
    expect(focusedSection(el)).to.equal('dates');
    const withSkip = 3;
    console.log(`Tab presses to the important dates: ${tabsOnly} with Tab alone, ${withSkip} with the skip link (Tab, Enter, Tab).`);
    expect(tabsOnly).to.be.within(withSkip + 1, 60);
    await expect(el).to.be.accessible();
  });

  it('leads to the dates where the layout nests them', async () => {
    const data = { ...workshop, layout: [{ section: 'overview' }, { section: 'logistics', title: 'Logistics', sections: ['dates'] }] };
    const el = await fixture<WorkshopPage>(html`<workshop-page .data=${data}></workshop-page>`);
    expect(sectionIds(el)).to.not.include('dates');
    const skip = shadow(el).querySelector<HTMLAnchorElement>('[part="skip-link"]')!;
    expect(skip.textContent).to.equal('Skip to important dates');
    skip.click();
    expect(shadow(el).activeElement!.id).to.equal('dates-heading');
    expect(shadow(el).activeElement!.closest('section#logistics')).to.exist;
  });

  it('says "Skip to content" when there are no dates, and leads to the first section', async () => {
    const el = await fixture<WorkshopPage>(html`<workshop-page .data=${{ title: 'No dates', overview: 'Hello.', faq: [{ question: 'Q?', answer: 'A.' }] }}></workshop-page>`);
    const skip = shadow(el).querySelector<HTMLAnchorElement>('[part="skip-link"]')!;
    expect(skip.textContent).to.equal('Skip to content');
    skip.click();
    expect(shadow(el).activeElement!.id).to.equal('overview-heading');
  });

  it('reaches each section from its navigation link by keyboard, and goes on from there', async () => {
    const el = await fixture<WorkshopPage>(html`<workshop-page .data=${workshop}></workshop-page>`);
    await settled(el);
    const links = navLinks(el);
    expect(shadow(el).querySelector('nav')!.getAttribute('aria-label')).to.equal('On this page');
    for (const link of links) {
      const id = link.getAttribute('href')!.slice(1);
      link.focus();
      await sendKeys({ press: 'Enter' });
      expect(shadow(el).activeElement!.id, id).to.equal(`${id}-heading`);
      expect(shadow(el).querySelector(`section#${id}`)!.contains(shadow(el).activeElement)).to.equal(true);
    }
    // From a section's heading, Tab moves into that section (here: the FAQ's first question).
    links.find((link) => link.getAttribute('href') === '#faq')!.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(focusedSection(el)).to.equal('faq');
  });

  it('lists the sections in one line that scrolls sideways on a phone, and in a sticky column when wide', async () => {
    const narrow = await fixture<WorkshopPage>(html`<workshop-page style="width:390px" .data=${workshop}></workshop-page>`);
    const list = shadow(narrow).querySelector<HTMLElement>('nav ul')!;
    const tops = new Set(navLinks(narrow).map((a) => a.getBoundingClientRect().top));
    expect(tops.size).to.equal(1);
    expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
    expect(narrow.scrollWidth).to.be.at.most(390);
    const wide = await fixture<WorkshopPage>(html`<workshop-page style="width:1280px" .data=${workshop}></workshop-page>`);
    expect(getComputedStyle(shadow(wide).querySelector('nav')!).position).to.equal('sticky');
    expect(new Set(navLinks(wide).map((a) => a.getBoundingClientRect().left)).size).to.equal(1);
  });

  it('shows a schedule that has only a note, with its navigation entry, as <workshop-schedule> does', async () => {
    const el = await fixture<WorkshopPage>(html`<workshop-page .data=${{ ...workshop, schedule: { days: [], note: 'Coming soon' } }}></workshop-page>`);
    await settled(el);
    expect(sectionIds(el)).to.include('schedule');
    expect(navLinks(el).map((a) => a.getAttribute('href'))).to.include('#schedule');
    const schedule = shadow(el).querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('section#schedule workshop-schedule')!;
    await schedule.updateComplete;
    expect(schedule.shadowRoot!.querySelector('[part="note"]')!.textContent!.trim()).to.equal('Coming soon');
    // Without a note or a program item there is nothing to show.
    const empty = await fixture<WorkshopPage>(html`<workshop-page .data=${{ ...workshop, schedule: { days: [{ date: '2026-04-27', items: [] }] } }}></workshop-page>`);
    expect(sectionIds(empty)).to.not.include('schedule');
  });

  it('shows area chairs with the photos and links <people-grid> gives them', async () => {
    const data = {
      ...workshop,
      people: [
        ...workshop.people,
        { id: 'grace', name: 'Grace Hopper', photo: 'https://example.org/grace.jpg', homepage: 'https://grace.example.org', affiliations: ['Navy'] },
      ],
      roles: { ...workshop.roles, areaChairs: ['grace'] },
    };
    const el = await fixture<WorkshopPage>(html`<workshop-page .data=${data}></workshop-page>`);
    await settled(el);
    const chairs = shadow(el).querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('section#committee people-grid[group="areaChairs"]')!;
    await chairs.updateComplete;
    const card = chairs.shadowRoot!.querySelector('[part~="card"]')!;
    expect(card.querySelector('[part~="name"]')!.textContent).to.equal('Grace Hopper');
    expect(card.querySelector<HTMLImageElement>('img[part~="photo"]')!.getAttribute('src')).to.equal('https://example.org/grace.jpg');
    expect(card.querySelector<HTMLAnchorElement>('a[href="https://grace.example.org"]')).to.exist;
    // Reviewers stay a compact list.
    expect(shadow(el).querySelector('section#committee committee-list')).to.exist;
  });
});
