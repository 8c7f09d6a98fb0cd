import { expect, fixture, html, oneEvent } from '@open-wc/testing';
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
