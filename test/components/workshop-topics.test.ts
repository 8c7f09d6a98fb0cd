import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/workshop-topics/workshop-topics.js';
import type { WorkshopTopics } from '../../src/components/workshop-topics/workshop-topics.js';
import { clearWorkshopCache } from '../../src/data/load.js';
import { loadMarkdown } from '../../src/internal/markdown.js';

const workshop = {
  title: 'Topics workshop',
  callForPapers: {
    topics: [
      'Foundation models for **PDEs**',
      'Uncertainty quantification',
      {
        title: 'Scientific discovery',
        description: 'Models that *find* things.',
        items: ['Hypothesis generation', 'Lab automation with [robots](https://robots.example.org)'],
      },
      { title: 'Benchmarks', items: ['Datasets'] },
      'Anything else',
    ],
  },
};

const shadow = (el: HTMLElement) => el.shadowRoot!;

describe('<workshop-topics>', () => {
  before(() => loadMarkdown());
  beforeEach(() => clearWorkshopCache());

  it('renders plain topics as one list and themes as headed sub-lists, in order', async () => {
    const el = await fixture<WorkshopTopics>(html`<workshop-topics .data=${workshop}></workshop-topics>`);
    const blocks = [...shadow(el).querySelector('.topics')!.children];
    expect(blocks.map((block) => block.tagName)).to.deep.equal(['UL', 'SECTION', 'SECTION', 'UL']);
    expect([...blocks[0]!.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(['Foundation models for PDEs', 'Uncertainty quantification']);
    expect(blocks[0]!.querySelector('strong')!.textContent).to.equal('PDEs');
    expect([...shadow(el).querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal(['Scientific discovery', 'Benchmarks']);
    expect(blocks[1]!.querySelector('[part=description] em')!.textContent).to.equal('find');
    expect(blocks[1]!.querySelector('a')!.getAttribute('href')).to.equal('https://robots.example.org');
    expect(blocks[2]!.querySelector('[part=description]')).to.equal(null);
    expect(blocks[3]!.textContent!.trim()).to.equal('Anything else');
    await expect(el).to.be.accessible();
  });

  it('uses heading-level for theme headings', async () => {
    const el = await fixture<WorkshopTopics>(html`<workshop-topics heading-level="4" .data=${workshop}></workshop-topics>`);
    expect(shadow(el).querySelectorAll('h4')).to.have.length(2);
    expect(shadow(el).querySelector('h3')).to.equal(null);
  });

  it('strips scripts and event handlers from markdown topics', async () => {
    const data = { title: 'x', callForPapers: { topics: ['Safe <script>window.hacked = 1</script> topic <img src=x onerror="window.hacked = 2">', '[click](javascript:alert(1))'] } };
    const el = await fixture<WorkshopTopics>(html`<workshop-topics .data=${data}></workshop-topics>`);
    expect(shadow(el).querySelector('script')).to.equal(null);
    expect(shadow(el).querySelector('[onerror]')).to.equal(null);
    expect(shadow(el).querySelector('a')?.getAttribute('href') ?? null).to.equal(null);
    expect(shadow(el).textContent).to.contain('Safe');
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('skips a malformed theme, reports it, and keeps the rest', async () => {
    const el = document.createElement('workshop-topics') as WorkshopTopics;
    const reported = oneEvent(el, 'ww-error');
    el.data = { title: 'x', callForPapers: { topics: ['Good topic', { title: 'No items' }, 42] } };
    document.body.append(el);
    const event = await reported;
    expect(event.detail.issues.length).to.be.greaterThan(0);
    expect(event.detail.issues[0].path).to.match(/^callForPapers\.topics\[1\]/);
    await el.updateComplete;
    expect([...shadow(el).querySelectorAll('[part=topic]')].map((li) => li.textContent!.trim())).to.deep.equal(['Good topic']);
    el.remove();
  });

  it('shows an empty state, and is accessible in dark mode', async () => {
    const empty = await fixture<WorkshopTopics>(html`<workshop-topics .data=${{ title: 'x', callForPapers: {} }}></workshop-topics>`);
    expect(shadow(empty).querySelector('[part=empty]')!.textContent).to.equal('Topics will be announced.');
    const dark = await fixture<WorkshopTopics>(html`<workshop-topics theme="dark" .data=${workshop}></workshop-topics>`);
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
    await expect(dark).to.be.accessible();
  });

  it('shows loading, then an error for a missing file', async () => {
    const el = await fixture<WorkshopTopics>(html`<workshop-topics src="/test/fixtures/missing.json"></workshop-topics>`);
    expect(shadow(el).querySelector('[part=loading]')).to.exist;
    await oneEvent(el, 'ww-error');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=error]')).to.exist;
  });

  it('fits 320px without horizontal overflow', async () => {
    // Sized on the host: a wrapper div would make fixture() wait for an animation frame, which background tabs skip.
    const topics = await fixture<WorkshopTopics>(html`<workshop-topics style="width:320px" .data=${workshop}></workshop-topics>`);
    expect(topics.scrollWidth).to.be.at.most(320);
    expect(getComputedStyle(topics.shadowRoot!.querySelector('ul.flat')!).columnCount).to.equal('2');
    expect((topics.shadowRoot!.querySelector('ul.flat') as HTMLElement).getBoundingClientRect().width).to.be.at.most(320);
  });
});

describe('<workshop-topics> closing text', () => {
  before(() => loadMarkdown());
  beforeEach(() => clearWorkshopCache());

  it('shows the call\'s closing text after the topics', async () => {
    const data = { title: 'Closing', callForPapers: { topics: ['One', 'Two'], closing: 'Submissions (up to **4 pages**) will be reviewed.' } };
    const el = await fixture<WorkshopTopics>(html`<workshop-topics .data=${data}></workshop-topics>`);
    const closing = el.shadowRoot!.querySelector('[part=closing]')!;
    expect(closing.textContent!.trim()).to.equal('Submissions (up to 4 pages) will be reviewed.');
    expect(closing.querySelector('strong')!.textContent).to.equal('4 pages');
    expect(closing.compareDocumentPosition(el.shadowRoot!.querySelector('[part~=list]')!) & Node.DOCUMENT_POSITION_PRECEDING).to.not.equal(0);
    await expect(el).to.be.accessible();
  });
  it('reads across the whole width under themes side by side, not as one more column', async () => {
    const data = {
      title: 'Closing',
      callForPapers: {
        topics: [{ title: 'Methods', items: ['A'] }, { title: 'Evaluation', items: ['B'] }],
        closing: 'Submissions (up to 4 pages, excluding references) will be peer-reviewed by a multidisciplinary committee.',
      },
    };
    const host = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><workshop-topics .data=${data}></workshop-topics></div>`);
    const el = host.querySelector<WorkshopTopics>('workshop-topics')!;
    await el.updateComplete;
    const groups = [...el.shadowRoot!.querySelectorAll('[part~=group]')].map((group) => group.getBoundingClientRect());
    expect(groups[0]!.top, 'the themes side by side').to.equal(groups[1]!.top);
    const closing = el.shadowRoot!.querySelector('[part=closing]')!.getBoundingClientRect();
    expect(closing.top).to.be.greaterThan(groups[0]!.bottom);
    expect(closing.width).to.be.closeTo(el.getBoundingClientRect().width, 1);
  });
});
