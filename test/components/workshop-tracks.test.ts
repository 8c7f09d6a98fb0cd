import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/workshop-tracks/workshop-tracks.js';
import type { WorkshopTracks } from '../../src/components/workshop-tracks/workshop-tracks.js';
import { clearWorkshopCache } from '../../src/data/load.js';
import { loadMarkdown } from '../../src/internal/markdown.js';
import { audienceOf } from '../../src/data/workshop.js';
import type { ImportantDate } from '../../src/data/schema.js';
import { validateWorkshop } from '../../src/data/index.js';

const BEFORE_DEADLINES = Date.UTC(2025, 0, 20);

const workshop = {
  title: 'Tracks workshop',
  // Track cards list their dates in this order, the file's.
  importantDates: [
    { id: 'abstract', label: 'Abstract deadline', date: '2025-02-03', track: 'full' },
    { id: 'sub', label: 'Paper submission', date: '2025-02-10' },
    { id: 'short-sub', label: 'Short paper submission', date: '2025-02-20T12:00', timeZone: 'Europe/Vienna', track: 'short' },
    { id: 'notif', label: 'Notification', kind: 'notification', date: '2025-03-01' },
    { id: 'camera', label: 'Camera-ready', tbd: true, track: 'full' },
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
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const hrefs = (node: Element) => [...node.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);

describe('<workshop-tracks>', function () {
  // axe on a full grid can pass 10 s when several browsers share the machine; a real hang still fails.
  this.timeout(30000);
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clearWorkshopCache();
    clock = sinon.useFakeTimers({ now: BEFORE_DEADLINES, toFake: ['Date'] });
  });
  afterEach(() => clock.restore());

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

  it("lists the dates for each track's authors from the important dates, in their zones, with <time datetime>", async () => {
    const el = await fixture<WorkshopTracks>(html`<workshop-tracks .data=${workshop}></workshop-tracks>`);
    expect(deadlines(track(el, 'full'))).to.deep.equal([
      'Abstract deadline Feb 3, 2025, 23:59 AoE',
      'Paper submission Feb 10, 2025, 23:59 AoE',
      'Notification Mar 1, 2025',
      'Camera-ready To be announced',
    ]);
    expect(deadlines(track(el, 'short'))).to.deep.equal([
      'Paper submission Feb 10, 2025, 23:59 AoE',
      'Short paper submission Feb 20, 2025, 12:00 UTC+1',
      'Notification Mar 1, 2025',
    ]);
    const times = [...track(el, 'short').querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
    expect(times).to.deep.equal(['2025-02-11T11:59:00.000Z', '2025-02-20T11:00:00.000Z', '2025-03-01']);
  });

  it("lists the workshop-wide dates only to compare tracks whose dates differ: else the important dates hold them, once", async () => {
    const only = (tracks: { id: string; name: string }[]) => ({
      ...workshop,
      importantDates: workshop.importantDates.filter((date) => !date.track || tracks.some((t) => t.id === date.track)),
      callForPapers: { tracks },
    });
    const single = await fixture<WorkshopTracks>(html`<workshop-tracks .data=${only([workshop.callForPapers.tracks[1]!])}></workshop-tracks>`);
    expect(deadlines(track(single, 'short'))).to.deep.equal(['Short paper submission Feb 20, 2025, 12:00 UTC+1']);
    // No dates of its own: no dates block at all, while the status is still read from the workshop's dates.
    const bare = await fixture<WorkshopTracks>(html`<workshop-tracks .data=${only([{ id: 'main', name: 'Main' }])}></workshop-tracks>`);
    expect(track(bare, 'main').querySelector('.dates')).to.equal(null);
    clock.setSystemTime(Date.UTC(2025, 1, 12));
    const closed = await fixture<WorkshopTracks>(html`<workshop-tracks .data=${only([{ id: 'main', name: 'Main' }])}></workshop-tracks>`);
    expect(text(track(closed, 'main').querySelector('[part~=closed]')!)).to.equal('Submissions closed');
    // One track shown of several (track="full") still lists the workshop-wide dates: the call has other tracks.
    const one = await fixture<WorkshopTracks>(html`<workshop-tracks track="full" .data=${workshop}></workshop-tracks>`);
    expect(deadlines(track(one, 'full'))).to.have.length(4);
    // Several tracks with the same dates (none of their own): no card repeats them.
    const same = { ...workshop, importantDates: workshop.importantDates.filter((date) => !date.track) };
    const alike = await fixture<WorkshopTracks>(html`<workshop-tracks .data=${same}></workshop-tracks>`);
    expect(shadow(alike).querySelectorAll('.dates')).to.have.length(0);
    expect(shadow(alike).querySelectorAll('[part~=track]')).to.have.length(2);
  });

  it('leaves out dates that do not concern authors: reviewing, registration, travel grants, the program, events', async () => {
    const importantDates = [
      ...workshop.importantDates,
      { id: 'reviews', label: 'Reviews due', date: '2025-02-25' },
      { id: 'bidding', label: 'Paper bidding', kind: 'period', date: '2025-02-12', end: '2025-02-14' },
      { id: 'registration', label: 'Early registration closes', date: '2025-03-10' },
      { id: 'travel', label: 'Travel grant applications', date: '2025-03-12' },
      { id: 'program', label: 'Program online', kind: 'notification', date: '2025-04-01' },
      { id: 'workshop', label: 'Workshop', kind: 'event', date: '2025-04-27' },
      // The field wins over the guess, both ways.
      { id: 'poster', label: 'Poster printing service', kind: 'event', date: '2025-04-20', audience: 'authors' },
      { id: 'ac-meta', label: 'Meta paper submission', date: '2025-02-28', audience: 'reviewers' },
    ];
    const el = await fixture<WorkshopTracks>(html`<workshop-tracks track="full" .data=${{ ...workshop, importantDates }}></workshop-tracks>`);
    expect(deadlines(track(el, 'full')).map((line) => line.replace(/ [A-Z][a-z]{2} \d.*| To be announced/, ''))).to.deep.equal([
      'Abstract deadline',
      'Paper submission',
      'Notification',
      'Camera-ready',
      'Poster printing service',
    ]);
  });

  it('guesses who a date concerns from its track, words and kind when it does not say', () => {
    const guess = (entry: Partial<ImportantDate>) => audienceOf({ id: 'x', label: '', kind: 'deadline', tbd: false, tentative: false, ...entry } as ImportantDate);
    expect(guess({ label: 'Paper submission deadline' })).to.equal('authors');
    expect(guess({ label: 'Camera-ready deadline' })).to.equal('authors');
    expect(guess({ label: 'Author notification', kind: 'notification' })).to.equal('authors');
    expect(guess({ label: 'Rebuttal period', kind: 'period' })).to.equal('authors');
    expect(guess({ label: 'Anything', track: 'short' })).to.equal('authors');
    expect(guess({ label: 'Review submission deadline' })).to.equal('reviewers');
    expect(guess({ label: 'Reviewing period', kind: 'period' })).to.equal('reviewers');
    expect(guess({ label: 'Area chair decisions', kind: 'notification' })).to.equal('reviewers');
    expect(guess({ label: 'Early registration closes' })).to.equal('attendees');
    expect(guess({ label: 'Travel grant applications' })).to.equal('attendees');
    expect(guess({ label: 'Program available', kind: 'notification' })).to.equal('attendees');
    expect(guess({ label: 'Workshop', kind: 'event' })).to.equal('attendees');
    expect(guess({ label: 'Summer break', kind: 'period' })).to.equal('everyone');
    expect(guess({ label: 'Reviews due', audience: 'everyone' })).to.equal('everyone');
  });

  it('says "Submissions closed" once every submission deadline of a track has passed, and no longer links to submit', async () => {
    clock.setSystemTime(Date.UTC(2025, 1, 15)); // after the paper deadline, before the short-paper one
    const el = await fixture<WorkshopTracks>(html`<workshop-tracks .data=${workshop}></workshop-tracks>`);
    const full = track(el, 'full');
    expect(text(full.querySelector('[part~=actions]')!)).to.equal('Submissions closed Style files');
    expect(full.querySelector('[part~=closed]')!.tagName).to.equal('SPAN');
    expect(full.querySelector('a[part~=submit]')).to.be.null;
    expect(hrefs(full)).to.deep.equal([['Style files', 'https://example.org/style.zip']]);
    // The camera-ready deadline (TBD) does not keep submissions open; passed dates recede.
    expect([...full.querySelectorAll('[part~=deadline]')].map((li) => li.getAttribute('data-state'))).to.deep.equal(['passed', 'passed', 'upcoming', 'tbd']);
    expect(track(el, 'short').querySelector('a[part~=submit]')).to.exist;
    await expect(el).to.be.accessible();
    clock.setSystemTime(Date.UTC(2025, 1, 21));
    const later = await fixture<WorkshopTracks>(html`<workshop-tracks .data=${workshop}></workshop-tracks>`);
    expect(text(track(later, 'short').querySelector('[part~=closed]')!)).to.equal('Submissions closed');
  });

  it('lays out one track full width and several in rows of cards that keep their own height', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 900px"><workshop-tracks .data=${workshop}></workshop-tracks></div>`);
    const el = host.querySelector<WorkshopTracks>('workshop-tracks')!;
    await el.updateComplete;
    const [full, short] = [track(el, 'full'), track(el, 'short')].map((node) => node.getBoundingClientRect());
    expect(full.top).to.equal(short.top);
    expect(full.width).to.be.closeTo(short.width, 1);
    expect(full.height).to.be.greaterThan(short.height + 50); // no stretching to the tallest
    el.track = 'short';
    await el.updateComplete;
    expect(track(el, 'short').getBoundingClientRect().width).to.be.closeTo(900, 1);
  });

  // 750 px is the demo page's column at a 1280 px window; 358 px a 390 px phone's.
  for (const [count, width, rows] of [
    [1, 750, [1]],
    [2, 750, [2]],
    [2, 358, [1, 1]],
    [3, 750, [3]],
    [3, 1200, [3]],
    [3, 600, [1, 1, 1]], // never two plus one
    [3, 358, [1, 1, 1]],
    [4, 750, [2, 2]],
    [4, 1200, [2, 2]],
    [4, 358, [1, 1, 1, 1]],
    [5, 750, [3, 2]],
    [5, 1200, [3, 2]], // not five narrow columns
    [6, 1200, [3, 3]],
    [5, 600, [1, 1, 1, 1, 1]],
  ] as const) {
    it(`lays out ${count} track card${count > 1 ? 's' : ''} in rows of ${rows.join(', ')} at ${width} px, each row filling the width`, async () => {
      const tracks = Array.from({ length: count }, (_, index) => ({ id: `t${index}`, name: `Track ${index + 1}`, pageLimit: 4 + index }));
      const host = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><workshop-tracks .data=${{ title: 'x', callForPapers: { tracks } }}></workshop-tracks></div>`);
      const el = host.querySelector<WorkshopTracks>('workshop-tracks')!;
      await el.updateComplete;
      const rects = tracks.map((item) => track(el, item.id).getBoundingClientRect());
      const tops = [...new Set(rects.map((rect) => Math.round(rect.top)))];
      expect(tops.map((top) => rects.filter((rect) => Math.round(rect.top) === top).length)).to.deep.equal([...rows]);
      // Each row spans the element: equal cards, the first at its left edge and the last at its right.
      const box = el.getBoundingClientRect();
      for (const top of tops) {
        const row = rects.filter((rect) => Math.round(rect.top) === top);
        const columns = Math.max(...rows);
        if (row.length === columns) {
          expect(row[0]!.left).to.be.closeTo(box.left, 1);
          expect(row.at(-1)!.right).to.be.closeTo(box.right, 1);
        }
        for (const rect of row) expect(rect.width).to.be.closeTo(rects[0]!.width, 1);
      }
      expect(el.scrollWidth).to.be.at.most(width);
    });
  }

  it('keeps the list layout to one column, whatever the number of tracks', async () => {
    const tracks = Array.from({ length: 3 }, (_, index) => ({ id: `t${index}`, name: `Track ${index + 1}` }));
    const host = await fixture<HTMLDivElement>(html`<div style="width: 1200px"><workshop-tracks layout="list" .data=${{ title: 'x', callForPapers: { tracks } }}></workshop-tracks></div>`);
    const el = host.querySelector<WorkshopTracks>('workshop-tracks')!;
    await el.updateComplete;
    const rects = tracks.map((item) => track(el, item.id).getBoundingClientRect());
    expect(new Set(rects.map((rect) => Math.round(rect.top))).size).to.equal(3);
    for (const rect of rects) expect(rect.width).to.be.closeTo(1200, 1);
  });

  it('writes page limits as localised numbers', async () => {
    const data = { ...workshop, callForPapers: { tracks: [{ id: 'big', name: 'Big', pageLimit: 1200 }] } };
    const el = await fixture<WorkshopTracks>(html`<workshop-tracks lang="de" .data=${data}></workshop-tracks>`);
    expect(facts(track(el, 'big'))).to.deep.equal({ Seitenlimit: '1.200 Seiten' });
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

  it('writes page limits as ranges, for submissions and the camera-ready version, and validates them', async () => {
    const data = {
      title: 'x',
      callForPapers: {
        tracks: [
          { id: 'range', name: 'Range', pageLimit: { min: 4, max: 9 }, pageLimitExcludes: 'references', cameraReadyPageLimit: { min: 5, max: 10 } },
          { id: 'same', name: 'Same', pageLimit: { min: 1, max: 1 }, cameraReadyPageLimit: 5 },
        ],
      },
    };
    const el = await fixture<WorkshopTracks>(html`<workshop-tracks .data=${data}></workshop-tracks>`);
    expect(facts(track(el, 'range'))).to.deep.equal({ 'Page limit': '4–9 pages (not counting references)', 'Camera-ready': '5–10 pages' });
    expect(facts(track(el, 'same'))).to.deep.equal({ 'Page limit': '1 page', 'Camera-ready': '5 pages' });
    // A range upside down, or without its maximum, is dropped (the track stays); a misspelt bound is named, with the key it most likely means.
    const { issues } = validateWorkshop({
      title: 'x',
      callForPapers: { tracks: [{ id: 'a', name: 'A', pageLimit: { min: 9, max: 4 } }, { id: 'b', name: 'B', pageLimit: { min: 4, mx: 9 } }] },
    });
    const at = (path: string) => issues.filter((issue) => issue.path === path);
    expect(at('callForPapers.tracks[0].pageLimit').map((issue) => issue.message)).to.deep.equal(['The maximum is below the minimum; ignored.']);
    expect(at('callForPapers.tracks[1].pageLimit.mx')[0]!.didYouMean).to.equal('callForPapers.tracks[1].pageLimit.max');
    expect(at('callForPapers.tracks[1].pageLimit').map((issue) => issue.message)).to.deep.equal(['A page range needs its "max"; ignored.']);
  });

  describe('submission status', () => {
    const statusWorkshop = {
      title: 'Status workshop',
      importantDates: [
        // Workshop-wide: an event whose words say submissions, so it concerns authors.
        { id: 'opens', label: 'Submission site opens', kind: 'event', date: '2025-01-05' },
        { id: 'later-opens', label: 'Submissions open', kind: 'event', date: '2025-01-25', track: 'later' },
        { id: 'open-sub', label: 'Paper submission', date: '2025-02-10', track: 'open' },
        { id: 'later-sub', label: 'Paper submission', date: '2025-02-20', track: 'later' },
        { id: 'past-sub', label: 'Early submission', date: '2025-01-10', track: 'past' },
        { id: 'told-sub', label: 'Paper submission', date: '2025-02-10', track: 'told' },
        { id: 'again-sub', label: 'Paper submission', date: '2025-01-10', track: 'again' },
      ],
      callForPapers: {
        submissionUrl: 'https://openreview.example.org/group',
        tracks: [
          { id: 'open', name: 'Open' },
          { id: 'later', name: 'Later' },
          { id: 'past', name: 'Past' },
          { id: 'told', name: 'Told', status: 'closed' },
          { id: 'again', name: 'Again', status: 'open' },
        ],
      },
    };
    const status = (el: HTMLElement, id: string) => {
      const node = track(el, id).querySelector('[part~=status]');
      return node && [node.getAttribute('data-status'), text(node)];
    };
    const submits = (el: HTMLElement, id: string) => !!track(el, id).querySelector('a[part~=submit]');

    it('is the track\'s own, else read from its opening dates and deadlines, and replaces the submit link unless open', async () => {
      // Jan 20, 2025: the site opened on Jan 5; "Later" opens on Jan 25; "Past" closed on Jan 10.
      const el = await fixture<WorkshopTracks>(html`<workshop-tracks .data=${statusWorkshop}></workshop-tracks>`);
      expect(['open', 'later', 'past', 'told', 'again'].map((id) => [status(el, id), submits(el, id)])).to.deep.equal([
        [null, true],
        [['not-yet-open', 'Submissions not yet open'], false],
        [['closed', 'Submissions closed'], false],
        [['closed', 'Submissions closed'], false],
        [null, true],
      ]);
      expect(track(el, 'past').querySelector('[part~=status]')!.getAttribute('part')).to.equal('status closed');
      // The opening dates are the authors' dates of the track.
      expect(deadlines(track(el, 'later'))[0]).to.match(/^Submission site opens/);
      await expect(el).to.be.accessible();
      clock.setSystemTime(Date.UTC(2025, 0, 26));
      const later = await fixture<WorkshopTracks>(html`<workshop-tracks .data=${statusWorkshop}></workshop-tracks>`);
      expect([status(later, 'later'), submits(later, 'later')]).to.deep.equal([null, true]);
    });

    it('says "Submissions open" where there is no link, and dates a status read from the clock until the reader is known', async () => {
      const unlinked = { ...statusWorkshop, callForPapers: { tracks: statusWorkshop.callForPapers.tracks } };
      const el = await fixture<WorkshopTracks>(html`<workshop-tracks .data=${unlinked}></workshop-tracks>`);
      expect(status(el, 'open')).to.deep.equal(['open', 'Submissions open']);
      expect(status(el, 'again')).to.deep.equal(['open', 'Submissions open']);
      expect(track(el, 'open').querySelector('a')).to.equal(null);
      // As prerendered: a status read from the build's clock says when it was true; one the organizers wrote does not.
      (el as unknown as { readerKnown: boolean }).readerKnown = false;
      await el.updateComplete;
      expect(status(el, 'past')).to.deep.equal(['closed', 'Submissions closed (as of Jan 20, 2025)']);
      expect(status(el, 'told')).to.deep.equal(['closed', 'Submissions closed']);
      expect(status(el, 'again')).to.deep.equal(['open', 'Submissions open']);
    });
  });
});
