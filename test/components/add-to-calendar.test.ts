import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/add-to-calendar/add-to-calendar.js';
import type { AddToCalendar } from '../../src/components/add-to-calendar/add-to-calendar.js';
import { clearWorkshopCache } from '../../src/data/load.js';
import { captureDownloads } from '../helpers/downloads.js';

const NOW = Date.UTC(2026, 0, 15, 12, 0);

const workshop = {
  title: 'Foundation Models for Science',
  shortName: 'FM4Science',
  tagline: 'Progress, opportunities, and challenges',
  date: '2026-04-26',
  endDate: '2026-04-27',
  timeZone: 'America/Sao_Paulo',
  website: 'https://fm4science.example.org',
  venue: { name: 'Riocentro', city: 'Rio de Janeiro', country: 'Brazil' },
  importantDates: [
    { id: 'old', label: 'Expression of interest', date: '2026-01-05' },
    { id: 'submission', label: 'Paper submission deadline', date: '2026-02-03' },
    { id: 'rebuttal', label: 'Rebuttal closes', date: '2026-03-01T12:00', timeZone: 'America/Sao_Paulo' },
    { id: 'camera', label: 'Camera-ready', tbd: true },
    { id: 'social', label: 'Social dinner', kind: 'event', date: '2026-04-26T19:30', end: '2026-04-26T22:00', timeZone: 'America/Sao_Paulo' },
  ],
};

const root = (el: HTMLElement) => el.shadowRoot!;
const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
const items = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('[part=item]')];
const unfoldLines = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');


