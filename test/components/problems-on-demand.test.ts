// The words for a workshop file's problems, and for JSON that does not parse, are loaded only by a page whose
// file has such problems: a valid file never downloads them. Modules are served one by one here, so the
// page's resource timings say which were fetched. Runs in a page of its own: no other test loads them first.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/workshop-data/workshop-data.js';
import '../../src/components/workshop-dates/workshop-dates.js';
import '../../src/components/workshop-header/workshop-header.js';
import '../../src/components/workshop-schedule/workshop-schedule.js';
import type { WorkshopErrorDetail } from '../../src/internal/workshop-element.js';

const ON_DEMAND = /\/(issue-notice|issue-messages|json-text)\.ts\b/;
const fetched = () => performance.getEntriesByType('resource').map((entry) => entry.name.match(ON_DEMAND)?.[1]).filter(Boolean);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

type Host = HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };

const valid = {
  title: 'Valid Workshop',
  date: '2027-04-26',
  timeZone: 'Europe/Vienna',
  importantDates: [{ id: 'submission', label: 'Submission deadline', date: '2027-02-01' }],
  schedule: { days: [{ date: '2027-04-26', items: [{ start: '09:00', end: '10:00', title: 'Opening' }, { start: '09:30', end: '10:30', title: 'Overlap' }] }] },
};

describe('problem reporting on demand', () => {
  it('a valid file renders everything without loading the words for problems', async () => {
    const root = await fixture(html`<div>
      <workshop-header .data=${valid}></workshop-header>
      <workshop-dates .data=${valid}></workshop-dates>
      <workshop-schedule .data=${valid}></workshop-schedule>
      <workshop-data><script type="application/json">${JSON.stringify(valid)}</script><workshop-header></workshop-header></workshop-data>
    </div>`);
    const elements = [...root.querySelectorAll<Host>('workshop-header, workshop-dates, workshop-schedule')];
    await Promise.all(elements.map((el) => el.updateComplete));
    const [header, dates, schedule, provided] = elements;
    for (const el of [header, provided]) expect(text(el!.shadowRoot!.querySelector('h1, h2'))).to.equal('Valid Workshop');
    expect(text(dates!.shadowRoot!.querySelector('ol, ul, table'))).to.contain('Submission deadline');
    expect(text(schedule!.shadowRoot!.querySelector('.overlap'))).to.equal('Overlaps with “Opening”');
    expect(elements.every((el) => el.shadowRoot!.querySelector('[part=issues]') === null)).to.be.true;
    expect(fetched()).to.deep.equal([]);
  });

  it('a file with a problem loads them once, then shows the notice and fires ww-error with the words', async () => {
    const el = document.createElement('workshop-header') as Host;
    let detail: WorkshopErrorDetail | undefined;
    el.addEventListener('ww-error', (event) => (detail = (event as CustomEvent<WorkshopErrorDetail>).detail));
    el.data = { ...valid, tagline: 5, hashtag: '#vw' };
    await fixture(html`<div></div>`).then((parent) => parent.append(el));
    // The content does not wait for the words: it renders in the first update.
    expect(text(el.shadowRoot!.querySelector('h1, h2'))).to.equal('Valid Workshop');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part=issues]'))).to.equal(
      '2 problems in the workshop file: what they affect is not shown. tagline: Expected text, found 5; ignored.hashtag: Unknown key "hashtag"; ignored.',
    );
    expect(detail?.issues).to.deep.equal([
      { path: 'hashtag', message: 'Unknown key "hashtag"; ignored.', effect: 'ignored', unknownKey: 'hashtag' },
      { path: 'tagline', message: 'Expected text, found 5; ignored.', effect: 'ignored' },
    ]);
    expect(fetched()).to.include.members(['issue-notice', 'issue-messages']).and.not.include('json-text');
  });

  it('inline text that is not JSON loads the words that say where, then shows the error', async () => {
    const provider = await fixture(html`<workshop-data><script type="application/json">{"title": }</script><workshop-header></workshop-header></workshop-data>`);
    const header = provider.querySelector<Host>('workshop-header')!;
    for (let i = 0; i < 40 && !header.shadowRoot!.querySelector('[part=error]'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      await header.updateComplete;
    }
    expect(text(header.shadowRoot!.querySelector('[part=error]'))).to.equal(
      'Workshop information could not be shown. Could not read the inline workshop JSON: a value is missing before "}" (line 1, column 11).',
    );
    expect(fetched()).to.include('json-text');
  });
});
