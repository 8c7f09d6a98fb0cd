/**
 * Every text, markdown and URL field of the schema carries an attack; every element renders it. Detection
 * does not trust the page: a spy the payloads call, stubbed dialogs, the browser's own record of requests,
 * and a walk of every shadow root for executable markup.
 */
import { expect } from '@open-wc/testing';
import { ATTACKS, SENTINEL_ORIGIN, type Attack } from './attacks.js';
import { attributesFor, deepText, definedElements, settle, walk, type KnownTag } from './elements.js';
import { clearWorkshopCache } from '../../src/data/load.js';
import '../../src/components/workshop-data/workshop-data.js';

declare global {
  interface Window {
    __xss: (id: unknown) => void;
  }
}

const executed: unknown[] = [];
window.__xss = (id) => executed.push(id);
const dialogs: string[] = [];
window.alert = (message?: unknown) => void dialogs.push(`alert ${String(message)}`);
window.confirm = (message?: unknown) => (dialogs.push(`confirm ${String(message)}`), false);
window.prompt = (message?: unknown) => (dialogs.push(`prompt ${String(message)}`), null);

/** Requests the browser itself records (resource timing), from the moment this file loaded. */
const requests: PerformanceResourceTiming[] = [];
new PerformanceObserver((list) => requests.push(...(list.getEntries() as PerformanceResourceTiming[]))).observe({ type: 'resource', buffered: true });

/** Builds workshops whose every field carries the next attack; plain-text fields get a unique marker. */
class AttackWorkshop {
  private cursor: number;
  private field = 0;
  /** Plain-text values by marker, to check they print exactly as typed. */
  readonly plainText = new Map<string, string>();
  /** Image addresses the organizers declared (they may point to the sentinel host). */
  readonly declaredImages = new Set<string>();

  constructor(offset: number) {
    this.cursor = offset;
  }

  private next(): Attack {
    const attack = ATTACKS[this.cursor % ATTACKS.length]!;
    this.cursor++;
    return attack;
  }

  /** A plain-text field: the attack plus a marker that tells which field it is. */
  text = (): string => {
    const marker = `⟦f${++this.field}⟧`;
    const value = `${this.next().value} ${marker}`;
    this.plainText.set(marker, value);
    return value;
  };

  md = (): string => this.next().value;
  url = (): string => this.next().value;
  image = (): string => {
    const src = `${SENTINEL_ORIGIN}/declared-${++this.field}.png`;
    this.declaredImages.add(src);
    return src;
  };