describe('<add-to-calendar>', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clearWorkshopCache();
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
  afterEach(() => {
    clock.restore();
    sinon.restore();
  });

  it('lists the workshop day and the upcoming dated deadlines', async () => {
    const el = await fixture<AddToCalendar>(html`<add-to-calendar .data=${workshop}></add-to-calendar>`);
    expect(items(el).map((item) => text(item.querySelector('[part=label]')))).to.deep.equal(['FM4Science', 'Paper submission deadline', 'Rebuttal closes']);
    expect(text(items(el)[0]!.querySelector('[part=date]'))).to.equal('Apr 26 – 27, 2026');
    expect(text(items(el)[1]!.querySelector('[part=date]'))).to.equal('Feb 3, 2026, 23:59 AoE');
    expect(items(el)[1]!.querySelector('[part=date]')!.getAttribute('datetime')).to.equal('2026-02-04T11:59:00.000Z');
    expect(text(items(el)[1]!.querySelector('[part=download-button]'))).to.equal('Download .ics: Paper submission deadline');
  });

  it('downloads the workshop day as an all-day event', async () => {
    const saved = captureDownloads();
    const el = await fixture<AddToCalendar>(html`<add-to-calendar .data=${workshop}></add-to-calendar>`);
    const fired = oneEvent(el, 'ww-calendar-download');
    items(el)[0]!.querySelector<HTMLButtonElement>('[part=download-button]')!.click();
    expect((await fired).detail).to.deep.equal({ filename: 'fm4science-workshop.ics', ids: ['workshop'] });
    expect(saved[0]!.filename).to.equal('fm4science-workshop.ics');
    expect(saved[0]!.type).to.equal('text/calendar;charset=utf-8');
    const lines = unfoldLines(await saved[0]!.text);
    expect(lines).to.include.members([
      'BEGIN:VEVENT',
      'UID:workshop-day@fm4science.workshop-widgets',
      'DTSTAMP:20260115T120000Z',
      'DTSTART;VALUE=DATE:20260426',
      'DTEND;VALUE=DATE:20260428',
      'SUMMARY:FM4Science: Foundation Models for Science',
      'LOCATION:Riocentro\\, Rio de Janeiro\\, Brazil',
      'URL:https://fm4science.example.org',
    ]);
  });

  it('writes an AoE deadline and an IANA-zone deadline at the right UTC instants', async () => {
    const saved = captureDownloads();
    const el = await fixture<AddToCalendar>(html`<add-to-calendar .data=${workshop}></add-to-calendar>`);
    items(el)[1]!.querySelector<HTMLButtonElement>('[part=download-button]')!.click();
    items(el)[2]!.querySelector<HTMLButtonElement>('[part=download-button]')!.click();
    await saved.started(2);
    const aoe = unfoldLines(await saved[0]!.text);
    expect(aoe).to.include.members(['DTSTART:20260204T115900Z', 'SUMMARY:Paper submission deadline (FM4Science)']);
    expect(aoe.some((line) => line.startsWith('DTEND'))).to.be.false;
    const rio = unfoldLines(await saved[1]!.text);
    expect(saved[1]!.filename).to.equal('fm4science-rebuttal.ics');
    expect(rio).to.include('DTSTART:20260301T150000Z'); // 12:00 in Rio (UTC−3)
  });

  it('links to Google Calendar with the same instants', async () => {
    const el = await fixture<AddToCalendar>(html`<add-to-calendar .data=${workshop}></add-to-calendar>`);
    const hrefs = items(el).map((item) => new URL(item.querySelector<HTMLAnchorElement>('a[part=google-link]')!.href));
    expect(hrefs.map((url) => url.searchParams.get('dates'))).to.deep.equal([
      '20260426/20260428',
      '20260204T115900Z/20260204T115900Z',
      '20260301T150000Z/20260301T150000Z',
    ]);
    expect(hrefs[0]!.searchParams.get('location')).to.equal('Riocentro, Rio de Janeiro, Brazil');
    const anchor = items(el)[1]!.querySelector('a[part=google-link]')!;
    expect(anchor.getAttribute('target')).to.equal('_blank');
    expect(text(anchor)).to.equal('Google Calendar: Paper submission deadline (opens in a new tab)');
  });

  it('downloads every entry in one file', async () => {
    const saved = captureDownloads();
    const el = await fixture<AddToCalendar>(html`<add-to-calendar .data=${workshop}></add-to-calendar>`);
    root(el).querySelector<HTMLButtonElement>('[part=all-button]')!.click();
    await saved.started();
    expect(saved[0]!.filename).to.equal('fm4science.ics');
    const lines = unfoldLines(await saved[0]!.text);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).to.have.length(3);
    expect(lines).to.include('X-WR-CALNAME:FM4Science');
  });

  it('shows one chosen date with date-id, including timed events with an end', async () => {
    const saved = captureDownloads();
    const el = await fixture<AddToCalendar>(html`<add-to-calendar .data=${workshop} date-id="social"></add-to-calendar>`);
    expect(items(el)).to.have.length(1);
    expect(root(el).querySelector('[part=all-button]')).to.be.null;
    items(el)[0]!.querySelector<HTMLButtonElement>('[part=download-button]')!.click();
    await saved.started();
    expect(unfoldLines(await saved[0]!.text)).to.include.members(['DTSTART:20260426T223000Z', 'DTEND:20260427T010000Z']);
    el.dateId = 'workshop';
    await el.updateComplete;
    expect(text(items(el)[0]!.querySelector('[part=label]'))).to.equal('FM4Science');
  });

  it('lists the workshop day once, even when an important date has the id "workshop"', async () => {
    const data = { ...workshop, importantDates: [...workshop.importantDates, { id: 'workshop', label: 'Workshop', kind: 'period', date: '2026-04-26', end: '2026-04-27', timeZone: 'America/Sao_Paulo' }] };
    const all = await fixture<AddToCalendar>(html`<add-to-calendar .data=${data}></add-to-calendar>`);
    expect(items(all).map((item) => text(item.querySelector('[part=label]')))).to.deep.equal(['FM4Science', 'Paper submission deadline', 'Rebuttal closes']);
    const chosen = await fixture<AddToCalendar>(html`<add-to-calendar date-id="workshop" .data=${data}></add-to-calendar>`);
    expect(items(chosen).map((item) => text(item.querySelector('[part=label]')))).to.deep.equal(['FM4Science']);
    // Without a workshop day, the important date stands for it.
    const undated = { ...data, date: undefined, endDate: undefined };
    const alone = await fixture<AddToCalendar>(html`<add-to-calendar date-id="workshop" .data=${undated}></add-to-calendar>`);
    expect(items(alone).map((item) => text(item.querySelector('[part=label]')))).to.deep.equal(['Workshop']);
  });

  it('offers no download for events and dates that have passed', async () => {
    clock.setSystemTime(Date.UTC(2026, 3, 29)); // after the workshop (Apr 26–27 in Rio)
    const el = await fixture<AddToCalendar>(html`<add-to-calendar .data=${workshop}></add-to-calendar>`);
    expect(items(el)).to.have.length(0);
    expect(root(el).querySelector('button')).to.be.null;
    expect(root(el).querySelector('a')).to.be.null;
    expect(text(root(el).querySelector('[part=empty]'))).to.equal('These dates have passed.');
    const day = await fixture<AddToCalendar>(html`<add-to-calendar date-id="workshop" .data=${workshop}></add-to-calendar>`);
    expect(text(root(day).querySelector('[part=empty]'))).to.equal('This date has passed.');
    const social = await fixture<AddToCalendar>(html`<add-to-calendar date-id="social" .data=${workshop}></add-to-calendar>`);
    expect(items(social)).to.have.length(0);
    // On the last day the workshop is still on: it is offered until it ends.
    clock.setSystemTime(Date.UTC(2026, 3, 27, 20));
    const during = await fixture<AddToCalendar>(html`<add-to-calendar date-id="workshop" .data=${workshop}></add-to-calendar>`);
    expect(items(during)).to.have.length(1);
  });

  it('lists passed deadlines on request', async () => {
    const el = await fixture<AddToCalendar>(html`<add-to-calendar .data=${workshop} show-passed></add-to-calendar>`);
    expect(items(el).map((item) => text(item.querySelector('[part=label]')))).to.include('Expression of interest');
  });

  it('says so when there is nothing to add, and for an unknown or TBD id', async () => {
    const empty = await fixture<AddToCalendar>(html`<add-to-calendar .data=${{ title: 'X', dateTbd: true }}></add-to-calendar>`);
    expect(text(root(empty).querySelector('[part=empty]'))).to.equal('Nothing to add to a calendar yet.');
    const tbd = await fixture<AddToCalendar>(html`<add-to-calendar .data=${workshop} date-id="camera"></add-to-calendar>`);
    expect(text(root(tbd).querySelector('[part=empty]'))).to.equal('There is no dated entry “camera” to add to a calendar.');
    const invalid = await fixture<AddToCalendar>(html`<add-to-calendar .data=${null}></add-to-calendar>`);
    expect(root(invalid).querySelector('[role=alert]')).to.exist;
  });

  it('offers no workshop day while only the month is known (seed: Sim2Science)', async () => {
    clock.setSystemTime(Date.UTC(2026, 2, 1));
    const sim = await (await fetch('/demo/workshops/sim2science-icml2026.json')).json();
    const el = await fixture<AddToCalendar>(html`<add-to-calendar .data=${sim}></add-to-calendar>`);
    expect(items(el).map((item) => text(item.querySelector('[part=label]')))).to.deep.equal(['Submission Deadline']);
    expect(new URL(items(el)[0]!.querySelector<HTMLAnchorElement>('a')!.href).searchParams.get('dates')).to.equal('20260425T115900Z/20260425T115900Z');
  });

  it('is accessible in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<AddToCalendar>(html`<add-to-calendar .data=${workshop} theme=${theme}></add-to-calendar>`);
      await expect(el).to.be.accessible();
    }
  });
});
