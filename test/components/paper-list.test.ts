import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/paper-list/paper-list.js';
import type { PaperList } from '../../src/components/paper-list/paper-list.js';
import { starStorageKey } from '../../src/data/stars.js';
import type { Workshop } from '../../src/data/schema.js';
import { generateWorkshop } from '../fixtures/generate.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Every paper's row: a search keeps them all in the page and hides the ones it leaves out. */
const allRows = (el: PaperList) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="paper"]')];
/** The rows a reader sees. */
const rows = (el: PaperList) => allRows(el).filter((row) => !row.hidden);
const titles = (el: PaperList) => rows(el).map((row) => text(row.querySelector('[part="title"]')));
const count = (el: PaperList) => text(el.shadowRoot!.querySelector('[part="count"]'));

async function defaultWorkshop() {
  return (await (await fetch('/demo/workshops/default.json')).json()) as { papers: { id: string; title: string }[] };
}

async function type(el: PaperList, value: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Chromium's find-in-page (window.find searches shadow roots too); leaves the selection and scroll as they were. */
function findInPage(title: string): boolean {
  const scroll = scrollY;
  getSelection()!.removeAllRanges();
  const found = (window as unknown as { find(text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean }).find(title, true, false, true);
  getSelection()!.removeAllRanges();
  scrollTo(0, scroll);
  return found;
}

/** The chip of `filter` showing `value`. */
const chip = (el: PaperList, filter: string, value: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-filter="${filter}"] button[value="${value}"]`)!;
/** The value of the pressed chip of `filter`, '' when none is. */
const chosen = (el: PaperList, filter: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-filter="${filter}"] [aria-pressed="true"]`)?.value ?? '';

/** Presses the chip of `value` ('' releases the pressed one), as a reader would. */
async function choose(el: PaperList, filter: string, value: string) {
  const button = value ? chip(el, filter, value) : el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-filter="${filter}"] [aria-pressed="true"]`);
  button?.click();
  await el.updateComplete;
  expect(chosen(el, filter)).to.equal(value);
}

describe('<paper-list>', () => {
  const originalUrl = location.href;
  afterEach(() => {
    sinon.restore();
    history.replaceState(null, '', originalUrl);
  });

  it('lists papers with authors, presentation, track, awards and links, and passes axe in light and dark', async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000); // two axe runs over 30 papers; slow on a loaded machine
    const el = await fixture<PaperList>(html`<paper-list .data=${await defaultWorkshop()}></paper-list>`);
    expect(count(el)).to.equal('Showing 30 of 30 papers');
    expect(el.shadowRoot!.querySelector('[part="count"]')!.getAttribute('role')).to.equal('status');
    const first = rows(el)[0]!;
    expect(first.querySelector('h3')!.textContent).to.equal('Equivariant Neural Operators for Wall-Bounded Turbulence');
    expect(text(first.querySelector('[part="authors"]'))).to.equal('Zoë Dąbrowska, Ingrid Brøndum');
    expect([...first.querySelectorAll('.badge')].map(text)).to.deep.equal(['Oral', 'Full papers', '★ Best paper']);
    const links = [...first.querySelectorAll('[part="links"] a')];
    expect(links.map(text)).to.deep.equal(['OpenReview', 'PDF', 'arXiv', 'Slides', 'Video', 'Code']);
    expect(links[0]!.getAttribute('href')).to.equal('https://openreview.net/forum?id=SciFM27p01');
    expect(links[0]!.getAttribute('aria-label')).to.equal('OpenReview: Equivariant Neural Operators for Wall-Bounded Turbulence');
    expect(text(first.querySelector('[part="copy"]'))).to.equal('Copy BibTeX');
    // The search box and the groups of chips are labelled; a chip is a toggle button.
    expect(text(el.shadowRoot!.querySelector('[part="search"]')!.closest('label'))).to.equal('Search titles, authors and keywords');
    const groups = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="filter"]')];
    expect(groups.map((group) => [group.dataset.filter, group.getAttribute('role'), group.getAttribute('aria-label')])).to.deep.equal([
      ['track', 'group', 'Track'], ['presentation', 'group', 'Presentation'], ['award', 'group', 'Award'],
    ]);
    expect([...groups[1]!.querySelectorAll('button')].map((button) => [text(button), button.getAttribute('aria-pressed')])).to.deep.equal([
      ['Oral', 'false'], ['Spotlight', 'false'], ['Poster', 'false'],
    ]);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('searches titles and authors without regard to case or diacritics, word by word', async () => {
    const el = await fixture<PaperList>(html`<paper-list no-url-state .data=${await defaultWorkshop()}></paper-list>`);
    await type(el, 'ZOE dabrowska');
    expect(titles(el)).to.deep.equal([
      'Equivariant Neural Operators for Wall-Bounded Turbulence',
      'Physics-Constrained Decoding for Reaction Prediction',
      'Foundation Models for Seismic Inversion at Scale',
      'Agents That Read Lab Notebooks',
    ]);
    expect(count(el)).to.equal('Showing 4 of 30 papers');
    await type(el, 'brondum seismic'); // ø folds to o; both words must match
    expect(titles(el)).to.deep.equal(['Foundation Models for Seismic Inversion at Scale']);
    await type(el, 'no such paper');
    expect(rows(el)).to.have.length(0);
    expect(text(el.shadowRoot!.querySelector('.no-match'))).to.equal('No paper matches. Clear filters');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.no-match button')!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(30);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!.value).to.equal('');
  });

  it("shows a paper's keywords in one quiet line under the authors, and finds the paper by them", async () => {
    const data = {
      title: 'T',
      papers: [
        { id: 'a', title: 'Closures for channel flow', authors: ['Zoë Dąbrowska'], keywords: ['neural operators', 'Turbulence'] },
        { id: 'b', title: 'Scaling curves', authors: ['Rafael Tenório'] },
      ],
    };
    const el = await fixture<PaperList>(html`<paper-list no-url-state .data=${data}></paper-list>`);
    const [withKeywords, without] = rows(el);
    const line = withKeywords!.querySelector('[part="keywords"]')!;
    expect(text(line)).to.equal('neural operators · Turbulence');
    // Quiet: below the authors, smaller and in the muted colour, like them.
    expect(line.previousElementSibling!.getAttribute('part')).to.equal('authors');
    const style = getComputedStyle(line);
    expect(style.color).to.equal(getComputedStyle(withKeywords!.querySelector('[part="authors"]')!).color);
    expect(parseFloat(style.fontSize)).to.be.lessThan(parseFloat(getComputedStyle(withKeywords!.querySelector('h3')!).fontSize));
    expect(without!.querySelector('[part="keywords"]')).to.equal(null);
    await type(el, 'turbulence operator');
    expect(titles(el)).to.deep.equal(['Closures for channel flow']);
    await type(el, 'scaling');
    expect(titles(el)).to.deep.equal(['Scaling curves']);
    await type(el, '');
    await expect(el).to.be.accessible();
  });

  it('keeps every row in the page and only hides the ones a search leaves out', async () => {
    const data = await defaultWorkshop();
    const el = await fixture<PaperList>(html`<paper-list no-url-state .data=${data}></paper-list>`);
    const before = allRows(el);
    expect(before).to.have.length(30);
    expect(before.every((row) => !row.hidden)).to.equal(true);
    // Rows are grouped for rendering, but assistive technology sees one list of 30 items.
    const list = el.shadowRoot!.querySelector('[part="list"]')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(before.every((row) => row.getAttribute('role') === 'listitem' && row.closest('[part="list"]') === list)).to.equal(true);
    const wrappers = [...list.querySelectorAll(':scope > li, :scope > li > ol')];
    expect(wrappers).to.have.length(4); // 2 groups of rows
    expect(wrappers.every((wrapper) => wrapper.getAttribute('role') === 'none')).to.equal(true);

    await type(el, 'dabrowska');
    // The same elements (nothing re-rendered), in the same order; the matches shown, the rest hidden.
    expect(allRows(el)).to.deep.equal(before);
    const matching = new Set(el.visiblePapers.map((paper) => paper.title));
    expect(matching.size).to.equal(4);
    for (const row of before) expect(row.hidden, text(row.querySelector('[part="title"]'))).to.equal(!matching.has(text(row.querySelector('[part="title"]'))));
    expect(rows(el).map((row) => getComputedStyle(row).display)).to.deep.equal(['grid', 'grid', 'grid', 'grid']);
    expect(before.filter((row) => row.hidden).every((row) => getComputedStyle(row).display === 'none')).to.equal(true);
    expect(count(el)).to.equal('Showing 4 of 30 papers');

    // Even a page that styles ::part(paper) does not bring hidden rows back.
    const style = document.createElement('style');
    style.textContent = 'paper-list::part(paper) { display: block; }';
    document.head.append(style);
    expect(before.filter((row) => row.hidden).every((row) => getComputedStyle(row).display === 'none')).to.equal(true);
    style.remove();

    await type(el, 'no such paper');
    expect(allRows(el)).to.deep.equal(before);
    expect(rows(el)).to.have.length(0);
    expect((list as HTMLElement).hidden).to.equal(true);
    expect(count(el)).to.equal('Showing 0 of 30 papers');

    await type(el, '');
    expect(allRows(el)).to.deep.equal(before);
    expect(rows(el)).to.deep.equal(before);
    expect((list as HTMLElement).hidden).to.equal(false);
    expect(el.shadowRoot!.querySelector('.no-match')).to.equal(null);
    expect(count(el)).to.equal('Showing 30 of 30 papers');
    await expect(el).to.be.accessible();
  });

  it('lets find-in-page find every paper when no filter is set, and none that a filter hides', async () => {
    const data = await defaultWorkshop();
    const el = await fixture<PaperList>(html`<paper-list no-url-state .data=${data}></paper-list>`);
    const headings = () => [...el.shadowRoot!.querySelectorAll('[part="title"]')].filter((heading) => heading.checkVisibility());
    // Every title is in the page and rendered (off-screen groups skip rendering but stay searchable).
    expect(headings().map(text)).to.deep.equal(data.papers.map((paper) => paper.title));
    const last = data.papers.at(-1)!.title;
    expect(findInPage(last)).to.equal(true);

    await type(el, 'brondum seismic');
    expect(titles(el)).to.deep.equal(['Foundation Models for Seismic Inversion at Scale']);
    expect(findInPage('Foundation Models for Seismic Inversion at Scale')).to.equal(true);
    expect(findInPage(last)).to.equal(false);

    await type(el, '');
    expect(headings()).to.have.length(30);
    expect(findInPage(last)).to.equal(true);
  });

  it('filters by track, presentation and award, combined with the search', async () => {
    const el = await fixture<PaperList>(html`<paper-list no-url-state .data=${await defaultWorkshop()}></paper-list>`);
    await choose(el, 'track', 'tiny');
    expect(rows(el)).to.have.length(8);
    expect(rows(el).every((row) => text(row.querySelector('.badge.track')) === 'Tiny papers')).to.equal(true);
    // Another chip of the group replaces the choice; pressing the chosen one again releases it.
    await choose(el, 'track', 'full');
    expect(rows(el).every((row) => text(row.querySelector('.badge.track')) === 'Full papers')).to.equal(true);
    chip(el, 'track', 'full').click();
    await el.updateComplete;
    expect(chosen(el, 'track')).to.equal('');
    expect(rows(el)).to.have.length(30);
    await choose(el, 'presentation', 'oral');
    expect(count(el)).to.equal('Showing 3 of 30 papers');
    await choose(el, 'presentation', '');
    await choose(el, 'award', '*');
    expect(rows(el).map((row) => row.querySelector('h3')!.textContent)).to.have.length(3);
    await choose(el, 'award', 'Best dataset');
    expect(titles(el)).to.deep.equal(['SciBench-Lite: A Small, Hard Benchmark for Scientific Reasoning']);
    await type(el, 'turbulence');
    expect(rows(el)).to.have.length(0);
  });

  it('keeps the filters in the address and restores them from a shared link', async () => {
    const data = await defaultWorkshop();
    history.replaceState(null, '', '?page=2&papers-q=Dąbrowska&papers-presentation=oral');
    const el = await fixture<PaperList>(html`<paper-list .data=${data}></paper-list>`);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!.value).to.equal('Dąbrowska');
    expect(chosen(el, 'presentation')).to.equal('oral');
    expect(titles(el)).to.deep.equal(['Equivariant Neural Operators for Wall-Bounded Turbulence']);

    await type(el, 'neural');
    await choose(el, 'track', 'full');
    await aTimeout(400);
    const params = new URLSearchParams(location.search);
    expect(params.get('page')).to.equal('2');
    expect(params.get('papers-q')).to.equal('neural');
    expect(params.get('papers-track')).to.equal('full');
    expect(params.get('papers-presentation')).to.equal('oral');
    await choose(el, 'presentation', '');
    await type(el, '');
    await aTimeout(400);
    expect(location.search).to.equal('?page=2&papers-track=full');
  });

  it('copies the BibTeX entry to the clipboard and announces it', async () => {
    const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const el = await fixture<PaperList>(html`<paper-list no-url-state .data=${await defaultWorkshop()}></paper-list>`);
    const copied = oneEvent(el, 'ww-copy');
    rows(el)[0]!.querySelector<HTMLButtonElement>('[part="copy"]')!.click();
    const event = await copied;
    expect(write.calledOnce).to.equal(true);
    const bibtex = write.firstCall.args[0];
    expect(bibtex).to.match(/^@inproceedings\{dabrowska2027equivariant,\n/);
    expect(bibtex).to.contain('  title = {Equivariant Neural Operators for Wall-Bounded Turbulence},\n');
    expect(bibtex).to.contain('  author = {Zoë Dąbrowska and Ingrid Brøndum},\n');
    expect(bibtex).to.contain('  booktitle = {3rd Workshop on Scientific Foundation Models: From Simulation to Discovery at ICLR 2027},\n');
    expect(event.detail).to.deep.equal({ paper: 'p01', bibtex, copied: true });
    await el.updateComplete;
    const live = [...el.shadowRoot!.querySelectorAll('[role="status"]')].at(-1)!;
    expect(text(live)).to.equal('Copied BibTeX of “Equivariant Neural Operators for Wall-Bounded Turbulence”.');
    expect(el.shadowRoot!.querySelector('[part="bibtex"]')).to.equal(null);
  });

  it('shows the entry selected for copying by hand when the clipboard refuses', async () => {
    sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('denied', 'NotAllowedError'));
    const el = await fixture<PaperList>(html`<paper-list no-url-state .data=${await defaultWorkshop()}></paper-list>`);
    const copied = oneEvent(el, 'ww-copy');
    rows(el)[1]!.querySelector<HTMLButtonElement>('[part="copy"]')!.click();
    expect((await copied).detail.copied).to.equal(false);
    await el.updateComplete;
    const area = rows(el)[1]!.querySelector<HTMLTextAreaElement>('[part="bibtex"]')!;
    expect(area.value).to.match(/^@inproceedings\{/);
    expect(area.value).to.contain('title = {Do Scaling Laws Transfer to Molecular Foundation Models?}');
    expect(el.shadowRoot!.activeElement).to.equal(area);
    const live = [...el.shadowRoot!.querySelectorAll('[role="status"]')].at(-1)!;
    expect(text(live)).to.contain('Could not copy');
    await expect(el).to.be.accessible();
  });

  it('says "Copied" on the button for a few seconds, besides the announcement', async () => {
    sinon.stub(navigator.clipboard, 'writeText').resolves();
    const el = await fixture<PaperList>(html`<paper-list no-url-state .data=${await defaultWorkshop()}></paper-list>`);
    const button = (row: number) => rows(el)[row]!.querySelector<HTMLButtonElement>('[part="copy"]')!;
    // Focus loads the BibTeX code, as it does for a reader; loaded, a click copies at once (no real timers needed).
    button(0).focus();
    await import('../../src/data/bibtex.js');
    await aTimeout(10);
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const copied = oneEvent(el, 'ww-copy');
    button(0).click();
    await copied;
    await el.updateComplete;
    expect(text(button(0))).to.equal('✓ Copied');
    expect(button(0).getAttribute('aria-label')).to.equal('Copied BibTeX: Equivariant Neural Operators for Wall-Bounded Turbulence');
    expect(button(0).hasAttribute('data-copied')).to.equal(true);
    expect(text(button(1))).to.equal('Copy BibTeX');
    await clock.tickAsync(2000);
    await el.updateComplete;
    expect(text(button(0))).to.equal('✓ Copied');
    await clock.tickAsync(600);
    await el.updateComplete;
    expect(text(button(0))).to.equal('Copy BibTeX');
    expect(button(0).getAttribute('aria-label')).to.equal('Copy BibTeX: Equivariant Neural Operators for Wall-Bounded Turbulence');
    expect(button(0).hasAttribute('data-copied')).to.equal(false);
  });

  it('lets keyboard readers skip past the papers: a few Tab presses instead of hundreds', async function (this: { timeout(ms: number): void }) {
    this.timeout(120_000); // pressing Tab a few hundred times
    const wrapper = await fixture(html`<div><paper-list no-url-state .data=${await defaultWorkshop()}></paper-list><button>After the papers</button></div>`);
    const el = wrapper.querySelector('paper-list')!;
    const after = wrapper.querySelector('button')!;
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    const press = async (key: string) => {
      await sendKeys({ press: key });
      return 1;
    };
    // Without the skip link: every link, copy button, star and abstract of 30 papers.
    search.focus();
    let tabsOnly = 0;
    while (document.activeElement !== after && tabsOnly < 1000) tabsOnly += await press('Tab');
    // With it: the chips, then the skip link, shown while focused.
    search.focus();
    let skipping = 0;
    while (!el.shadowRoot!.activeElement?.matches('.skip') && skipping < 100) skipping += await press('Tab');
    const skip = el.shadowRoot!.activeElement as HTMLAnchorElement;
    expect(text(skip)).to.equal('Skip past the 30 papers');
    expect(skip.getBoundingClientRect().width).to.be.greaterThan(50);
    skipping += await press('Enter');
    expect(el.shadowRoot!.activeElement!.id).to.equal('papers-end');
    expect(text(el.shadowRoot!.activeElement)).to.equal('End of the papers');
    skipping += await press('Tab');
    expect(document.activeElement).to.equal(after);
    expect(tabsOnly).to.be.greaterThan(200);
    expect(skipping).to.be.lessThan(20);
  });

  it('stars papers by keyboard, keeps the stars for the next visit, and shows only them on request', async () => {
    const data = await defaultWorkshop();
    const key = starStorageKey(data as unknown as Workshop);
    // A star left from an older version of the file names a paper that is gone: it is dropped quietly.
    localStorage.setItem(key, JSON.stringify(['paper withdrawn']));
    try {
      const el = await fixture<PaperList>(html`<paper-list no-url-state .data=${data}></paper-list>`);
      const star = (row: HTMLElement) => row.querySelector<HTMLButtonElement>('[part="star"]')!;
      const pressed = (list: PaperList) => rows(list).flatMap((row, i) => (star(row).getAttribute('aria-pressed') === 'true' ? [i] : []));
      const starredChip = (list: PaperList) => list.shadowRoot!.querySelector<HTMLButtonElement>('[part="starred"]')!;
      expect(pressed(el)).to.deep.equal([]);
      expect(starredChip(el).hidden).to.equal(true);
      const first = rows(el)[0]!;
      expect(star(first).tagName).to.equal('BUTTON');
      expect(star(first).getAttribute('aria-label')).to.equal('Star: Equivariant Neural Operators for Wall-Bounded Turbulence');
      expect(star(first).getAttribute('aria-pressed')).to.equal('false');
      star(first).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      star(rows(el)[2]!).focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(pressed(el)).to.deep.equal([0, 2]);
      expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal(['paper p01', 'paper p03']);
      expect(text(starredChip(el))).to.equal('★ Starred 2');
      await expect(el).to.be.accessible();

      // The next visit (a new element, the same storage) shows the same stars.
      el.remove();
      const again = await fixture<PaperList>(html`<paper-list no-url-state .data=${await defaultWorkshop()}></paper-list>`);
      expect(pressed(again)).to.deep.equal([0, 2]);
      const chipButton = starredChip(again);
      expect(chipButton.hidden).to.equal(false);
      expect(chipButton.getAttribute('aria-pressed')).to.equal('false');
      chipButton.click();
      await again.updateComplete;
      expect(chipButton.getAttribute('aria-pressed')).to.equal('true');
      expect(titles(again)).to.deep.equal([data.papers[0]!.title, data.papers[2]!.title]);
      expect(count(again)).to.equal('Showing 2 of 30 papers');
      // Unstarring a paper here does not pull its row away from under the reader's focus…
      star(rows(again)[1]!).click();
      await again.updateComplete;
      expect(titles(again)).to.have.length(2);
      expect(star(rows(again)[1]!).getAttribute('aria-pressed')).to.equal('false');
      // …the next look at the starred papers leaves it out.
      chipButton.click();
      await again.updateComplete;
      expect(rows(again)).to.have.length(30);
      chipButton.click();
      await again.updateComplete;
      expect(titles(again)).to.deep.equal([data.papers[0]!.title]);
      await expect(again).to.be.accessible();
    } finally {
      localStorage.removeItem(key);
    }
  });

  it('renders 5,000 generated papers in chunks and filters them as one types', async function (this: { timeout(ms: number): void }) {
    this.timeout(120_000); // no timing is asserted; a loaded CI machine may just be slow
    const data = generateWorkshop({ papers: 5000, seed: 7 });
    const el = await fixture<PaperList>(html`<paper-list no-url-state .data=${data}></paper-list>`);
    // Numbers are written the reader's way (the page is in English).
    expect(count(el)).to.equal('Showing 5,000 of 5,000 papers');
    expect(text(el.shadowRoot!.querySelector('.skip'))).to.equal('Skip past the 5,000 papers');
    // The first chunk is there at once, the rest follows frame by frame.
    expect(rows(el).length).to.be.within(1, 4999);
    await waitUntil(() => rows(el).length === 5000, 'all rows rendered', { timeout: 100_000 });
    // Off screen, groups of rows skip rendering (find-in-page still searches them); the last one always renders.
    const groupOf = (row: HTMLElement) => row.parentElement!.parentElement!;
    expect(getComputedStyle(groupOf(rows(el)[4000]!)).contentVisibility).to.equal('auto');
    expect(getComputedStyle(groupOf(rows(el)[4999]!)).contentVisibility).to.equal('visible');
    const before = allRows(el);
    await type(el, 'turbulent flows');
    // Both words, anywhere in the title (author names hold neither).
    const matches = data.papers!.filter((p) => /turbulent/i.test(p.title) && /flows/i.test(p.title));
    const expected = matches.length;
    expect(expected).to.be.greaterThan(0);
    expect(count(el)).to.equal(`Showing ${expected.toLocaleString('en')} of 5,000 papers`);
    expect(rows(el)).to.have.length(expected);
    // Every row is still in the page, the same elements: the search only hid rows.
    expect(allRows(el)).to.deep.equal(before);
    expect(rows(el).map((row) => text(row.querySelector('[part="title"]')))).to.deep.equal(matches.map((p) => p.title));
    // A group left without a match is skipped entirely; the others are sized for the rows they show.
    const groups = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="list"] > li')];
    expect(groups).to.have.length(200);
    for (const each of groups) {
      const shown = [...each.querySelectorAll<HTMLElement>('[part="paper"]')].filter((row) => !row.hidden).length;
      expect(getComputedStyle(each).contentVisibility).to.equal(!shown ? 'hidden' : each === groups.at(-1) ? 'visible' : 'auto');
    }

    // Clearing the search shows every row again, and find-in-page finds the last paper.
    await type(el, '');
    expect(rows(el)).to.deep.equal(before);
    expect(count(el)).to.equal('Showing 5,000 of 5,000 papers');
    expect(groups.slice(0, -1).every((each) => getComputedStyle(each).contentVisibility === 'auto')).to.equal(true);
    expect(findInPage(data.papers!.at(-1)!.title)).to.equal(true);
  });

  it('shows empty states and survives bad entries', async () => {
    const el = await fixture<PaperList>(html`<paper-list .data=${{ title: 'Nothing yet' }}></paper-list>`);
    expect(text(el.shadowRoot!.querySelector('[part="empty"]'))).to.equal('No accepted papers yet.');
    await expect(el).to.be.accessible();

    const bad = document.createElement('paper-list') as PaperList;
    bad.noUrlState = true;
    const reported = oneEvent(bad, 'ww-error');
    bad.data = {
      title: 'Bad',
      papers: [
        { id: 'ok', title: 'A fine paper', authors: ['A. Author'], links: { pdf: 'javascript:alert(1)', code: 'https://example.org/code' } },
        { id: 'no-authors', title: 'Missing authors' },
        { id: 'x', title: '}, note = {injected', authors: ['Eve'] },
      ],
    };
    document.body.append(bad);
    expect((await reported).detail.issues.map((issue: { path: string }) => issue.path)).to.include.members(['papers[0].links.pdf', 'papers[1].authors']);
    await bad.updateComplete;
    expect(titles(bad)).to.deep.equal(['A fine paper', '}, note = {injected']);
    expect([...rows(bad)[0]!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/code']);
    bad.remove();
  });
});
