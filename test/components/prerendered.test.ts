// Prerendered HTML (made by the prerender command, served by scripts/lib/prerender-fixtures.mjs) taken over in
// the browser: the nodes stay, only the parts that depend on the reader change, and HTML that cannot be
// adopted (another version, other data, edited markup) is rendered afresh instead of left broken.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type { WorkshopErrorDetail } from '../../src/internal/workshop-element.js';
import { describeNode, isReaderDependentMutation, stepsTo, type TakeoverMutation } from '../helpers/reader-dependent.mjs';

const TAGS = ['workshop-header', 'workshop-dates', 'countdown-deadline', 'speaker-grid', 'workshop-schedule', 'workshop-sections', 'paper-list', 'workshop-page'];

let html: string;
/** A workshop file with problems: its elements were prerendered with the notice. */
let problemsHtml: string;
/** The same page under `lang="de"`: rendered in German by the build. */
let germanHtml: string;
before(async function () {
  // The server runs the prerender command on first request: Node, jsdom and Lit SSR start up.
  this.timeout(120_000);
  html = await (await fetch('/__prerendered/page.html')).text();
  problemsHtml = await (await fetch('/__prerendered/problems.html')).text();
  germanHtml = await (await fetch('/__prerendered/german.html')).text();
});

let stage: HTMLElement;
let clock: sinon.SinonFakeTimers | undefined;
afterEach(() => {
  stage?.remove();
  clock?.restore();
  clock = undefined;
});

interface Watched {
  /** Every mutation in a prerendered shadow root, with `text`, a readable path for failure messages. */
  mutations: Array<TakeoverMutation & { text: string }>;
  /** Puts the stage on the page: the elements upgrade at once and render a microtask later. */
  attach(): void;
}

function describe_(node: Node): string {
  const path = stepsTo(node).map((step) => step.tag + (step.part ? `[part=${step.part}]` : step.classes.length ? `.${step.classes[0]}` : ''));
  return `${(node.getRootNode() as ShadowRoot).host?.localName} > ${path.join(' > ')}`;
}

/** Parses prerendered HTML (declarative shadow roots included) and watches every shadow root from the start. */
function mount(source: string): Watched {
  stage = document.createElement('div');
  const watched: Watched = { mutations: [], attach: () => document.body.append(stage) };
  // setHTMLUnsafe parses declarative shadow DOM; the elements upgrade on insertion and render a microtask later.
  (stage as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(source.slice(source.indexOf('<body>') + 6, source.indexOf('</body>')));
  const observe = (root: ShadowRoot) => {
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.attributeName === 'defer-hydration') continue;
        // Lit reflects properties once more, to the values the attributes already had.
        if (record.attributeName && (record.target as Element).getAttribute(record.attributeName) === record.oldValue) continue;
        const nodes = [...[...record.addedNodes].map((n) => describeNode(n, '+')), ...[...record.removedNodes].map((n) => describeNode(n, '-'))];
        const text = `${describe_(record.target)}${record.attributeName ? ` ${record.attributeName}` : ''}${nodes.length ? ` (${nodes.join(' ')})` : ''}`;
        watched.mutations.push({ type: record.type, attribute: record.attributeName ?? undefined, path: stepsTo(record.target), nodes, text });
      }
    }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeOldValue: true });
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) observe(element.shadowRoot);
  };
  for (const element of stage.querySelectorAll('*')) if (element.shadowRoot) observe(element.shadowRoot);
  return watched;
}

