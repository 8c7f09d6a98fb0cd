import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/countdown-deadline/countdown-deadline.js';
import type { CountdownDeadline } from '../../src/components/countdown-deadline/countdown-deadline.js';
import { clearWorkshopCache } from '../../src/data/load.js';
import { clockListenerCount } from '../../src/internal/clock.js';

// Browser zone pinned to Europe/Berlin.
const NOW = Date.UTC(2025, 1, 10, 0, 0, 0);
const ALL_TIMERS = ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] as const;

const workshop = {
  title: 'Machine Learning Multiscale Processes',
  shortName: 'MLMP',
  importantDates: [
    { id: 'abstract', label: 'Abstract deadline', date: '2025-02-03' },
    { id: 'submission', label: 'Paper submission deadline', date: '2025-02-10T23:59', tentative: true },
    { id: 'camera', label: 'Camera-ready deadline', tbd: true },
    { id: 'workshop', label: 'Workshop', kind: 'event', date: '2025-04-27', timeZone: 'Asia/Singapore' },
  ],
};

const root = (el: HTMLElement) => el.shadowRoot!;
const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
const digits = (el: HTMLElement) => [...root(el).querySelectorAll('[part=value]')].map((node) => node.textContent);
const status = (el: HTMLElement) => text(root(el).querySelector('[role=status]'));

