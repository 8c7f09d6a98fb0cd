import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { googleCalendarUrl, type CalendarEvent } from '../../src/data/calendar.js';
import { buildIcs, foldLine } from '../../src/data/ics.js';
import { downloadText } from '../../src/internal/download.js';
import { resolveDate } from '../../src/data/time.js';

const STAMP = Date.UTC(2025, 0, 15, 8, 30, 5);
const deadline: CalendarEvent = {
  uid: 'paper@mlmp-iclr2025',
  title: 'Paper submission deadline',
  start: resolveDate('2025-02-10', 'AoE')!.end,
};

/** Undoes folding, as a client does. */
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('buildIcs', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: STAMP, toFake: ['Date'] });
  });
  afterEach(() => clock.restore());

  it('writes a calendar with CRLF lines, UTC instants and a DTSTAMP', () => {
    const text = buildIcs([deadline], { name: 'MLMP' });
    expect(text.endsWith('\r\n')).to.be.true;
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines.slice(0, 6)).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//workshop-widgets//Workshop Widgets//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:MLMP',
    ]);
    expect(lines).to.include.members([
      'BEGIN:VEVENT',
      'UID:paper@mlmp-iclr2025',
      'DTSTAMP:20250115T083005Z',
      'DTSTART:20250211T115900Z',
      'SUMMARY:Paper submission deadline',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    expect(text).not.to.contain('DTEND');
  });

  it('writes DTEND for timed events with an end and VALUE=DATE for all-day ones', () => {
    const text = buildIcs([
      { uid: 'a', title: 'Talk', start: Date.UTC(2026, 3, 27, 11, 55), end: Date.UTC(2026, 3, 27, 12, 30) },
      { uid: 'b', title: 'Workshop', start: 0, allDay: { start: '2026-04-27', end: '2026-04-28' } },
    ]);
    const lines = text.split('\r\n');
    expect(lines).to.include.members(['DTSTART:20260427T115500Z', 'DTEND:20260427T123000Z']);
    expect(lines).to.include.members(['DTSTART;VALUE=DATE:20260427', 'DTEND;VALUE=DATE:20260428']);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(2);
  });

  it('escapes backslash, semicolon, comma and newlines so no property can be injected', () => {
    const text = buildIcs([
      { ...deadline, title: 'A, B; C\\D\nEND:VEVENT\r\nBEGIN:VEVENT', description: 'line1\r\nline2', location: 'Rio, Brazil', url: 'https://x.org/a b\r\nX:1' },
    ]);
    const lines = unfold(text).split('\r\n');
    expect(lines).to.include('SUMMARY:A\\, B\\; C\\\\D\\nEND:VEVENT\\nBEGIN:VEVENT');
    expect(lines).to.include('DESCRIPTION:line1\\nline2');
    expect(lines).to.include('LOCATION:Rio\\, Brazil');
    expect(lines).to.include('URL:https://x.org/a%20bX:1');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(1);
    expect(lines.filter((l) => l === 'END:VEVENT')).to.have.length(1);
  });

  it('folds long lines at 75 octets without splitting a UTF-8 character', () => {
    const title = 'Ünïcödé 漢字 🎉 '.repeat(12);
    const text = buildIcs([{ ...deadline, title }]);
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    expect(text).to.contain('\r\n ');
    expect(unfold(text).split('\r\n')).to.include(`SUMMARY:${title}`);
    // Every physical line is valid UTF-8 on its own (no broken surrogate pair).
    for (const line of text.split('\r\n')) expect(line).not.to.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('keeps short lines as they are', () => {
    expect(foldLine('SUMMARY:short')).to.equal('SUMMARY:short');
    const exact = 'X'.repeat(75);
    expect(foldLine(exact)).to.equal(exact);
    expect(foldLine('X'.repeat(76))).to.equal(`${'X'.repeat(75)}\r\n X`);
  });

  it('leaves out events without a usable date instead of writing them broken', () => {
    const text = buildIcs([
      { uid: 'x', title: 'bad', start: Number.NaN },
      { uid: 'y', title: 'bad day', start: 0, allDay: { start: '2026-4-1', end: '' } },
    ]);
    expect(text).not.to.contain('BEGIN:VEVENT');
    expect(text).to.contain('END:VCALENDAR');
  });
});

describe('googleCalendarUrl', () => {
  it('links a deadline at its UTC instant', () => {
    const url = new URL(googleCalendarUrl({ ...deadline, description: 'Submit on OpenReview', url: 'https://openreview.net' }));
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).to.equal('TEMPLATE');
    expect(url.searchParams.get('text')).to.equal('Paper submission deadline');
    expect(url.searchParams.get('dates')).to.equal('20250211T115900Z/20250211T115900Z');
    expect(url.searchParams.get('details')).to.equal('Submit on OpenReview\n\nhttps://openreview.net');
  });

  it('links an all-day event with an exclusive end day', () => {
    const url = new URL(googleCalendarUrl({ uid: 'w', title: 'Workshop', start: 0, allDay: { start: '2026-04-27', end: '2026-04-28' }, location: 'Rio de Janeiro' }));
    expect(url.searchParams.get('dates')).to.equal('20260427/20260428');
    expect(url.searchParams.get('location')).to.equal('Rio de Janeiro');
  });
});

describe('downloadText', () => {
  afterEach(() => sinon.restore());

  it('clicks a temporary download link to a blob and revokes it afterwards', async () => {
    const create = sinon.spy(URL, 'createObjectURL');
    const revoke = sinon.spy(URL, 'revokeObjectURL');
    let clicked: HTMLAnchorElement | undefined;
    sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
      clicked = this;
    });
    downloadText('deadline.ics', 'BEGIN:VCALENDAR', 'text/calendar;charset=utf-8');
    expect(clicked?.download).to.equal('deadline.ics');
    expect(clicked?.href).to.match(/^blob:/);
    expect(clicked?.isConnected).to.be.false;
    const blob = create.firstCall.args[0] as Blob;
    expect(blob.type).to.equal('text/calendar;charset=utf-8');
    expect(await blob.text()).to.equal('BEGIN:VCALENDAR');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(revoke.calledOnceWith(clicked!.href)).to.be.true;
  });
});
