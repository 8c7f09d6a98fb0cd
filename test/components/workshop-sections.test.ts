import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/workshop-sections/workshop-sections.js';
import type { WorkshopSections } from '../../src/components/workshop-sections/workshop-sections.js';
import { clearWorkshopCache } from '../../src/data/load.js';
import { slugify } from '../../src/data/slug.js';
import { loadMarkdown } from '../../src/internal/markdown.js';

const workshop = {
  title: 'Sections workshop',
  overview: 'We study **multiscale** processes.',
  callForPapers: {
    description: 'Submit your work on OpenReview.',
    policies: [
      { id: 'dual', title: 'Dual submission', body: 'Allowed for non-archival venues.' },
      { title: 'Anonymity', body: 'Submissions are *double blind*.' },
    ],
  },
  sections: [
    { id: 'reproducibility', title: 'Reproducibility', body: 'Share code.' },
    { title: 'Financial assistance', body: 'Ask us.' },
  ],
  relatedWorkshops: [
    { name: 'AI4Science', url: 'https://ai4science.example.org', venue: 'NeurIPS 2024', note: 'Sister workshop.' },
    { name: 'No link workshop' },
  ],
};

const shadow = (el: HTMLElement) => el.shadowRoot!;
const headings = (el: HTMLElement, tag = 'h2') => [...shadow(el).querySelectorAll(tag)].map((h) => [h.id, h.textContent]);