  build(): Record<string, unknown> {
    const { text: t, md, url, image } = this;
    const link = () => ({ label: t(), url: url(), kind: 'website' });
    const person = (id: string) => ({
      id,
      name: t(),
      sortName: t(),
      position: t(),
      affiliations: [t(), t()],
      photo: image(),
      homepage: url(),
      email: `${id}@example.org`,
      links: [link(), link()],
      bio: md(),
    });
    const section = (id: string) => ({ id, title: t(), body: md() });
    return {
      title: t(),
      shortName: t(),
      edition: t(),
      tagline: t(),
      conference: { name: t(), year: 2026, url: url() },
      website: url(),
      links: [link(), link(), link()],
      logo: { src: image(), alt: t() },
      banner: { src: image(), alt: t() },
      date: '2026-07-18',
      timeZone: 'Europe/Vienna',
      venue: { name: t(), room: t(), address: t(), city: t(), country: t(), mapUrl: url() },
      modes: ['in-person', 'virtual'],
      virtualUrl: url(),
      overview: md(),
      importantDates: [
        { id: 'submission', label: t(), kind: 'deadline', date: '2099-05-01', note: md() },
        { id: 'notify', label: t(), kind: 'notification', date: '2099-06-01', timeZone: 'UTC', note: md() },
        { id: 'event', label: t(), kind: 'event', date: '2099-07-18' },
        { id: 'period', label: t(), kind: 'period', date: '2099-05-02', end: '2099-05-10', track: 'main' },
        { id: 'later', label: t(), tbd: true },
      ],
      callForPapers: {
        description: md(),
        topics: [md(), md(), { title: t(), description: md(), items: [md(), md()] }],
        tracks: [
          {
            id: 'main',
            name: t(),
            description: md(),
            pageLimit: 4,
            pageLimitExcludes: t(),
            format: t(),
            reviewCriteria: [t(), t()],
            archival: false,
            anonymity: 'double-blind',
            submissionUrl: url(),
            styleFileUrl: url(),
            notes: [md(), md()],
          },
        ],
        submissionUrl: url(),
        styleFileUrl: url(),
        policies: [section('policy-a'), section('policy-b')],
      },
      people: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'].map(person),
      roles: {
        speakers: ['p1', { person: 'p2', talkTitle: t(), abstract: md(), kind: 'keynote', confirmed: true }],
        panelists: ['p3', { person: 'p4', role: t() }],
        moderators: [{ person: 'p5', role: t() }],
        organizers: ['p6', { person: 'p1', role: t() }],
        areaChairs: ['p7'],
        programCommittee: ['p8', { person: 'p3', role: t() }],
        volunteers: [{ person: 'p4', role: t() }],
      },
      schedule: {
        timeZone: 'Europe/Vienna',
        note: md(),
        days: [
          {
            date: '2026-07-18',
            label: t(),
            rooms: ['Hall A', 'Hall B'],
            items: [
              { start: '09:00', end: '09:15', title: t(), kind: 'opening', speakers: ['p6'], room: 'Hall A', description: md(), url: url() },
              { start: '09:15', end: '10:00', title: t(), kind: 'keynote', speakers: ['p2', { name: t(), affiliation: t() }], papers: ['paper-1'], room: t(), description: md(), url: url() },
              { start: '10:00', end: '10:30', title: t(), kind: 'poster-session', papers: ['paper-2', 'paper-3'], description: md() },
              { start: '10:30', end: '11:00', title: t(), kind: 'break' },
            ],
          },
        ],
      },
      papers: ['paper-1', 'paper-2', 'paper-3'].map((id) => ({
        id,
        title: t(),
        authors: [t(), t(), t()],
        abstract: md(),
        track: 'main',
        presentation: id === 'paper-1' ? 'oral' : 'poster',
        awards: [t()],
        links: { openreview: url(), pdf: url(), arxiv: url(), poster: url(), slides: url(), video: url(), code: url() },
        year: 2026,
      })),
      sponsorTiers: [t(), 'Silver'],
      sponsors: [
        { name: t(), tier: 'Silver', logo: image(), url: url() },
        { name: t(), tier: 'Silver', url: url() },
        { name: t(), url: url() },
      ],
      faq: [
        { question: t(), answer: md() },
        { question: t(), answer: md() },
      ],
      contact: { email: 'contact@example.org', text: md(), links: [link(), link()] },
      relatedWorkshops: [
        { name: t(), url: url(), venue: t(), note: t() },
        { name: t(), url: url(), venue: t(), note: t() },
      ],
      sections: [section('s1'), section('s2'), section('s3')],
    };
  }
}

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'srcset', 'srcdoc'];
const FORBIDDEN_IN_MARKDOWN = 'script, iframe, object, embed, form, style, link, meta, base, template, frame, input, button, textarea, select, svg, math';

/** An attribute the browser would run as code: a known event handler of this element or of the window ("only" is not one). */
function isEventHandler(el: Element, name: string): boolean {
  return name.startsWith('on') && (name in el || name in window || name in document);
}

function problemsIn(root: Node): string[] {
  const problems: string[] = [];
  for (const el of walk(root)) {
    const where = `<${el.localName}> in ${(el.getRootNode() as ShadowRoot).host?.localName ?? 'document'}`;
    if (el.localName === 'script' && el.getRootNode() !== document) problems.push(`script element ${where}`);
    if (['iframe', 'object', 'embed', 'frame'].includes(el.localName)) problems.push(`embedding element ${where}`);
    for (const attribute of Array.from(el.attributes)) {
      const name = attribute.name.toLowerCase();
      if (isEventHandler(el, name)) problems.push(`handler ${name}="${attribute.value}" on ${where}`);
      if (URL_ATTRIBUTES.includes(name) || name.endsWith(':href')) {
        if (name === 'srcset' || name === 'srcdoc') {
          problems.push(`${name} on ${where}`);
          continue;
        }
        let scheme: string;
        try {
          scheme = new URL(attribute.value, location.href).protocol;
        } catch {
          continue; // not a URL the browser would follow
        }
        if (!ALLOWED_SCHEMES.has(scheme)) problems.push(`${name}="${attribute.value}" (${scheme}) on ${where}`);
      }
    }
    if (el.classList.contains('markdown')) {
      for (const bad of el.querySelectorAll(FORBIDDEN_IN_MARKDOWN)) problems.push(`<${bad.localName}> inside markdown of ${where}`);
      for (const styled of el.querySelectorAll('[style]')) problems.push(`inline style on <${styled.localName}> inside markdown of ${where}`);
      for (const classy of el.querySelectorAll('[class], [id]')) problems.push(`class/id on <${classy.localName}> inside markdown of ${where}`);
    }
  }
  return problems;
}

/** Fires the events attribute handlers would listen to, without following any link. */
function poke(root: Node): void {
  for (const el of walk(root)) {
    for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin', 'load', 'error', 'toggle', 'animationstart', 'begin', 'pointerover']) {
      el.dispatchEvent(new Event(type));
    }
  }
}

