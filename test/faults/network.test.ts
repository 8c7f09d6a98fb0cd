/**
 * Network faults for `src`: every one ends in a clear state (content or a message, never an endless
 * spinner), and the error can be retried. fetch is stubbed, so each fault is exact and instant.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { definedElements, settle, attributesFor, type KnownTag } from '../security/elements.js';
import { clearWorkshopCache } from '../../src/data/load.js';
import '../../src/components/workshop-data/workshop-data.js';
import '../../src/components/workshop-header/workshop-header.js';

type WorkshopEl = HTMLElement & { src?: string; retry(): void; updateComplete: Promise<boolean> };

const A = { title: 'Workshop Version A', date: '2026-07-18', faq: [{ question: 'A?', answer: 'A.' }] };
const B = { title: 'Workshop Version B', date: '2026-07-19', faq: [{ question: 'B?', answer: 'B.' }] };
const json = (data: unknown) => new Response(JSON.stringify(data), { status: 200, headers: { 'content-type': 'application/json' } });

/** A fetch that never answers unless aborted, like a server that hangs. */
const hanging = (_input: RequestInfo | URL, init?: RequestInit) =>
  new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError'))));

function stateOf(el: Element): 'loading' | 'error' | 'ready' {
  const root = el.shadowRoot!;
  if (root.querySelector('[part="error"]')) return 'error';
  if (root.querySelector('[data-kind="loading"]')) return 'loading';
  return 'ready';
}

const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();