describe('<workshop-sections>', () => {
  before(() => loadMarkdown());
  beforeEach(() => clearWorkshopCache());

  it('draws markdown tables with padding and rules, keeps words whole and times on one line at 390 px', async () => {
    const body = '| Time | Session |\n| --- | --- |\n| 09:00–10:30 | Opening remarks and keynote on extraordinarily multidisciplinary foundations |\n| 10:30–11:00 | Coffee |';
    const data = { title: 'x', sections: [{ id: 'program', title: 'Program', body }] };
    const el = await fixture<WorkshopSections>(html`<workshop-sections style="width: 358px" .data=${data}></workshop-sections>`);
    const table = shadow(el).querySelector('table')!;
    const cells = [...table.querySelectorAll<HTMLElement>('td')];
    const style = getComputedStyle(cells[1]!);
    expect(parseFloat(style.paddingLeft)).to.be.greaterThan(4);
    expect(parseFloat(style.paddingTop)).to.be.greaterThan(4);
    expect(style.borderBottomStyle).to.equal('solid');
    expect(parseFloat(style.borderBottomWidth)).to.be.greaterThan(0);
    const lines = (node: Node, from = 0, to = node.textContent!.length) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    };
    for (const time of [cells[0]!, cells[2]!]) expect(lines(time.firstChild!), time.textContent!).to.equal(1);
    const session = cells[1]!.firstChild!;
    const word = 'extraordinarily';
    const at = session.textContent!.indexOf(word);
    expect(lines(session, at, at + word.length)).to.equal(1);
    // The table scrolls inside its own region rather than widening the element.
    expect(el.scrollWidth).to.be.at.most(358);
    await expect(el).to.be.accessible();
  });

  it('renders overview, call introduction, policies, free sections and related workshops in order', async () => {
    const el = await fixture<WorkshopSections>(html`<workshop-sections .data=${workshop}></workshop-sections>`);
    expect(headings(el)).to.deep.equal([
      ['overview', 'Overview'],
      ['call-for-papers', 'Call for papers'],
      ['dual', 'Dual submission'],
      ['anonymity', 'Anonymity'],
      ['reproducibility', 'Reproducibility'],
      ['financial-assistance', 'Financial assistance'],
      ['related-workshops', 'Related workshops'],
    ]);
    expect(shadow(el).querySelector('#overview + [part=body] strong')!.textContent).to.equal('multiscale');
    const related = [...shadow(el).querySelectorAll('[part=related-item]')];
    expect(related[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://ai4science.example.org');
    expect(related[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('AI4Science (NeurIPS 2024) Sister workshop.');
    expect(related[1]!.querySelector('a')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('selects kinds with only, and one section by id', async () => {
    const policies = await fixture<WorkshopSections>(html`<workshop-sections only="policies related" .data=${workshop}></workshop-sections>`);
    expect(headings(policies).map(([id]) => id)).to.deep.equal(['dual', 'anonymity', 'related-workshops']);
    // One generic kind alone: the surrounding page gives the heading; titled sections keep theirs.
    const related = await fixture<WorkshopSections>(html`<workshop-sections only="related" .data=${workshop}></workshop-sections>`);
    expect(headings(related)).to.deep.equal([]);
    expect(shadow(related).querySelectorAll('[part=related-item]')).to.have.length(2);
    const free = await fixture<WorkshopSections>(html`<workshop-sections only="sections" .data=${workshop}></workshop-sections>`);
    expect(headings(free).map(([id]) => id)).to.deep.equal(['reproducibility', 'financial-assistance']);
    const one = await fixture<WorkshopSections>(html`<workshop-sections section="reproducibility" heading-level="3" .data=${workshop}></workshop-sections>`);
    expect(headings(one, 'h3')).to.deep.equal([['reproducibility', 'Reproducibility']]);
    expect(shadow(one).querySelector('h2')).to.equal(null);
    const missing = await fixture<WorkshopSections>(html`<workshop-sections section="nope" .data=${workshop}></workshop-sections>`);
    expect(shadow(missing).querySelector('[part=empty]')!.textContent).to.equal('There is no section "nope".');
  });

  it('leaves headings out with hide-headings', async () => {
    const el = await fixture<WorkshopSections>(html`<workshop-sections only="overview sections" hide-headings .data=${workshop}></workshop-sections>`);
    expect(shadow(el).querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    expect(shadow(el).querySelector('section')!.hasAttribute('aria-labelledby')).to.equal(false);
    expect(shadow(el).querySelector('section')!.textContent!.trim()).to.equal('We study multiscale processes.');
    expect(shadow(el).querySelectorAll('section')).to.have.length(3);
  });

  it('strips scripts and handlers from markdown and keeps unsafe related links as text', async () => {
    const el = document.createElement('workshop-sections') as WorkshopSections;
    const reported = oneEvent(el, 'ww-error');
    el.data = {
      title: 'x',
      overview: 'Hello <script>window.sectionsHacked = 1</script><img src="/z.png" onerror="window.sectionsHacked = 2"> [x](javascript:alert(1))',
      relatedWorkshops: [{ name: 'Evil', url: 'javascript:alert(1)' }, { name: 'Fine', url: 'https://fine.example.org' }],
    };
    document.body.append(el);
    const event = await reported;
    expect(event.detail.issues[0].path).to.equal('relatedWorkshops[0].url');
    await el.updateComplete;
    expect(shadow(el).querySelector('script, [onerror]')).to.equal(null);
    expect([...shadow(el).querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://fine.example.org']);
    expect((window as unknown as { sectionsHacked?: number }).sectionsHacked).to.equal(undefined);
    el.remove();
  });

  it('gives duplicate titles unique anchors', async () => {
    const data = { title: 'x', sections: [{ title: 'Notes', body: 'a' }, { title: 'Notes', body: 'b' }, { id: 'overview', title: 'Clash', body: 'c' }], overview: 'o' };
    const el = await fixture<WorkshopSections>(html`<workshop-sections .data=${data}></workshop-sections>`);
    expect(headings(el).map(([id]) => id)).to.deep.equal(['overview', 'notes', 'notes-2', 'overview-2']);
    expect(slugify('Workshop–spécifique  Ünïcode!')).to.equal('workshop-specifique-unicode');
  });

  it('renders the MLMP seed, and is accessible in dark mode', async () => {
    const mlmp = await (await fetch('/demo/workshops/mlmp-iclr2025.json')).json();
    const el = await fixture<WorkshopSections>(html`<workshop-sections theme="dark" .data=${mlmp}></workshop-sections>`);
    // The related workshops go by the title the seed's layout gives them.
    expect(headings(el).map(([, text]) => text)).to.include.members(['General Policy', 'Central ICLR financial assistance', 'Other AI for science workshops at ICLR 2025']);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('fits a phone-wide column: long words wrap, wide tables and code scroll inside their box', async () => {
    await loadMarkdown();
    const long = `Files: https://example.org/${'very-long-path-segment-'.repeat(8)}archive.zip and ICLR_2025_MLMP_Workshop_Template_Final.zip`;
    const table = `| ${Array.from({ length: 12 }, (_, i) => `Column ${i}`).join(' | ')} |\n|${'---|'.repeat(12)}\n| ${Array(12).fill('cell').join(' | ')} |`;
    const data = {
      title: 'Narrow',
      sections: [{ title: 'Submission', body: `${long}\n\n${table}\n\n\`\`\`\n${'x'.repeat(200)}\n\`\`\`` }],
      relatedWorkshops: [{ name: 'A'.repeat(80), url: 'https://example.org', venue: 'B'.repeat(80) }],
    };
    const el = await fixture<WorkshopSections>(html`<div style="width: 320px"><workshop-sections .data=${data}></workshop-sections></div>`);
    const sections = el.querySelector('workshop-sections')!;
    await sections.updateComplete;
    expect(shadow(sections).querySelector('div[role="region"][tabindex="0"] > table'), 'the table rendered, in a region keyboard users can scroll').to.exist;
    expect(sections.clientWidth).to.equal(320);
    expect(sections.scrollWidth).to.be.at.most(320);
    await expect(sections).to.be.accessible();
  });

  it('shows empty and error states', async () => {
    const empty = await fixture<WorkshopSections>(html`<workshop-sections .data=${{ title: 'x' }}></workshop-sections>`);
    expect(shadow(empty).querySelector('[part=empty]')!.textContent).to.equal('Nothing to show yet.');
    const missing = await fixture<WorkshopSections>(html`<workshop-sections src="/test/fixtures/missing.json"></workshop-sections>`);
    expect(shadow(missing).querySelector('[part=loading]')).to.exist;
    await oneEvent(missing, 'ww-error');
    await missing.updateComplete;
    expect(shadow(missing).querySelector('[part=error]')).to.exist;
  });
});

describe('<workshop-sections> related workshops and footer', () => {
  before(() => loadMarkdown());
  beforeEach(() => clearWorkshopCache());

  const related = {
    title: 'Related',
    relatedWorkshopsIntro: 'Two **directions**.',
    relatedWorkshops: [
      { title: 'Foundation Models.', description: 'Many recent workshops.', items: [{ name: 'FM4DM', url: 'https://fm4dm.example.org', venue: 'NeurIPS 2023' }] },
      { title: 'AI-for-Science.', items: [{ name: 'ML4PS', venue: 'NeurIPS 2024' }] },
      { name: 'Loose workshop' },
    ],
    relatedWorkshopsClosing: 'In comparison, ours is *different*.',
    layout: [{ section: 'related', title: 'Relevant Workshops' }],
    footer: '© 2026 Us, MIT Licensed',
  };

  it('shows the introduction, the groups with their title and description, loose entries and the closing text, in order', async () => {
    const el = await fixture<WorkshopSections>(html`<workshop-sections .data=${related}></workshop-sections>`);
    const root = el.shadowRoot!;
    const flat = (root.textContent ?? '').replace(/\s+/g, ' ');
    const order = ['Relevant Workshops', 'Two directions.', 'Foundation Models.', 'Many recent workshops.', 'FM4DM', 'AI-for-Science.', 'ML4PS', 'Loose workshop', 'In comparison, ours is different.', '© 2026 Us, MIT Licensed'];
    const at = order.map((part) => flat.indexOf(part));
    expect(at.every((index) => index >= 0), flat).to.equal(true);
    expect([...at].sort((a, b) => a - b)).to.deep.equal(at);
    // The layout's title names the section; a group's entries form their own list inside it.
    expect(root.querySelector('h2')!.textContent).to.equal('Relevant Workshops');
    expect(root.querySelectorAll('[part=related-group]')).to.have.length(2);
    expect(root.querySelector('[part=related-group] [part=related] a')!.getAttribute('href')).to.equal('https://fm4dm.example.org');
    // The footer line has no heading of its own.
    expect(root.querySelectorAll('h2')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('shows the footer alone with only="footer"', async () => {
    const el = await fixture<WorkshopSections>(html`<workshop-sections only="footer" .data=${related}></workshop-sections>`);
    expect(el.shadowRoot!.querySelector('[part=body]')!.textContent!.trim()).to.equal('© 2026 Us, MIT Licensed');
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
  });
});
