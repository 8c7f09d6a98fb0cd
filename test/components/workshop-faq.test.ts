import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/workshop-faq/workshop-faq.js';
import type { WorkshopFaq } from '../../src/components/workshop-faq/workshop-faq.js';
import { clearWorkshopCache } from '../../src/data/load.js';
import { loadMarkdown } from '../../src/internal/markdown.js';

const workshop = {
  title: 'FAQ workshop',
  faq: [
    { question: 'Is the workshop archival?', answer: 'No. Papers may be submitted to **other venues** later.' },
    { question: 'Can I attend virtually?', answer: 'Yes, see the [stream](https://stream.example.org).' },
    { question: 'Is there financial help?', answer: 'Ask us.' },
  ],
};

const shadow = (el: HTMLElement) => el.shadowRoot!;
const details = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLDetailsElement>('details[part=item]')];
const toggle = (el: HTMLElement) => shadow(el).querySelector<HTMLButtonElement>('[part=toggle-all]')!;

describe('<workshop-faq>', () => {
  before(() => loadMarkdown());
  beforeEach(() => clearWorkshopCache());

  it('renders each question as a closed disclosure with a markdown answer', async () => {
    const el = await fixture<WorkshopFaq>(html`<workshop-faq .data=${workshop}></workshop-faq>`);
    expect(details(el).map((d) => d.querySelector('summary')!.textContent)).to.deep.equal(workshop.faq.map((f) => f.question));
    expect(details(el).every((d) => !d.open)).to.equal(true);
    expect(details(el)[0]!.querySelector('[part=answer] strong')!.textContent).to.equal('other venues');
    expect(details(el)[1]!.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer');
    await expect(el).to.be.accessible();
  });

  it('expands and collapses all with one button, whose label follows the state', async () => {
    const el = await fixture<WorkshopFaq>(html`<workshop-faq .data=${workshop}></workshop-faq>`);
    expect(toggle(el).textContent!.trim()).to.equal('Expand all');
    toggle(el).click();
    await el.updateComplete;
    expect(details(el).map((d) => d.open)).to.deep.equal([true, true, true]);
    expect(toggle(el).textContent!.trim()).to.equal('Collapse all');
    toggle(el).click();
    await el.updateComplete;
    expect(details(el).map((d) => d.open)).to.deep.equal([false, false, false]);
    expect(toggle(el).textContent!.trim()).to.equal('Expand all');
  });

  it('keeps the button in step when the reader opens every question by hand', async () => {
    const el = await fixture<WorkshopFaq>(html`<workshop-faq .data=${workshop}></workshop-faq>`);
    for (const d of details(el)) d.querySelector('summary')!.click();
    await waitUntil(() => toggle(el).textContent!.trim() === 'Collapse all', 'button never switched');
    details(el)[1]!.querySelector('summary')!.click();
    await waitUntil(() => toggle(el).textContent!.trim() === 'Expand all', 'button never switched back');
    expect(details(el).map((d) => d.open)).to.deep.equal([true, false, true]);
  });

  it('opens everything with the expanded attribute, and is accessible in dark mode', async () => {
    const el = await fixture<WorkshopFaq>(html`<workshop-faq expanded theme="dark" .data=${workshop}></workshop-faq>`);
    expect(details(el).map((d) => d.open)).to.deep.equal([true, true, true]);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('strips scripts and event handlers from answers', async () => {
    const data = { title: 'x', faq: [{ question: '<b>Q</b>', answer: 'A <script>window.faqHacked = 1</script><img src="/x.png" onerror="window.faqHacked = 2"> <a href="javascript:alert(1)">x</a>' }] };
    const el = await fixture<WorkshopFaq>(html`<workshop-faq expanded .data=${data}></workshop-faq>`);
    expect(shadow(el).querySelector('summary')!.textContent).to.equal('<b>Q</b>');
    expect(shadow(el).querySelector('script, [onerror]')).to.equal(null);
    expect(shadow(el).querySelector('a')!.hasAttribute('href')).to.equal(false);
    // A single question needs no expand-all button.
    expect(toggle(el)).to.equal(null);
    expect((window as unknown as { faqHacked?: number }).faqHacked).to.equal(undefined);
  });

  it('skips an entry without an answer and reports it', async () => {
    const el = document.createElement('workshop-faq') as WorkshopFaq;
    const reported = oneEvent(el, 'ww-error');
    el.data = { title: 'x', faq: [{ question: 'Half a question' }, ...workshop.faq] };
    document.body.append(el);
    const event = await reported;
    expect(event.detail.issues[0].path).to.equal('faq[0].answer');
    await el.updateComplete;
    expect(details(el)).to.have.length(3);
    el.remove();
  });

  it('shows empty and error states', async () => {
    const empty = await fixture<WorkshopFaq>(html`<workshop-faq .data=${{ title: 'x', faq: [] }}></workshop-faq>`);
    expect(shadow(empty).querySelector('[part=empty]')!.textContent).to.equal('No questions yet.');
    const missing = await fixture<WorkshopFaq>(html`<workshop-faq src="/test/fixtures/missing.json"></workshop-faq>`);
    expect(shadow(missing).querySelector('[part=loading]')).to.exist;
    await oneEvent(missing, 'ww-error');
    await missing.updateComplete;
    expect(shadow(missing).querySelector('[part=error]')).to.exist;
  });
});
