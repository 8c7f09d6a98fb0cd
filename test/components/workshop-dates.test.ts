import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/workshop-dates/workshop-dates.js';
import type { WorkshopDates } from '../../src/components/workshop-dates/workshop-dates.js';
import { clearWorkshopCache } from '../../src/data/load.js';
import { formatRelative } from '../../src/data/time.js';
import { captureDownloads } from '../helpers/downloads.js';
import { loadMarkdown } from '../../src/internal/markdown.js';

// Browser zone is pinned to Europe/Berlin (UTC+1 in February).
const NOW = Date.UTC(2025, 1, 8, 0, 0); // Feb 8, 2025, 00:00 UTC

const workshop = {
  title: 'Machine Learning Multiscale Processes',
  shortName: 'MLMP',
  date: '2025-04-27',
  timeZone: 'Asia/Singapore',
  callForPapers: {
    tracks: [
      { id: 'short', name: 'Short papers' },
      { id: 'long', name: 'Long papers' },
    ],
  },
  importantDates: [
    { id: 'abstract', label: 'Abstract deadline', date: '2025-02-03', timeZone: 'AoE' },
    { id: 'submission', label: 'Paper submission deadline', date: '2025-02-10T23:59', previousDates: ['2025-02-03T23:59'] },
    { id: 'reviews', label: 'Reviewing period', kind: 'period', date: '2025-02-20', end: '2025-03-01' },
    { id: 'notification', label: 'Notification', kind: 'notification', date: '2025-03-05', tentative: true },
    { id: 'long-camera', label: 'Long paper camera-ready', date: '2025-03-20', track: 'long', note: 'Upload to **OpenReview**.' },
    { id: 'workshop', label: 'Workshop', kind: 'event', date: '2025-04-27' },
    { id: 'camera', label: 'Camera-ready', tbd: true, track: 'short' },
  ],
};
const [abstract, submission, reviews, notification, longCamera, workshopDay, camera] = workshop.importantDates;

const root = (el: HTMLElement) => el.shadowRoot!;
const items = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('[part~=item]')];
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const labels = (el: HTMLElement) => items(el).map((item) => text(item.querySelector('[part=label]')!));