function leakedRequests(declared: Set<string>): string[] {
  const bad: string[] = [];
  for (const entry of [...requests, ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[])]) {
    const url = new URL(entry.name);
    if (url.pathname.includes('leak') || url.hash.includes('leak')) bad.push(`${entry.initiatorType} ${entry.name}`);
    else if (url.origin === location.origin) continue;
    else if (url.origin === SENTINEL_ORIGIN && declared.has(entry.name) && entry.initiatorType === 'img') continue;
    else bad.push(`${entry.initiatorType} ${entry.name}`);
  }
  return [...new Set(bad)];
}

describe('security: attacks in every field of every element', function () {
  this.timeout(60_000);
  let tags: KnownTag[] = [];
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);

  before(async () => {
    tags = await definedElements();
    await import('../../src/internal/markdown.js').then((m) => m.loadMarkdown());
    window.addEventListener('error', onError);
  });
  after(() => window.removeEventListener('error', onError));
  beforeEach(() => clearWorkshopCache());

  it(`has a corpus of at least 80 attacks (${ATTACKS.length})`, () => {
    expect(ATTACKS.length).to.be.at.least(80);
    expect(new Set(ATTACKS.map((a) => a.value)).size).to.equal(ATTACKS.length);
  });

  for (const [offset, via] of [
    [0, 'data property'],
    [41, 'data property'],
    [83, '<workshop-data> provider'],
  ] as const) {
    it(`nothing runs, leaks or escapes with attacks from offset ${offset} (${via})`, async () => {
      const builder = new AttackWorkshop(offset);
      const workshop = builder.build();
      const host = document.createElement('div');
      document.body.append(host);
      const container = via === 'data property' ? host : host.appendChild(document.createElement('workshop-data'));
      if (via !== 'data property') (container as HTMLElement & { data: unknown }).data = workshop;
      for (const tag of tags) {
        const el = document.createElement(tag) as HTMLElement & { data?: unknown };
        for (const [name, value] of Object.entries(attributesFor(tag, workshop))) el.setAttribute(name, value);
        if (via === 'data property') el.data = workshop;
        container.append(el);
      }
      await settle(host);
      // Markdown swaps in asynchronously; images fail asynchronously.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await settle(host);
      poke(host);
      await new Promise((resolve) => setTimeout(resolve, 700));

      for (const el of container.children) {
        if (!tags.includes(el.localName as KnownTag)) continue;
        const state = el.shadowRoot?.querySelector('[part="error"]');
        expect(state, `<${el.localName}> should render the workshop, not an error: ${state?.textContent}`).to.equal(null);
      }
      expect(executed, 'payloads that ran').to.deep.equal([]);
      expect(dialogs, 'dialogs opened').to.deep.equal([]);
      expect(errors, 'uncaught errors').to.deep.equal([]);
      expect(problemsIn(host), 'executable markup in shadow roots').to.deep.equal([]);
      expect(leakedRequests(builder.declaredImages), 'requests that leave the page').to.deep.equal([]);

      // Plain text prints exactly as typed: wherever a field's marker shows, the whole value shows in one text node.
      const text = deepText(host, '\u0000');
      const nodes = text.split('\u0000');
      let checked = 0;
      const mangled: string[] = [];
      for (const [marker, value] of builder.plainText) {
        if (!text.includes(marker)) continue;
        checked++;
        if (!nodes.some((node) => node.includes(value.trim()))) mangled.push(value);
      }
      console.log(`[xss offset ${offset}] ${tags.length} elements, ${checked} of ${builder.plainText.size} plain-text fields visible and checked`);
      expect(mangled, 'plain-text fields not shown exactly as typed').to.deep.equal([]);
      if (tags.length > 0) expect(checked).to.be.greaterThan(0);
      host.remove();
    });
  }

  it('the detectors work: a real payload is caught by the spy, the walk and the request check', async () => {
    const probe = document.createElement('div');
    const root = probe.attachShadow({ mode: 'open' });
    // The page under test could do this; the detectors must see it.
    root.innerHTML = `<div class="markdown"><img src="x" onerror="__xss('probe')" style="color:red"><a href="javascript:void 0">a</a><iframe></iframe></div>`;
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const img = new Image();
    img.src = `${SENTINEL_ORIGIN}/leak-probe.png`;
    await new Promise((resolve) => { img.onerror = img.onload = resolve; });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(executed).to.include('probe');
    const problems = problemsIn(probe);
    expect(problems.join('\n')).to.contain('handler onerror').and.to.contain('javascript:').and.to.contain('embedding element').and.to.contain('inline style');
    const leaks = leakedRequests(new Set());
    probe.remove();
    executed.length = 0;
    requests.length = 0;
    performance.clearResourceTimings();
    if (leaks.length === 0) console.warn('[xss] this Chromium does not record failed requests to sentinel.invalid in resource timing; the request check relies on same-origin /__leak paths');
    else expect(leaks.join('\n')).to.contain('leak-probe');
  });
});
