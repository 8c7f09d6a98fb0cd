import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/workshop-tracks/workshop-tracks.js';
import type { WorkshopTracks } from '../../src/components/workshop-tracks/workshop-tracks.js';
import { clearWorkshopCache } from '../../src/data/load.js';
import { loadMarkdown } from '../../src/internal/markdown.js';

const workshop = {
  title: 'Tracks workshop',
  importantDates: [
    { id: 'sub', label: 'Paper submission', date: '2025-02-10' },
    { id: 'abstract', label: 'Abstract deadline', date: '2025-02-03', track: 'full' },
    { id: 'short-sub', label: 'Short paper submission', date: '2025-02-20T12:00', timeZone: 'Europe/Vienna', track: 'short' },
    { id: 'camera', label: 'Camera-ready', tbd: true, track: 'full' },
    { id: 'notif', label: 'Notification', kind: 'notification', date: '2025-03-01' },
  ],
  callForPapers: {
    submissionUrl: 'https://openreview.example.org/group',
    styleFileUrl: 'https://example.org/style.zip',
    tracks: [
      {
        id: 'full',
        name: 'Full papers',
        description: 'Complete **research** papers.',
        pageLimit: 8,
        pageLimitExcludes: 'references and appendix',
        cameraReadyPageLimit: 9,
        format: 'ICLR style',
        reviewCriteria: ['Novelty', 'Clarity'],
        archival: true,
        anonymity: 'double-blind',
        eligibleForOral: true,
        notes: ['Use the *official* template.'],
        submissionUrl: 'https://openreview.example.org/full',
      },
      { id: 'short', name: 'Short papers', pageLimit: 1, archival: false, anonymity: 'open', eligibleForOral: false },
    ],
  },
};

const shadow = (el: HTMLElement) => el.shadowRoot!;
const track = (el: HTMLElement, id: string) => shadow(el).querySelector(`[part~=track][data-track=${id}]`)!;
const facts = (node: Element) =>
  Object.fromEntries([...node.querySelectorAll('.fact')].map((fact) => [fact.querySelector('dt')!.textContent, fact.querySelector('dd')!.textContent]));