async function until(condition: () => boolean, ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function mount(tags: readonly string[], src: string): Promise<WorkshopEl[]> {
  const host = document.createElement('div');
  host.className = 'network-host';
  document.body.append(host);
  return tags.map((tag) => {
    const el = document.createElement(tag) as WorkshopEl;
    for (const [name, value] of Object.entries(attributesFor(tag as KnownTag, A))) el.setAttribute(name, value);
    el.setAttribute('src', src);
    host.append(el);
    return el;
  });
}

function retryButton(el: Element): HTMLButtonElement | null {
  return [...el.shadowRoot!.querySelectorAll('button')].find((button) => /try again/i.test(button.textContent ?? '')) ?? null;
}

describe('faults: network', function () {
  this.timeout(60_000);
  let tags: KnownTag[] = [];
  let fetchStub: sinon.SinonStub;
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);

  before(async () => {
    tags = await definedElements();
    window.addEventListener('error', onError);
  });
  after(() => window.removeEventListener('error', onError));
  beforeEach(() => {
    clearWorkshopCache();
    errors.length = 0;
    fetchStub = sinon.stub(window, 'fetch');
  });
  afterEach(() => {
    sinon.restore();
    document.querySelectorAll('.network-host').forEach((host) => host.remove());
    expect(errors, 'uncaught errors').to.deep.equal([]);
  });

  for (const [status, statusText, says] of [
    [404, 'Not Found', 'the file was not found'],
    [500, 'Internal Server Error', '500'],
    [503, 'Service Unavailable', '503'],
  ] as const) {
    it(`HTTP ${status}: every element shows why and "Try again" loads the file once it is back`, async () => {
      fetchStub.resolves(new Response('<h1>oops</h1>', { status, statusText }));
      const els = await mount(tags, `/fault-${status}.json`);
      await until(() => els.every((el) => stateOf(el) !== 'loading'));
      for (const el of els) {
        expect(stateOf(el), el.localName).to.equal('error');
        expect(text(el), el.localName).to.contain(says);
        expect(el.shadowRoot!.querySelector('[role="alert"]'), el.localName).to.exist;
        expect(retryButton(el), `${el.localName} offers Try again`).to.exist;
      }
      fetchStub.callsFake(async () => json(A));
      for (const el of els) retryButton(el)!.click();
      await until(() => els.every((el) => stateOf(el) === 'ready'));
      await settle(els[0]!.parentElement!);
      const header = els.find((el) => el.localName === 'workshop-header');
      if (header) expect(text(header)).to.contain(A.title);
    });
  }

  it('timeout: a server that never answers ends in a timeout message after 15 s, and can be retried', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fetchStub.callsFake(hanging);
    const [el] = await mount(['workshop-header'], '/fault-hang.json');
    await el!.updateComplete;
    expect(stateOf(el!)).to.equal('loading');
    expect(el!.shadowRoot!.querySelector('[role="status"]')).to.exist;
    await clock.tickAsync(14_000);
    expect(stateOf(el!), 'still waiting before the timeout').to.equal('loading');
    await clock.tickAsync(1_100);
    clock.restore();
    await until(() => stateOf(el!) === 'error');
    expect(text(el!)).to.match(/no answer within 15 seconds/);
    fetchStub.callsFake(async () => json(A));
    retryButton(el!)!.click();
    await until(() => stateOf(el!) === 'ready');
    expect(text(el!)).to.contain(A.title);
  });

  for (const [name, failure, says] of [
    ['an aborted response', () => Promise.reject(new DOMException('The user aborted a request.', 'AbortError')), 'network request failed'],
    ['a dropped connection', () => Promise.reject(new TypeError('Failed to fetch')), 'Failed to fetch'],
    ['a body that breaks off mid-stream', async () => new Response(new ReadableStream({ start: (c) => { c.enqueue(new TextEncoder().encode('{"title": "x"')); c.error(new TypeError('network error')); } })), 'network'],
  ] as const) {
    it(`${name}: a network error with a retry`, async () => {
      fetchStub.callsFake(failure as () => Promise<Response>);
      const [el] = await mount(['workshop-header'], `/fault-${name.replace(/\W/g, '')}.json`);
      await until(() => stateOf(el!) !== 'loading');
      expect(stateOf(el!)).to.equal('error');
      expect(text(el!)).to.contain(says);
      fetchStub.callsFake(async () => json(B));
      retryButton(el!)!.click();
      await until(() => stateOf(el!) === 'ready');
      expect(text(el!)).to.contain(B.title);
    });
  }

  it('a slow response shows the loading state with the page fallback, then the content', async () => {
    let answer!: (response: Response) => void;
    fetchStub.callsFake(() => new Promise<Response>((resolve) => (answer = resolve)));
    const [el] = await mount(['workshop-header'], '/fault-slow.json');
    el!.innerHTML = '<span id="fallback">MLMP workshop</span>';
    await el!.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stateOf(el!)).to.equal('loading');
    expect(el!.shadowRoot!.querySelector<HTMLSlotElement>('[role="status"] slot')!.assignedElements()[0]!.id).to.equal('fallback');
    answer(json(A));
    await until(() => stateOf(el!) === 'ready');
    expect(text(el!)).to.contain(A.title);
  });

  it('HTML served instead of JSON ends in a message with line and column, not a spinner', async () => {
    fetchStub.resolves(new Response('<!doctype html><html><body>Page not found</body></html>', { status: 200 }));
    const [el] = await mount(['workshop-header'], '/fault-html.json');
    await until(() => stateOf(el!) !== 'loading');
    expect(text(el!)).to.match(/HTML page.*line 1, column 1|line 1, column 1.*HTML page/);
    // The file may be fixed on the server: "Try again" fetches it again.
    fetchStub.resolves(json(A));
    retryButton(el!)!.click();
    await until(() => text(el!).includes(A.title));
  });

  it('a source that changes between loads: retry() shows the new version', async () => {
    fetchStub.onFirstCall().callsFake(async () => json(A));
    fetchStub.onSecondCall().callsFake(async () => json(B));
    const [el] = await mount(['workshop-header'], '/fault-changing.json');
    await until(() => stateOf(el!) === 'ready');
    expect(text(el!)).to.contain(A.title);
    el!.retry();
    await until(() => text(el!).includes(B.title));
    expect(text(el!)).not.to.contain(A.title);
    expect(fetchStub.callCount).to.equal(2);
  });

  it('a <workshop-data> provider: reload() shows the new version, and its errors reach the elements inside', async () => {
    fetchStub.onFirstCall().resolves(new Response('gone', { status: 404, statusText: 'Not Found' }));
    fetchStub.onSecondCall().callsFake(async () => json(B));
    const host = document.createElement('div');
    host.className = 'network-host';
    const provider = document.createElement('workshop-data') as HTMLElement & { reload(): void };
    const inner = document.createElement('workshop-header');
    provider.append(inner);
    host.append(provider);
    provider.setAttribute('src', '/fault-provider.json');
    document.body.append(host);
    await until(() => stateOf(inner) === 'error');
    expect(text(inner)).to.contain('not found');
    provider.reload();
    await until(() => stateOf(inner) === 'ready');
    expect(text(inner)).to.contain(B.title);
  });

  it('an element removed while loading: no error, and no update after removal', async () => {
    let answer!: (response: Response) => void;
    fetchStub.callsFake(() => new Promise<Response>((resolve) => (answer = resolve)));
    const [el] = await mount(['workshop-header'], '/fault-removed.json');
    await el!.updateComplete;
    const before = el!.shadowRoot!.innerHTML;
    const events: string[] = [];
    el!.addEventListener('ww-load', () => events.push('ww-load'));
    el!.addEventListener('ww-error', () => events.push('ww-error'));
    el!.remove();
    answer(json(A));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await el!.updateComplete;
    expect(el!.shadowRoot!.innerHTML, 'the removed element did not render the late answer').to.equal(before);
    expect(events, 'no events from a removed element').to.deep.equal([]);
    // Put back, it shows the loaded file (from the shared cache), not a stale spinner.
    document.querySelector('.network-host')!.append(el!);
    await until(() => stateOf(el!) === 'ready');
    expect(text(el!)).to.contain(A.title);
  });
});