describe('<workshop-dates>', () => {
  // Test pages run side by side and may count as hidden, which pauses the shared clock.
  before(() => Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true }));
  after(() => delete (document as { visibilityState?: unknown }).visibilityState);
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clearWorkshopCache();
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    clock.restore();
    sinon.restore();
  });

  it("lists dates in the file's order, a TBD date where it was written, with states; the next one by time", async () => {
    const shuffled = { ...workshop, importantDates: [workshopDay, camera, notification, abstract, submission, reviews, longCamera] };
    const el = await fixture<WorkshopDates>(html`<workshop-dates .data=${shuffled}></workshop-dates>`);
    expect(labels(el)).to.deep.equal([
      'Workshop',
      'Camera-ready',
      'Notification',
      'Abstract deadline',
      'Paper submission deadline',
      'Reviewing period',
      'Long paper camera-ready',
    ]);
    expect(items(el).map((item) => item.dataset.state)).to.deep.equal(['upcoming', 'tbd', 'upcoming', 'passed', 'next', 'upcoming', 'upcoming']);
    expect(root(el).querySelector('ol')).to.exist;
  });

  it('shows the important-dates note under the list, before the calendar button, in both layouts', async () => {
    await loadMarkdown();
    const noted = { ...workshop, importantDatesNote: 'All deadlines are 23:59 *Anywhere on Earth* (AoE).' };
    for (const layout of ['list', 'table'] as const) {
      const el = await fixture<WorkshopDates>(html`<workshop-dates layout=${layout} .data=${noted}></workshop-dates>`);
      const note = root(el).querySelector('[part=list-note]')!;
      expect(text(note)).to.equal('All deadlines are 23:59 Anywhere on Earth (AoE).');
      expect(note.querySelector('em')!.textContent).to.equal('Anywhere on Earth');
      const order = [...root(el).querySelectorAll('[part=list], [part=table], [part=list-note], [part=calendar-button]')].map((node) => node.getAttribute('part'));
      expect(order).to.deep.equal([layout, 'list-note', 'calendar-button']);
    }
    const plain = await fixture<WorkshopDates>(html`<workshop-dates .data=${workshop}></workshop-dates>`);
    expect(root(plain).querySelector('[part=list-note]')).to.be.null;
  });

  it('shows the line leading into the dates above the list, in both layouts', async () => {
    clock.restore();
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] }); // axe needs real timers
    await loadMarkdown();
    const introduced = { ...workshop, importantDatesIntro: 'Tentative important dates for paper submissions (*anywhere on earth*):', importantDatesNote: 'All times AoE.' };
    for (const layout of ['list', 'table'] as const) {
      const el = await fixture<WorkshopDates>(html`<workshop-dates layout=${layout} .data=${introduced}></workshop-dates>`);
      const intro = root(el).querySelector('[part=list-intro]')!;
      expect(text(intro)).to.equal('Tentative important dates for paper submissions (anywhere on earth):');
      expect(intro.querySelector('em')!.textContent).to.equal('anywhere on earth');
      const order = [...root(el).querySelectorAll('[part=list-intro], [part=list], [part=table], [part=list-note]')].map((node) => node.getAttribute('part'));
      expect(order).to.deep.equal(['list-intro', layout, 'list-note']);
      if (layout === 'list') await expect(el).to.be.accessible();
    }
    const plain = await fixture<WorkshopDates>(html`<workshop-dates .data=${workshop}></workshop-dates>`);
    expect(root(plain).querySelector('[part=list-intro]')).to.be.null;
  });

  it('shows the zone of record and the reader’s time, both in <time datetime>', async () => {
    const el = await fixture<WorkshopDates>(html`<workshop-dates .data=${workshop}></workshop-dates>`);
    const submission = items(el)[1]!;
    const date = submission.querySelector('time[part=date]')!;
    expect(text(date)).to.equal('Feb 10, 2025, 23:59 AoE');
    expect(date.getAttribute('datetime')).to.equal('2025-02-11T11:59:00.000Z');
    const local = submission.querySelector('[part=local]')!;
    expect(text(local)).to.equal('Your time: Feb 11, 2025, 12:59 UTC+1');
    expect(local.querySelector('time')!.getAttribute('datetime')).to.equal('2025-02-11T11:59:00.000Z');
    expect(text(submission.querySelector('[part=relative]')!)).to.equal('in 3 days');
    // A day-only deadline means 23:59 that day in its zone.
    expect(text(items(el)[0]!.querySelector('[part=date]')!)).to.equal('Feb 3, 2025, 23:59 AoE');
    expect(text(items(el)[0]!.querySelector('[part=relative]')!)).to.equal('4 days ago'); // 3 days 12 hours, rounded
  });

  it('shows whole days and periods as written, without a local time', async () => {
    const el = await fixture<WorkshopDates>(html`<workshop-dates .data=${workshop}></workshop-dates>`);
    const period = items(el)[2]!;
    expect(text(period.querySelector('[part=date]')!)).to.equal('Feb 20 – Mar 1, 2025');
    expect(period.querySelector('[part=date]')!.getAttribute('datetime')).to.equal('2025-02-20');
    expect(period.querySelector('[part=local]')).to.be.null;
    expect(text(items(el)[5]!.querySelector('[part=date]')!)).to.equal('Apr 27, 2025');
  });

  it('marks extended, tentative, next, passed and TBD dates with text, not only colour', async () => {
    const el = await fixture<WorkshopDates>(html`<workshop-dates .data=${workshop}></workshop-dates>`);
    const badges = (i: number) => [...items(el)[i]!.querySelectorAll('[part=badge]')].map(text);
    expect(badges(0)).to.deep.equal(['Passed']);
    expect(badges(1)).to.deep.equal(['Next', 'Extended']);
    expect(badges(3)).to.deep.equal(['Tentative']);
    expect(badges(6)).to.deep.equal(['TBD']);
    expect(text(items(el)[6]!.querySelector('[part=date]')!)).to.equal('To be announced');
  });

  it('shows an extension readably: the current date first, then "Extended from" the earlier ones, nothing struck through', async () => {
    const el = await fixture<WorkshopDates>(html`<workshop-dates .data=${workshop}></workshop-dates>`);
    const submission = items(el)[1]!;
    const previous = submission.querySelector('[part=previous]')!;
    // The time and zone the current date ends with go without saying.
    expect(text(previous)).to.equal('Extended from Feb 3, 2025');
    expect(submission.querySelector('del, s')).to.be.null;
    const order = [...submission.querySelectorAll('[part=date], [part=local], [part=previous]')].map((node) => node.getAttribute('part'));
    expect(order).to.deep.equal(['date', 'local', 'previous']);
    const twice = { ...workshop, importantDates: [{ id: 's', label: 'Submission', date: '2025-02-20', previousDates: ['2025-02-10', '2024-12-20T12:00'] }] };
    el.data = twice;
    await el.updateComplete;
    expect(text(root(el).querySelector('[part=previous]')!)).to.equal('Extended from Feb 10, 2025 and Dec 20, 2024, 12:00 AoE');
  });

  it('shows the zone of a whole day when the organizers stated it, and an earlier such day as a day', async () => {
    const data = {
      title: 'Days',
      importantDates: [
        { id: 'notification', label: 'Notification', kind: 'notification', date: '2025-03-05', timeZone: 'AoE', previousDates: ['2025-03-01'] },
        { id: 'plain', label: 'Plain notification', kind: 'notification', date: '2025-03-06' },
        { id: 'vienna', label: 'Social', kind: 'event', date: '2025-03-07', timeZone: 'Europe/Vienna' },
        { id: 'day', label: 'Workshop', kind: 'event', date: '2025-03-08' },
        { id: 'bidding', label: 'Bidding', kind: 'period', date: '2025-03-09', end: '2025-03-10', timeZone: 'UTC-7' },
      ],
    };
    const el = await fixture<WorkshopDates>(html`<workshop-dates .data=${data}></workshop-dates>`);
    expect(items(el).map((item) => text(item.querySelector('[part=date]')!))).to.deep.equal([
      'Mar 5, 2025 (AoE)',
      'Mar 6, 2025',
      'Mar 7, 2025 (UTC+1)',
      'Mar 8, 2025',
      'Mar 9 – 10, 2025 (UTC\u22127)',
    ]);
    expect(text(items(el)[0]!.querySelector('[part=previous]')!)).to.equal('Extended from Mar 1, 2025 (AoE)');
    expect(items(el)[0]!.querySelector('[part=local]')).to.be.null;
  });

  it('ends a TBD row, and a row without a local time, without a dangling separator', async () => {
    const el = await fixture<WorkshopDates>(html`<workshop-dates .data=${workshop}></workshop-dates>`);
    const tbd = items(el)[6]!;
    expect(text(tbd)).to.equal('Camera-ready TBD To be announced');
    expect(tbd.querySelector('.when')).to.be.null;
    const period = items(el)[2]!;
    expect(text(period.querySelector('.when')!)).to.equal('in 2 weeks');
    // Space keeps the reader's time and "in 3 days" apart: no separator character to dangle at a line's end or start.
    const sub = items(el)[1]!.querySelector('.when')!;
    expect([...sub.children].map((node) => node.className)).to.deep.equal(['local', 'relative']);
    expect(root(el).textContent).not.to.match(/[·|]/);
  });

  it('filters by kinds and track, and hides passed dates', async () => {
    const el = await fixture<WorkshopDates>(html`<workshop-dates .data=${workshop} kinds="deadline" track="long" hide-passed></workshop-dates>`);
    expect(labels(el)).to.deep.equal(['Paper submission deadline', 'Long paper camera-ready']);
    el.track = 'short';
    el.kinds = 'deadline, period';
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['Paper submission deadline', 'Reviewing period', 'Camera-ready']);
  });

  it('rounds relative times to the nearest unit', () => {
    const hour = 3_600_000;
    expect(formatRelative(NOW + 47 * hour, NOW, 'en-US')).to.equal('in 2 days');
    expect(formatRelative(NOW + 25 * hour, NOW, 'en-US')).to.equal('tomorrow');
    expect(formatRelative(NOW - 90 * 60_000, NOW, 'en-US')).to.equal('2 hours ago');
    expect(formatRelative(NOW + 30_000, NOW, 'en-US')).to.equal('in 30 seconds');
  });

  it('renders a table layout with row headers', async () => {
    clock.restore();
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] }); // axe needs real timers
    const el = await fixture<WorkshopDates>(html`<workshop-dates .data=${workshop} layout="table"></workshop-dates>`);
    const headers = [...root(el).querySelectorAll('thead th')].map(text);
    expect(headers).to.deep.equal(['What', 'When', 'Your time', 'Status']);
    const row = items(el)[1]!;
    expect(row.tagName).to.equal('TR');
    expect(text(row.querySelector('th[scope=row]')!)).to.equal('Paper submission deadline');
    expect(text(row.querySelectorAll('td')[1]!)).to.equal('Your time: Feb 11, 2025, 12:59 UTC+1');
    await expect(el).to.be.accessible();
  });

  it('follows the time-zone and lang attributes', async () => {
    const el = await fixture<WorkshopDates>(html`<workshop-dates .data=${workshop} time-zone="Asia/Tokyo" lang="de-DE"></workshop-dates>`);
    const submission = items(el)[1]!;
    // Zones are named by their offset in every language (never "MEZ" next to "GMT+9"); the words are German too.
    expect(text(submission.querySelector('[part=local]')!)).to.equal('Ihre Zeit: 11. Feb. 2025, 20:59 UTC+9');
    expect(text(submission.querySelector('[part=relative]')!)).to.equal('in 3 Tagen');
    el.setAttribute('time-zone', 'America/Los_Angeles');
    await el.updateComplete;
    expect(text(items(el)[1]!.querySelector('[part=local]')!)).to.equal('Ihre Zeit: 11. Feb. 2025, 03:59 UTC\u22128');
  });

  it('moves the highlight when the clock passes a deadline, and stops listening when removed', async () => {
    const el = await fixture<WorkshopDates>(html`<workshop-dates .data=${workshop}></workshop-dates>`);
    clock.setSystemTime(Date.UTC(2025, 1, 11, 11, 59));
    await clock.tickAsync(2000);
    await el.updateComplete;
    expect(items(el).map((item) => item.dataset.state).slice(0, 3)).to.deep.equal(['passed', 'passed', 'next']);
    el.remove();
    expect(clock.countTimers()).to.equal(0);
  });

  it('offers one "Add to calendar" for the list: every upcoming dated entry in one .ics file', async () => {
    const saved = captureDownloads();
    const el = await fixture<WorkshopDates>(html`<workshop-dates .data=${workshop}></workshop-dates>`);
    const buttons = root(el).querySelectorAll<HTMLButtonElement>('[part=calendar-button]');
    expect(buttons).to.have.length(1);
    expect(items(el).some((item) => item.querySelector('button'))).to.be.false;
    expect(text(buttons[0]!)).to.equal('Add to calendar: the 5 upcoming dates (.ics file)');
    buttons[0]!.click();
    await saved.started();
    expect(saved).to.have.length(1);
    expect(saved[0]!.filename).to.equal('mlmp.ics');
    expect(saved[0]!.type).to.equal('text/calendar;charset=utf-8');
    const lines = (await saved[0]!.text).replace(/\r\n /g, '').split('\r\n');
    // Upcoming dates only: not the passed abstract deadline, not the TBD camera-ready.
    expect(lines.filter((line) => line.startsWith('UID:'))).to.deep.equal([
      'UID:submission@mlmp.workshop-widgets',
      'UID:reviews@mlmp.workshop-widgets',
      'UID:notification@mlmp.workshop-widgets',
      'UID:long-camera@mlmp.workshop-widgets',
      'UID:workshop@mlmp.workshop-widgets',
    ]);
    expect(lines).to.include.members(['DTSTART:20250211T115900Z', 'SUMMARY:Paper submission deadline (MLMP)']);
    expect(lines).to.include('DESCRIPTION:Paper submission deadline: Feb 10\\, 2025\\, 23:59 AoE (Anywhere on Earth (UTC−12))');
  });

  it('offers no calendar download once every date has passed, or with no-calendar', async () => {
    clock.setSystemTime(Date.UTC(2025, 5, 1));
    const past = await fixture<WorkshopDates>(html`<workshop-dates .data=${workshop}></workshop-dates>`);
    expect(items(past).filter((item) => item.dataset.state === 'passed')).to.have.length(6);
    expect(root(past).querySelector('[part=calendar-button]')).to.be.null;
    clock.setSystemTime(NOW);
    const off = await fixture<WorkshopDates>(html`<workshop-dates .data=${workshop} no-calendar></workshop-dates>`);
    expect(root(off).querySelector('[part=calendar-button]')).to.be.null;
  });

  it('says so when there are no dates, and when filters leave none', async () => {
    const empty = await fixture<WorkshopDates>(html`<workshop-dates .data=${{ title: 'X' }}></workshop-dates>`);
    expect(text(root(empty).querySelector('[part=empty]')!)).to.equal('No important dates yet.');
    const none = await fixture<WorkshopDates>(html`<workshop-dates .data=${workshop} kinds="social"></workshop-dates>`);
    expect(text(root(none).querySelector('[part=empty]')!)).to.equal('No dates of this kind.');
  });

  it('skips a broken entry, keeps the rest, and reports it', async () => {
    const el = document.createElement('workshop-dates') as WorkshopDates;
    const reported = oneEvent(el, 'ww-error');
    el.data = { ...workshop, importantDates: [...workshop.importantDates, { id: 'bad', label: 'Bad', date: '2025-02-30' }] };
    document.body.append(el);
    const event = await reported;
    expect(event.detail.issues[0].path).to.match(/^importantDates\[7\]/);
    expect(labels(el)).to.not.include('Bad');
    expect(labels(el)).to.have.length(7);
    el.remove();
  });

  it('shows a readable error for data that is not a workshop', async () => {
    const el = await fixture<WorkshopDates>(html`<workshop-dates .data=${'nonsense'}></workshop-dates>`);
    expect(root(el).querySelector('[role=alert]')).to.exist;
  });

  it('loads from src', async () => {
    const el = await fixture<WorkshopDates>(html`<workshop-dates src="/demo/workshops/mlmp-iclr2025.json"></workshop-dates>`);
    await oneEvent(el, 'ww-load');
    await el.updateComplete;
    expect(labels(el)[0]).to.equal('Paper submission deadline');
  });

  it('renders every seed workshop from its JSON alone', async () => {
    clock.setSystemTime(Date.UTC(2026, 0, 29, 12));
    const seed = async (name: string) => (await fetch(`/demo/workshops/${name}.json`)).json();
    const fm = await fixture<WorkshopDates>(html`<workshop-dates .data=${await seed('fm4science-iclr2026')}></workshop-dates>`);
    expect(labels(fm)[0]).to.equal('Abstract Submission Deadline');
    expect(items(fm).map((item) => item.dataset.state).slice(0, 2)).to.deep.equal(['passed', 'next']);
    const bidding = items(fm).find((item) => text(item.querySelector('[part=label]')!) === 'Review Bidding Period')!;
    expect(text(bidding.querySelector('[part=date]')!)).to.equal('Jan 31 – Feb 7, 2026 (AoE)');
    expect([...bidding.querySelectorAll('[part=badge]')].map(text)).to.deep.equal(['Tentative']);
    const astro = await fixture<WorkshopDates>(html`<workshop-dates .data=${await seed('ml4astro-icml2025')}></workshop-dates>`);
    expect(items(astro).every((item) => item.dataset.state === 'tbd')).to.be.true;
    const sim = await fixture<WorkshopDates>(html`<workshop-dates .data=${await seed('sim2science-icml2026')}></workshop-dates>`);
    expect(text(items(sim)[0]!.querySelector('[part=date]')!)).to.equal('Apr 24, 2026, 23:59 AoE');
    const month = items(sim).find((item) => text(item.querySelector('[part=label]')!) === 'Workshop Date')!;
    expect(text(month.querySelector('[part=date]')!)).to.equal('July 2026');
    expect(month.querySelector('[part=date]')!.getAttribute('datetime')).to.equal('2026-07');
    const frontier = await fixture<WorkshopDates>(html`<workshop-dates .data=${await seed('frontier-reasoning')}></workshop-dates>`);
    expect(frontier.shadowRoot!.querySelector('[part=empty], [part=list]')).to.exist;
  });

  it('is accessible in light and dark', async () => {
    clock.restore();
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] }); // axe needs real timers
    const light = await fixture<WorkshopDates>(html`<workshop-dates .data=${workshop} theme="light"></workshop-dates>`);
    await expect(light).to.be.accessible();
    const dark = await fixture<WorkshopDates>(html`<workshop-dates .data=${workshop} theme="dark"></workshop-dates>`);
    await expect(dark).to.be.accessible();
  });
});
