// The notice every element shows under its content when the workshop file has problems: open, quiet, and
// about the parts that element shows (a misspelt key counts where it was meant to be).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/workshop-dates/workshop-dates.js';
import '../../src/components/speaker-grid/speaker-grid.js';
import '../../src/components/workshop-header/workshop-header.js';
import sinon from 'sinon';
import { ZONE_STORAGE_KEY } from '../../src/components/workshop-schedule/workshop-schedule.component.js';
import '../../src/components/workshop-schedule/workshop-schedule.js';
import type { WorkshopErrorDetail } from '../../src/internal/workshop-element.js';

type Host = HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };

const notice = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part=issues]');
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What a reader sees without opening anything: the notice minus a closed <details>. */
const visibleText = (node: HTMLElement) => {
  const copy = node.cloneNode(true) as HTMLElement;
  for (const details of copy.querySelectorAll('details:not([open])')) details.replaceChildren(details.querySelector('summary') ?? '');
  return text(copy);
};

async function render(tag: string, data: unknown): Promise<{ el: Host; detail: WorkshopErrorDetail | undefined }> {
  const el = document.createElement(tag) as Host;
  let detail: WorkshopErrorDetail | undefined;
  el.addEventListener('ww-error', (event) => (detail = (event as CustomEvent<WorkshopErrorDetail>).detail));
  el.data = data;
  await fixture(html`<div></div>`).then((parent) => parent.append(el));
  await el.updateComplete;
  return { el, detail };
}

const base = {
  title: 'Issues Workshop',
  date: '2027-04-26',
  people: [{ id: 'ada', name: 'Ada Example' }],
  roles: { speakers: ['ada'] },
  importantDates: [{ id: 'submission', label: 'Submission deadline', date: '2027-02-01' }],
};