describe('<countdown-deadline>', () => {
  let clock: sinon.SinonFakeTimers;
  before(() => Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true }));
  after(() => delete (document as { visibilityState?: unknown }).visibilityState);
  beforeEach(() => clearWorkshopCache());
  afterEach(() => clock.restore());

  it('counts down to the next deadline that has not passed, with unit names', async () => {
    clock = sinon.useFakeTimers({ now: NOW, toFake: [...ALL_TIMERS] });
    const el = await fixture<CountdownDeadline>(html`<countdown-deadline .data=${workshop}></countdown-deadline>`);
    expect(text(root(el).querySelector('[part=label]'))).to.equal('Paper submission deadline (tentative)');
    expect(digits(el)).to.deep.equal(['1', '11', '59', '00']);
    expect([...root(el).querySelectorAll('[part=unit-name]')].map((n) => n.textContent)).to.deep.equal(['day', 'hours', 'minutes', 'seconds']);
    expect(text(root(el).querySelector('time[part=date]'))).to.equal('Feb 10, 2025, 23:59 AoE');
    expect(text(root(el).querySelector('[part=local]'))).to.equal('Your time: Feb 11, 2025, 12:59 UTC+1');
    expect(root(el).querySelector('[part=countdown]')!.getAttribute('data-state')).to.equal('counting');
  });

  it('hides the ticking digits from screen readers and announces at a coarse pace', async () => {
    clock = sinon.useFakeTimers({ now: Date.UTC(2025, 1, 11, 10, 58, 30), toFake: [...ALL_TIMERS] });
    const el = await fixture<CountdownDeadline>(html`<countdown-deadline .data=${workshop}></countdown-deadline>`);
    expect(root(el).querySelector('[part=timer]')!.getAttribute('aria-hidden')).to.equal('true');
    const region = root(el).querySelector('[role=status]')!;
    expect(text(region)).to.equal('Paper submission deadline: 1 hour left.');
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await clock.tickAsync(1000);
      await el.updateComplete;
      seen.add(text(region));
    }
    // 40 seconds of ticking change the digits every second but the announcement only once (at the minute).
    expect([...seen]).to.deep.equal(['Paper submission deadline: 1 hour left.', 'Paper submission deadline: 59 minutes left.']);
    expect(root(el).querySelector('[role=status]')).to.equal(region); // the live region stays in place
  });

  it('counts down to a chosen deadline in the compact format, and says when it has passed', async () => {
    clock = sinon.useFakeTimers({ now: NOW, toFake: [...ALL_TIMERS] });
    const el = await fixture<CountdownDeadline>(html`<countdown-deadline .data=${workshop} deadline="workshop" format="compact"></countdown-deadline>`);
    expect(text(root(el).querySelector('[part=timer]'))).to.equal('75d 16h 00m 00s');
    // A whole day in a zone the organizers named shows that zone.
    expect(text(root(el).querySelector('time[part=date]'))).to.equal('Apr 27, 2025 (UTC+8)');
    expect(root(el).querySelector('[part=local]')).to.be.null;
    el.deadline = 'abstract';
    await el.updateComplete;
    expect(root(el).querySelector('[part=timer]')).to.be.null;
    // The label stands above; the message on screen does not repeat it, the live region says it whole.
    expect(text(root(el).querySelector('[part=label]'))).to.equal('Abstract deadline');
    expect(text(root(el).querySelector('[part=status]'))).to.equal('This deadline has passed.');
    expect(status(el)).to.equal('Abstract deadline has passed.');
  });

  it('says a TBD deadline is to be announced and does not count', async () => {
    clock = sinon.useFakeTimers({ now: Date.UTC(2025, 1, 12), toFake: [...ALL_TIMERS] });
    const el = await fixture<CountdownDeadline>(html`<countdown-deadline .data=${workshop}></countdown-deadline>`);
    expect(text(root(el).querySelector('[part=label]'))).to.equal('Camera-ready deadline');
    expect(root(el).querySelector('[part=timer]')).to.be.null;
    expect(root(el).querySelector('[part=date]')).to.be.null;
    // Said once on screen: the label, then "Date to be announced." (not the label again).
    expect(text(root(el).querySelector('[part=countdown]'))).to.equal('Camera-ready deadline Date to be announced. Camera-ready deadline: date to be announced.');
    expect(text(root(el).querySelector('[part=status]'))).to.equal('Date to be announced.');
    expect(status(el)).to.equal('Camera-ready deadline: date to be announced.');
  });

  it('says plainly when all deadlines have passed', async () => {
    clock = sinon.useFakeTimers({ now: Date.UTC(2025, 1, 12), toFake: [...ALL_TIMERS] });
    const data = { ...workshop, importantDates: workshop.importantDates.filter((d) => !d.tbd) };
    const el = await fixture<CountdownDeadline>(html`<countdown-deadline .data=${data}></countdown-deadline>`);
    expect(text(root(el).querySelector('[part=status]'))).to.equal('All deadlines have passed.');
    expect(root(el).querySelector('[part=countdown]')!.getAttribute('data-state')).to.equal('done');
  });

  it('fires ww-deadline-passed for a chosen deadline and then shows it as passed', async () => {
    clock = sinon.useFakeTimers({ now: Date.UTC(2025, 1, 11, 11, 58, 58), toFake: [...ALL_TIMERS] });
    const el = await fixture<CountdownDeadline>(html`<countdown-deadline .data=${workshop} deadline="submission"></countdown-deadline>`);
    const passed = oneEvent(el, 'ww-deadline-passed');
    await clock.tickAsync(3000);
    const event = await passed;
    expect(event.detail.id).to.equal('submission');
    expect(event.detail.next).to.be.undefined;
    await el.updateComplete;
    expect(status(el)).to.equal('Paper submission deadline has passed.');
  });

  it('stops listening to the clock when removed', async () => {
    clock = sinon.useFakeTimers({ now: NOW, toFake: [...ALL_TIMERS] });
    const before = clockListenerCount();
    const el = await fixture<CountdownDeadline>(html`<countdown-deadline .data=${workshop}></countdown-deadline>`);
    expect(clockListenerCount()).to.equal(before + 1);
    el.remove();
    expect(clockListenerCount()).to.equal(before);
    expect(clock.countTimers()).to.equal(0);
  });

  it('handles no deadlines, an unknown id and invalid data without throwing', async () => {
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const none = await fixture<CountdownDeadline>(html`<countdown-deadline .data=${{ title: 'X' }}></countdown-deadline>`);
    expect(text(root(none).querySelector('[part=empty]'))).to.equal('No deadlines yet.');
    const unknown = await fixture<CountdownDeadline>(html`<countdown-deadline .data=${workshop} deadline="nope"></countdown-deadline>`);
    expect(text(root(unknown).querySelector('[part=empty]'))).to.equal('There is no date with the id “nope”.');
    const invalid = await fixture<CountdownDeadline>(html`<countdown-deadline .data=${[1, 2]}></countdown-deadline>`);
    expect(root(invalid).querySelector('[role=alert]')).to.exist;
  });

  it('uses the lang attribute for unit names', async () => {
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const el = await fixture<CountdownDeadline>(html`<countdown-deadline .data=${workshop} lang="de"></countdown-deadline>`);
    expect([...root(el).querySelectorAll('[part=unit-name]')].map((n) => n.textContent)).to.deep.equal(['Tag', 'Stunden', 'Minuten', 'Sekunden']);
  });

  it('counts down for the seed workshops', async () => {
    clock = sinon.useFakeTimers({ now: Date.UTC(2026, 3, 24, 0, 0, 0), toFake: ['Date'] });
    const sim = await (await fetch('/demo/workshops/sim2science-icml2026.json')).json();
    const el = await fixture<CountdownDeadline>(html`<countdown-deadline .data=${sim}></countdown-deadline>`);
    expect(text(root(el).querySelector('[part=label]'))).to.equal('Submission Deadline');
    expect(digits(el)).to.deep.equal(['1', '11', '59', '00']);
    clock.setSystemTime(Date.UTC(2026, 3, 26));
    const later = await fixture<CountdownDeadline>(html`<countdown-deadline .data=${sim}></countdown-deadline>`);
    expect(status(later)).to.equal('Camera-Ready Deadline: date to be announced.');
    const astro = await (await fetch('/demo/workshops/ml4astro-icml2025.json')).json();
    const tbd = await fixture<CountdownDeadline>(html`<countdown-deadline .data=${astro}></countdown-deadline>`);
    expect(status(tbd)).to.equal('Abstract Submission Deadline: date to be announced.');
  });

  it('is accessible in light and dark, in both formats', async () => {
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] }); // axe needs real timers
    for (const theme of ['light', 'dark']) {
      for (const format of ['full', 'compact']) {
        const el = await fixture<CountdownDeadline>(html`<countdown-deadline .data=${workshop} theme=${theme} format=${format}></countdown-deadline>`);
        await expect(el).to.be.accessible();
      }
    }
  });
});
