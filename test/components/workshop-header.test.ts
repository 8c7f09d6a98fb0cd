import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/workshop-header/workshop-header.js';
import '../../src/components/workshop-data/workshop-data.js';
import type { WorkshopHeader } from '../../src/components/workshop-header/workshop-header.js';
import { clearWorkshopCache } from '../../src/data/load.js';
import { validateWorkshop } from '../../src/data/index.js';

const workshop = {
  title: 'Machine Learning Multiscale Processes',
  shortName: 'MLMP',
  conference: { name: 'ICLR', year: 2025 },
  tagline: 'From low-level theory to useful time scales',
  date: '2025-04-27',
  venue: { name: 'Singapore EXPO', city: 'Singapore', country: 'Singapore' },
  modes: ['in-person', 'virtual'],
  website: 'https://mlmp.example.org',
  links: [{ label: 'OpenReview', url: 'https://openreview.net/group?id=x' }, { label: 'Bad', url: 'javascript:alert(1)' }],
};

function text(el: HTMLElement): string {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('<workshop-header>', () => {
  beforeEach(() => clearWorkshopCache());

  it('lists the attendance modes as the language enumerates ("In person, Virtual"; in Chinese with 、)', async () => {
    const el = await fixture<WorkshopHeader>(html`<workshop-header .data=${workshop}></workshop-header>`);
    expect(el.shadowRoot!.querySelector('.modes')!.textContent).to.equal('In person, Virtual');
    el.lang = 'zh';
    await waitUntil(() => el.shadowRoot!.querySelector('.modes')!.textContent!.includes('、'), 'no Chinese list', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.modes')!.textContent).to.match(/^\S+、\S+$/);
  });

  it('renders title, conference line, date, place and modes from the data property', async () => {
    const el = await fixture<WorkshopHeader>(html`<workshop-header .data=${workshop}></workshop-header>`);
    const h1 = el.shadowRoot!.querySelector('h1')!;
    expect(h1.textContent).to.equal('Machine Learning Multiscale Processes');
    expect(text(el)).to.contain('MLMP @ ICLR 2025');
    expect(text(el)).to.contain('Sun, Apr 27, 2025');
    expect(text(el)).to.contain('Singapore EXPO, Singapore, Singapore');
    expect(text(el)).to.contain('In person');
    expect(text(el)).to.contain('Virtual');
    await expect(el).to.be.accessible();
  });

  it('leaves out a banner or logo that fails to load, as if there were none', async () => {
    const data = { ...workshop, banner: { src: '/test/fixtures/missing-banner.png', alt: '' }, logo: { src: '/test/fixtures/missing-logo.png', alt: 'MLMP logo' } };
    const el = await fixture<WorkshopHeader>(html`<workshop-header .data=${data}></workshop-header>`);
    const [banner, logo] = ['banner', 'logo'].map((part) => el.shadowRoot!.querySelector<HTMLImageElement>(`img[part=${part}]`)!);
    await Promise.all([banner, logo].map((image) => (image.complete ? Promise.resolve() : oneEvent(image, 'error'))));
    for (const image of [banner, logo]) {
      expect(image.hidden).to.be.true;
      expect(image.getBoundingClientRect().height).to.equal(0);
    }
    // The header starts with the title, without an empty box above it.
    expect(el.shadowRoot!.querySelector('h1')!.getBoundingClientRect().top - el.getBoundingClientRect().top).to.be.below(30);
    await expect(el).to.be.accessible();
    // A banner that loads is shown.
    el.data = { ...data, banner: { src: '/node_modules/lit/logo.svg', alt: '' } };
    await oneEvent(banner, 'load');
    expect(banner.hidden).to.be.false;
  });

  it('keeps its labels whole at 390 px and shows links as links, not buttons', async () => {
    const el = await fixture<WorkshopHeader>(html`<workshop-header style="width: 358px" .data=${{ ...workshop, venue: { name: 'Messe Wien Exhibition & Congress Center', room: 'Hall A', city: 'Vienna' } }}></workshop-header>`);
    for (const label of el.shadowRoot!.querySelectorAll('dt')) {
      const range = document.createRange();
      range.selectNodeContents(label);
      expect(range.getClientRects().length, label.textContent!).to.equal(1);
    }
    expect(el.scrollWidth).to.be.at.most(358);
    expect(el.shadowRoot!.querySelector('.button')).to.equal(null);
    expect(text(el)).to.contain('Attend In person, Virtual');
  });

  it('re-renders in the new language when lang changes', async () => {
    const el = await fixture<WorkshopHeader>(html`<workshop-header .data=${workshop}></workshop-header>`);
    expect(text(el)).to.contain('Sun, Apr 27, 2025');
    el.lang = 'de';
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('de');
    expect(text(el)).to.contain('So., 27. Apr. 2025');
  });

  it('drops the unsafe link but keeps the rest, and reports it', async () => {
    const el = document.createElement('workshop-header') as WorkshopHeader;
    const reported = oneEvent(el, 'ww-error');
    el.data = structuredClone(workshop);
    document.body.append(el);
    const event = await reported;
    expect(event.detail.issues[0].path).to.equal('links[1].url');
    const anchors = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(anchors).to.deep.equal(['https://mlmp.example.org', 'https://openreview.net/group?id=x']);
    expect(text(el)).to.contain('links[1].url');
    el.remove();
  });

  it('gets its data from an ancestor <workshop-data> with inline JSON, even when defined first', async () => {
    const el = await fixture(html`<workshop-data>
      <script type="application/json">${JSON.stringify(workshop)}</script>
      <section><workshop-header heading-level="2"></workshop-header></section>
    </workshop-data>`);
    const header = el.querySelector('workshop-header')!;
    await header.updateComplete;
    expect(header.shadowRoot!.querySelector('h2')!.textContent).to.equal(workshop.title);
  });

  it('shows invalid JSON with line and column, inside the element', async () => {
    const el = await fixture(html`<workshop-data>
      <script type="application/json">{"title": "x",\n "dates": [1, 2,]}</script>
      <workshop-header></workshop-header>
    </workshop-data>`);
    const header = el.querySelector('workshop-header')!;
    // The words for text that is not JSON load on demand.
    await waitUntil(() => header.shadowRoot!.querySelector('[role=alert]'), 'no alert shown');
    const alert = header.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.match(/line 2, column 1[0-9]/);
    await expect(header).to.be.accessible();
  });

  it('loads from src and reports a 404 with a retry button', async () => {
    const el = await fixture<WorkshopHeader>(html`<workshop-header src="/test/fixtures/missing.json"></workshop-header>`);
    await oneEvent(el, 'ww-error');
    await el.updateComplete;
    expect(text(el)).to.contain('the file was not found');
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Try again');
  });

  describe('workshop hours', () => {
    const hoursOf = (el: HTMLElement) => {
      const fact = [...el.shadowRoot!.querySelectorAll('.fact')].find((node) => node.querySelector('dt')!.textContent === 'Hours');
      return fact && fact.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim();
    };

    it('shows the hours in the event zone, named, and on the reader\'s clock when it differs', async () => {
      // The browser is pinned to Europe/Berlin: UTC+2 on Apr 27, 2025, six hours behind Singapore's UTC+8.
      const data = { ...workshop, timeZone: 'Asia/Singapore', hours: { start: '09:00', end: '17:00' } };
      const el = await fixture<WorkshopHeader>(html`<workshop-header .data=${data}></workshop-header>`);
      expect(hoursOf(el)).to.equal('09:00–17:00 UTC+8 (your time: 03:00–11:00 UTC+2)');
      await expect(el).to.be.accessible();
      const same = await fixture<WorkshopHeader>(html`<workshop-header .data=${{ ...data, timeZone: 'Europe/Berlin' }}></workshop-header>`);
      expect(hoursOf(same)).to.equal('09:00–17:00 UTC+2');
      // Prerendered: no reader yet, so no local time; its space is kept.
      (el as unknown as { readerKnown: boolean }).readerKnown = false;
      await el.updateComplete;
      expect(hoursOf(el)).to.equal('09:00–17:00 UTC+8');
      expect(el.shadowRoot!.querySelector('.reserved')!.getAttribute('data-space')).to.equal(' (your time: 09:00–17:00 UTC+8)');
    });

    it('names the zone as written while the day is not known (its offset may change), and shows no hours without them', async () => {
      const data = { ...workshop, date: '2025-04', timeZone: 'America/Sao_Paulo', hours: { start: '08:55', end: '17:35' } };
      const el = await fixture<WorkshopHeader>(html`<workshop-header .data=${data}></workshop-header>`);
      expect(hoursOf(el)).to.equal('08:55–17:35 America/Sao_Paulo');
      expect(el.shadowRoot!.querySelector('[part~=local]')).to.equal(null);
      const fixed = await fixture<WorkshopHeader>(html`<workshop-header .data=${{ ...data, dateTbd: true, timeZone: 'UTC-3' }}></workshop-header>`);
      expect(hoursOf(fixed)).to.equal('08:55–17:35 UTC-3');
      const none = await fixture<WorkshopHeader>(html`<workshop-header .data=${workshop}></workshop-header>`);
      expect(hoursOf(none)).to.equal(undefined);
      // Hours that end before they start are reported and left out.
      const { issues } = validateWorkshop({ title: 'x', hours: { start: '17:00', end: '09:00' } });
      expect(issues.map((issue) => [issue.path, issue.message])).to.deep.equal([['hours', 'The hours end before (or when) they start; ignored.']]);
    });
  });
});