describe('problems in the workshop file, inside the elements', () => {
  afterEach(() => sinon.restore());
  it('an unknown key gets a quiet notice that names it and the key it probably meant', async () => {
    const { el, detail } = await render('workshop-dates', { ...base, importantDates: undefined, importantDate: base.importantDates });
    const box = notice(el)!;
    expect(box.dataset.kind).to.equal('unknown-keys');
    expect(visibleText(box)).to.equal('A key in the workshop file is not known and ignored: importantDate: Unknown key "importantDate" (did you mean "importantDates"?); ignored.');
    expect(box.querySelector('details'), 'nothing folded away').to.equal(null);
    expect(detail?.issues.map((i) => [i.path, i.didYouMean])).to.deep.equal([['importantDate', 'importantDates']]);
    // Quiet: small muted text, not the error colour of a failed load.
    expect(getComputedStyle(box).fontSize).to.not.equal(getComputedStyle(el).fontSize);
    await expect(el).to.be.accessible();
  });

  it('shows a misspelt key with the element it was meant for, and a key close to nothing with every element', async () => {
    const data = { ...base, importantDates: undefined, importantDate: base.importantDates, hashtag: '#ws' };
    const dates = await render('workshop-dates', data);
    const speakers = await render('speaker-grid', data);
    expect(dates.detail?.issues.map((i) => i.path)).to.deep.equal(['importantDate', 'hashtag']);
    expect(speakers.detail?.issues.map((i) => i.path)).to.deep.equal(['hashtag']);
    expect(text(notice(speakers.el))).to.contain('Unknown key "hashtag"').and.not.contain('importantDate');
    const nested = await render('speaker-grid', { ...base, people: [{ id: 'ada', name: 'Ada Example', affiliation: 'MIT' }] });
    expect(nested.detail?.issues.map((i) => i.path)).to.deep.equal(['people[0].affiliation']);
    const header = await render('workshop-header', { ...base, people: [{ id: 'ada', name: 'Ada Example', affiliation: 'MIT' }] });
    expect(notice(header.el)).to.equal(null);
  });

  it('problems that left data out come first and are visible without opening anything; the rest fold away', async () => {
    const importantDates = [
      ...Array.from({ length: 9 }, (_, i) => ({ id: `bad${i}`, label: 'No date' })),
      { id: 'ok', label: 'Fine', date: '2027-02-01', notez: 'typo' },
      { id: 'shifted', label: 'Bad kind', date: '2027-02-02', kind: 'soon' },
    ];
    const { el } = await render('workshop-dates', { ...base, importantDates });
    const box = notice(el)!;
    expect(box.dataset.kind).to.equal('problems');
    const shown = visibleText(box);
    expect(shown).to.match(/^11 problems in the workshop file: what they affect is not shown\./);
    for (let i = 0; i < 5; i++) expect(shown).to.contain(`the ${['1st', '2nd', '3rd', '4th', '5th'][i]} date, importantDates[${i}], is left out.`);
    expect(shown).to.not.contain('importantDates[5]');
    const folded = box.querySelector('details')!;
    expect(folded.open).to.equal(false);
    expect(text(folded.querySelector('summary'))).to.equal('6 more');
    // Skipped entries first, then ignored values, then unknown keys.
    expect([...folded.querySelectorAll('li code')].map((code) => code.textContent)).to.deep.equal([
      'importantDates[5]', 'importantDates[6]', 'importantDates[7]', 'importantDates[8]', 'importantDates[10].kind', 'importantDates[9].notez',
    ]);
    await expect(el).to.be.accessible();
  });

  it('an entry whose zone is unknown is not shown at another zone\'s time, and the notice says why', async () => {
    const { el } = await render('workshop-dates', {
      ...base,
      importantDates: [
        { id: 'lost', label: 'Mystery deadline', date: '2027-02-01', timeZone: 'Mars/Olympus_Mons' },
        { id: 'offset', label: 'Offset deadline', date: '2027-02-03', timeZone: 'UTC-7' },
      ],
    });
    const shown = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(shown).to.not.contain('Mystery deadline');
    expect(shown).to.contain('Offset deadline').and.contain('23:59 UTC\u22127');
    expect(visibleText(notice(el)!)).to.contain('Unknown time zone "Mars/Olympus_Mons"').and.contain('the 1st date, importantDates[0], is left out.');
  });

  it('a schedule in an unknown zone is left out with a reason; one in a fixed offset shows it as written', async () => {
    // Test pages run side by side and share localStorage: another file's zone choice must not reach this one.
    const getItem = Storage.prototype.getItem;
    sinon.stub(Storage.prototype, 'getItem').callsFake(function (this: Storage, key: string) {
      return key === ZONE_STORAGE_KEY ? null : getItem.call(this, key);
    });
    const schedule = { days: [{ date: '2027-04-26', items: [{ start: '09:00', end: '10:00', title: 'Opening' }] }] };
    const lost = await render('workshop-schedule', { ...base, timeZone: 'Pacific/Atlantis', schedule });
    expect(text(lost.el.shadowRoot!.querySelector('[part=empty]'))).to.equal('No program yet.');
    expect(visibleText(notice(lost.el)!)).to.contain('The program\'s time zone (timeZone, "Pacific/Atlantis") is unknown');
    const fixed = await render('workshop-schedule', { ...base, timeZone: 'UTC+05:30', schedule });
    expect(notice(fixed.el)).to.equal(null);
    expect(text(fixed.el.shadowRoot!.querySelector('[part=zone-note]'))).to.contain('UTC+05:30');
    expect(text(fixed.el.shadowRoot!.querySelector('[part=time]'))).to.equal('09:00–10:00');
  });

  it('one problem reads as one sentence and a line, and the rest of the element still renders', async () => {
    const { el, detail } = await render('workshop-header', { ...base, tagline: 5 });
    expect(text(notice(el))).to.equal('One problem in the workshop file: what it affects is not shown. tagline: Expected text, found 5; ignored.');
    expect(text(el.shadowRoot!.querySelector('h1'))).to.equal('Issues Workshop');
    expect(detail?.error).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