const deadlines = (node: Element) =>
  [...node.querySelectorAll('[part~=deadline]')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const hrefs = (node: Element) => [...node.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);

describe('<workshop-tracks>', function () {
  // axe on a full grid can pass 10 s when several browsers share the machine; a real hang still fails.
  this.timeout(30000);
  beforeEach(() => clearWorkshopCache());

  it('shows each track with its rules, criteria, notes and markdown description', async () => {
    await loadMarkdown();
    const el = await fixture<WorkshopTracks>(html`<workshop-tracks .data=${workshop}></workshop-tracks>`);
    expect([...shadow(el).querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal(['Full papers', 'Short papers']);
    const full = track(el, 'full');
    expect(full.querySelector('[part~=description] strong')!.textContent).to.equal('research');
    expect(facts(full)).to.deep.equal({
      'Page limit': '8 pages (not counting references and appendix)',
      'Camera-ready': '9 pages',
      Format: 'ICLR style',
      Review: 'Double-blind',
      Proceedings: 'Archival',
      Orals: 'Eligible for an oral',
    });
    expect([...full.querySelectorAll('[part~=criteria] li')].map((li) => li.textContent)).to.deep.equal(['Novelty', 'Clarity']);
    expect(full.querySelector('[part~=notes] em')!.textContent).to.equal('official');
    expect(facts(track(el, 'short'))).to.deep.equal({ 'Page limit': '1 page', Review: 'Open (author names visible)', Proceedings: 'Non-archival', Orals: 'Not eligible for an oral' });
    await expect(el).to.be.accessible();
  });

  it("lists each track's deadlines from the important dates, in their zones, with <time datetime>", async () => {
    const el = await fixture<WorkshopTracks>(html`<workshop-tracks .data=${workshop}></workshop-tracks>`);
    expect(deadlines(track(el, 'full'))).to.deep.equal([
      'Abstract deadline Feb 3, 2025, 23:59 AoE',
      'Paper submission Feb 10, 2025, 23:59 AoE',
      'Camera-ready To be announced',
    ]);
    expect(deadlines(track(el, 'short'))).to.deep.equal(['Paper submission Feb 10, 2025, 23:59 AoE', 'Short paper submission Feb 20, 2025, 12:00 GMT+1']);
    const times = [...track(el, 'short').querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
    expect(times).to.deep.equal(['2025-02-11T11:59:00.000Z', '2025-02-20T11:00:00.000Z']);
  });

  it("links to the track's own submission page, else the call's, and to the style files", async () => {
    const el = await fixture<WorkshopTracks>(html`<workshop-tracks .data=${workshop}></workshop-tracks>`);
    expect(hrefs(track(el, 'full'))).to.deep.equal([['Submit', 'https://openreview.example.org/full'], ['Style files', 'https://example.org/style.zip']]);
    expect(hrefs(track(el, 'short'))).to.deep.equal([['Submit', 'https://openreview.example.org/group'], ['Style files', 'https://example.org/style.zip']]);
    expect(track(el, 'short').querySelector('a')!.getAttribute('aria-label')).to.equal('Submit to Short papers');
  });

  it('shows one track with the track attribute, and says so when it does not exist', async () => {
    const el = await fixture<WorkshopTracks>(html`<workshop-tracks track="short" .data=${workshop}></workshop-tracks>`);
    expect([...shadow(el).querySelectorAll('[part~=track]')].map((node) => node.getAttribute('data-track'))).to.deep.equal(['short']);
    el.track = 'posters';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=empty]')!.textContent).to.equal('There is no track "posters".');
  });

  it('puts the longer texts behind a disclosure in the list layout', async () => {
    const el = await fixture<WorkshopTracks>(html`<workshop-tracks layout="list" .data=${workshop}></workshop-tracks>`);
    const full = track(el, 'full');
    const details = full.querySelector('details[part=details]') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('Details of Full papers');
    expect(details.querySelector('[part~=description]')).to.not.equal(null);
    expect(details.querySelector('[part~=criteria]')).to.not.equal(null);
    expect(full.querySelector(':scope > [part~=facts]')).to.not.equal(null);
    expect(track(el, 'short').querySelector('details')).to.equal(null);
    details.open = true;
    await expect(el).to.be.accessible();
  });

  it('drops unsafe links and skips broken tracks without throwing', async () => {
    const el = document.createElement('workshop-tracks') as WorkshopTracks;
    const reported = oneEvent(el, 'ww-error');
    el.data = {
      title: 'x',
      callForPapers: {
        styleFileUrl: 'javascript:alert(1)',
        tracks: [{ id: 'a', name: 'Alpha', submissionUrl: 'javascript:alert(2)', pageLimit: -3 }, { name: 'No id' }, 'junk'],
      },
    };
    document.body.append(el);
    const event = await reported;
    expect(event.detail.issues.length).to.be.greaterThan(2);
    await el.updateComplete;
    expect([...shadow(el).querySelectorAll('[part~=track]')].map((node) => node.querySelector('h3')!.textContent)).to.deep.equal(['Alpha']);
    expect(shadow(el).querySelector('[part~=tracks] a')).to.equal(null);
    expect(facts(track(el, 'a'))).to.deep.equal({});
    el.remove();
  });

  it('shows empty, loading and error states', async () => {
    const empty = await fixture<WorkshopTracks>(html`<workshop-tracks .data=${{ title: 'x', callForPapers: {} }}></workshop-tracks>`);
    expect(shadow(empty).querySelector('[part=empty]')!.textContent).to.equal('No submission tracks announced yet.');
    const el = await fixture<WorkshopTracks>(html`<workshop-tracks src="/test/fixtures/missing.json"></workshop-tracks>`);
    expect(shadow(el).querySelector('[part=loading]')).to.not.equal(null);
    await oneEvent(el, 'ww-error');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=error]')).to.not.equal(null);
  });

  it('fits a 320px column and has no accessibility violations in dark mode', async () => {
    const el = await fixture<WorkshopTracks>(html`<workshop-tracks style="width:320px" theme="dark" .data=${workshop}></workshop-tracks>`);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });
});
