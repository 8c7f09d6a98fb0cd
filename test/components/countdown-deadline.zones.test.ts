// Runs once per pinned browser zone (Asia/Tokyo, America/Los_Angeles, UTC): the remaining time to an AoE
// deadline is the same everywhere; only the reader-local absolute time differs.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/countdown-deadline/countdown-deadline.js';
import type { CountdownDeadline } from '../../src/components/countdown-deadline/countdown-deadline.js';
import { viewerTimeZone } from '../../src/data/time.js';

const LOCAL: Record<string, { first: string; second: string }> = {
  'Asia/Tokyo': { first: 'Your time: Feb 11, 2025, 20:59 UTC+9', second: 'Your time: Mar 3, 2025, 20:59 UTC+9' },
  'America/Los_Angeles': { first: 'Your time: Feb 11, 2025, 03:59 UTC\u22128', second: 'Your time: Mar 3, 2025, 03:59 UTC\u22128' },
  'Europe/Berlin': { first: 'Your time: Feb 11, 2025, 12:59 UTC+1', second: 'Your time: Mar 3, 2025, 12:59 UTC+1' }, // the default browser, when run alone
  UTC: { first: 'Your time: Feb 11, 2025, 11:59 UTC', second: 'Your time: Mar 3, 2025, 11:59 UTC' },
};

const workshop = {
  title: 'Machine Learning Multiscale Processes',
  shortName: 'MLMP',
  deadlineTimeZone: 'AoE',
  importantDates: [
    { id: 'submission', label: 'Paper submission deadline', date: '2025-02-10T23:59' },
    { id: 'assistance', label: 'Financial assistance closes', date: '2025-03-02' },
    { id: 'workshop', label: 'Workshop', kind: 'event', date: '2025-04-27', timeZone: 'Asia/Singapore' },
  ],
};

const DEADLINE = Date.UTC(2025, 1, 11, 11, 59); // 2025-02-10 23:59 AoE
const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
const digits = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('[part=value]')].map((node) => node.textContent);

describe(`<countdown-deadline> in ${viewerTimeZone()}`, () => {
  // Test pages run side by side and may count as hidden, which pauses the shared clock.
  before(() => Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true }));
  after(() => delete (document as { visibilityState?: unknown }).visibilityState);
  let clock: sinon.SinonFakeTimers;
  afterEach(() => clock.restore());

  it('runs in one of the pinned zones', () => {
    clock = sinon.useFakeTimers({ now: 0, toFake: ['Date'] });
    expect(Object.keys(LOCAL)).to.include(viewerTimeZone());
  });

  it('shows the exact remaining time to an AoE deadline and its time in the reader’s zone', async () => {
    clock = sinon.useFakeTimers({ now: Date.UTC(2025, 1, 10, 0, 0, 0), toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const el = await fixture<CountdownDeadline>(html`<countdown-deadline .data=${workshop}></countdown-deadline>`);
    const root = el.shadowRoot!;
    expect(text(root.querySelector('[part=label]'))).to.equal('Paper submission deadline');
    expect(digits(el)).to.deep.equal(['1', '11', '59', '00']);
    expect(text(root.querySelector('time[part=date]'))).to.equal('Feb 10, 2025, 23:59 AoE');
    expect(root.querySelector('time[part=date]')!.getAttribute('datetime')).to.equal('2025-02-11T11:59:00.000Z');
    expect(text(root.querySelector('[part=local]'))).to.equal(LOCAL[viewerTimeZone()]!.first);
    expect(text(root.querySelector('[role=status]'))).to.equal('Paper submission deadline: 1 day, 11 hours left.');
  });

  it('switches to the next deadline when the clock passes one, and says so', async () => {
    clock = sinon.useFakeTimers({ now: DEADLINE - 2500, toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const el = await fixture<CountdownDeadline>(html`<countdown-deadline .data=${workshop}></countdown-deadline>`);
    const root = el.shadowRoot!;
    expect(digits(el)).to.deep.equal(['0', '00', '00', '02']);
    const passed: CustomEvent[] = [];
    el.addEventListener('ww-deadline-passed', (event) => passed.push(event as CustomEvent));
    await clock.tickAsync(1000);
    await el.updateComplete;
    expect(passed).to.have.length(0);
    await clock.tickAsync(2000);
    await el.updateComplete;
    expect(passed).to.have.length(1);
    expect(passed[0]!.detail).to.deep.equal({ id: 'submission', label: 'Paper submission deadline', instant: DEADLINE, next: 'assistance' });
    expect(text(root.querySelector('[part=label]'))).to.equal('Financial assistance closes');
    expect(text(root.querySelector('time[part=date]'))).to.equal('Mar 2, 2025, 23:59 AoE');
    expect(text(root.querySelector('[part=local]'))).to.equal(LOCAL[viewerTimeZone()]!.second);
    // 2025-03-03 11:59 UTC minus (2025-02-11 11:59:00.5 UTC): 19 days, 23:59:59.
    expect(digits(el)).to.deep.equal(['19', '23', '59', '59']);
  });
});