async function settled(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const elements = [...stage.querySelectorAll('*')].filter((el): el is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in el);
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const speakerName = () => stage.querySelector('speaker-grid')!.shadowRoot!.querySelector('[part=name]')!;

describe('prerendered elements in the browser', () => {
  it('holds every element’s content before any script renders, marked with the build', () => {
    const source = html;
    for (const tag of TAGS) expect(source, tag).to.match(new RegExp(`<${tag}[^>]* ww-prerendered="0\\.1\\.0 2027-02-01T12:00:00\\.000Z [0-9a-f]{8}"><template shadowroot`));
    expect(source).to.match(/<script type="application\/ld\+json" data-workshop-widgets>\{"@context":"https:\/\/schema\.org","@type":"Event"/);
  });

  it('adopts the prerendered nodes and changes only the parts that depend on the reader', async () => {
    // An hour after the build: the states (passed, next) are still those the build computed.
    clock = sinon.useFakeTimers({ now: Date.parse('2027-02-01T13:00:00Z'), toFake: ['Date'] });
    const warn = sinon.spy(console, 'warn');
    const watched = mount(html);
    const name = speakerName();
    const title = stage.querySelector('workshop-header')!.shadowRoot!.querySelector('h1, h2, h3')!;
    const paper = stage.querySelector('paper-list')!.shadowRoot!.querySelector('[part=paper]')!;
    watched.attach();
    await settled();
    warn.restore();
    expect(warn.args.map((args) => String(args[0])), 'no element re-rendered its HTML').to.deep.equal([]);
    expect(paper.isConnected, 'paper node kept').to.be.true;
    expect(name.isConnected, 'speaker name node kept').to.be.true;
    expect(title.isConnected, 'title node kept').to.be.true;
    const other = watched.mutations.filter((m) => !isReaderDependentMutation(m)).map((m) => m.text);
    expect(other, other.join('\n')).to.deep.equal([]);
    // The reader's parts did render: relative times, and the countdown's digits.
    const relative = [...stage.querySelector('workshop-dates')!.shadowRoot!.querySelectorAll('[part=relative]')].map((part) => part.textContent);
    expect(relative).to.include('in 4 days');
    expect(relative.join(' ')).not.to.include('as of');
    expect(stage.querySelector('countdown-deadline')!.shadowRoot!.querySelector('[part=value]')!.textContent).to.match(/^\d+$/);
  });

  it('adopts HTML prerendered in German once the German words are loaded, without rendering it again', async () => {
    const source = germanHtml;
    const text = (tag: string) => stage.querySelector(tag)!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    clock = sinon.useFakeTimers({ now: Date.parse('2027-02-01T13:00:00Z'), toFake: ['Date'] });
    const warn = sinon.spy(console, 'warn');
    const watched = mount(source);
    // The build wrote German (its words, its dates) before any script runs.
    expect(text('workshop-dates')).to.include('Stand: 01.02.2027');
    expect(text('workshop-page')).to.include('Wichtige Termine');
    const name = speakerName();
    const heading = stage.querySelector('workshop-page')!.shadowRoot!.querySelector('#dates-heading')!;
    watched.attach();
    await settled();
    warn.restore();
    expect(warn.args.map((args) => String(args[0])), 'no element re-rendered its HTML').to.deep.equal([]);
    expect(name.isConnected && heading.isConnected, 'nodes kept').to.be.true;
    // Portraits the test server does not have turn into initials (the card's photo slot) whenever their request
    // fails: not the language's doing.
    const other = watched.mutations.filter((m) => !isReaderDependentMutation(m) && !/li\[part=card\] \(/.test(m.text)).map((m) => m.text);
    expect(other, other.join('\n')).to.deep.equal([]);
    // The reader's parts render in German too.
    const relative = [...stage.querySelector('workshop-dates')!.shadowRoot!.querySelectorAll('[part=relative]')].map((part) => part.textContent);
    expect(relative).to.include('in 4 Tagen');
    expect(text('workshop-schedule')).to.include('Mein Programm');
  });

  it('adopts the notice of a file\'s problems, waiting for its words instead of rendering afresh', async () => {
    const source = problemsHtml;
    for (const tag of ['workshop-header', 'workshop-dates']) expect(source, tag).to.match(new RegExp(`<${tag}[^>]* ww-prerendered=`));
    clock = sinon.useFakeTimers({ now: Date.parse('2027-02-01T13:00:00Z'), toFake: ['Date'] });
    const watched = mount(source);
    const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
    const notices = ['workshop-header', 'workshop-dates'].map((tag) => stage.querySelector(tag)!.shadowRoot!.querySelector('[part=issues]')!);
    // Written by the build, in the words the browser loads only for a file with problems.
    expect(notices.map((notice) => text(notice))).to.deep.equal([
      '2 problems in the workshop file: what they affect is not shown. tagline: Expected text, found 5; ignored.hashtag: Unknown key "hashtag"; ignored.',
      '3 problems in the workshop file: what they affect is not shown. importantDates[1].date: This date does not exist in the calendar: "2027-02-30"; the 2nd date, importantDates[1], is left out.importantDates[0].notez: Unknown key "notez" (did you mean "note"?); ignored.hashtag: Unknown key "hashtag"; ignored.',
    ]);
    const problems: string[][] = [];
    stage.addEventListener('ww-error', (event) => problems.push((event as CustomEvent<WorkshopErrorDetail>).detail.issues.map((issue) => issue.path)));
    const warn = sinon.spy(console, 'warn');
    watched.attach();
    await settled();
    warn.restore();
    expect(warn.args.map((args) => String(args[0])), 'no element re-rendered its HTML').to.deep.equal([]);
    expect(notices.every((notice) => notice.isConnected), 'notice nodes kept').to.be.true;
    const other = watched.mutations.filter((m) => !isReaderDependentMutation(m)).map((m) => m.text);
    expect(other, other.join('\n')).to.deep.equal([]);
    // Once taken over, ww-error reports the same problems, in the file's order.
    expect(problems).to.have.deep.members([['hashtag', 'tagline'], ['importantDates[0].notez', 'hashtag', 'importantDates[1].date']]);
  });

  it('keeps the nested elements of <workshop-page> and wires their events', async () => {
    const watched = mount(html);
    const page = stage.querySelector('workshop-page')!;
    const nestedName = page.shadowRoot!.querySelector('speaker-grid')!.shadowRoot!.querySelector('[part=name]')!;
    watched.attach();
    await settled();
    expect(nestedName.isConnected).to.be.true;
    expect(page.shadowRoot!.querySelector('speaker-grid')!.hasAttribute('defer-hydration')).to.be.false;
    // Event bindings came back with hydration: the navigation handles its clicks.
    const navigated = new Promise((resolve) => page.addEventListener('ww-navigate', resolve, { once: true }));
    page.shadowRoot!.querySelector<HTMLAnchorElement>('[part=nav-link]')!.click();
    await navigated;
  });

  it('renders afresh HTML prerendered by another version', async () => {
    const watched = mount(html.replaceAll('ww-prerendered="0.1.0 ', 'ww-prerendered="0.0.9 '));
    const name = speakerName();
    const text = name.textContent;
    watched.attach();
    await settled();
    expect(name.isConnected).to.be.false;
    expect(speakerName().textContent).to.equal(text);
  });

  it('renders afresh when the workshop file changed after the build', async () => {
    // The organizer edited the JSON on the server and did not run the build again.
    mount(html);
    const oldName = speakerName().textContent!.trim();
    stage.remove();
    // The card puts the honorific before the name ("Prof. Ilse Vandermeulen"); the file holds the name alone.
    const edited = html.replace(`"name": "${oldName.replace(/^(?:Prof|Dr)\.\s+/, '')}"`, '"name": "Renamed Person"');
    expect(edited, 'the first speaker is renamed in the inline JSON').to.not.equal(html);
    const watched = mount(edited);
    const name = speakerName();
    watched.attach();
    await settled();
    expect(name.isConnected).to.be.false;
    expect(stage.querySelector('speaker-grid')!.shadowRoot!.textContent).to.include('Renamed Person');
  });

  it('renders afresh, with a warning, markup that does not match the templates', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      // The templates changed since the build (a hand-edited page, or a version that forgot to bump).
      const start = html.indexOf('<speaker-grid');
      const end = html.indexOf('</speaker-grid>', start);
      const edited = html.slice(0, start) + html.slice(start, end).replace(/<!--lit-part [^>]*-->/, '<!--lit-part AAAAAAAAAAA=-->') + html.slice(end);
      const watched = mount(edited);
      const name = speakerName();
      watched.attach();
      await settled();
      expect(warn.calledWithMatch(/<speaker-grid> re-rendered/)).to.be.true;
      expect(name.isConnected).to.be.false;
      expect(speakerName().textContent).to.equal(name.textContent);
    } finally {
      warn.restore();
    }
  });

  it('is accessible once taken over', async function () {
    this.timeout(60_000);
    mount(html).attach();
    await settled();
    for (const tag of ['workshop-dates', 'speaker-grid', 'countdown-deadline']) await expect(stage.querySelector(tag)).to.be.accessible();
  });
});
