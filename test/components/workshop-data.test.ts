import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/workshop-data/workshop-data.js';
import '../../src/components/workshop-header/workshop-header.js';
import type { WorkshopData } from '../../src/components/workshop-data/workshop-data.js';
import { clearWorkshopCache } from '../../src/data/load.js';

const SEED = '/demo/workshops/sim2science-icml2026.json';

function title(el: Element): string | null | undefined {
  return el.shadowRoot?.querySelector('h1')?.textContent;
}

async function settled(...elements: Element[]): Promise<void> {
  for (let i = 0; i < 20 && elements.some((el) => !title(el)); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    await Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  }
}

describe('<workshop-data>', () => {
  beforeEach(() => clearWorkshopCache());
  afterEach(() => sinon.restore());

  it('fetches a URL once for every element that needs it', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    const el = await fixture(html`<div>
      <workshop-header src=${SEED}></workshop-header>
      <workshop-header src=${SEED}></workshop-header>
      <workshop-data src=${SEED}><workshop-header></workshop-header></workshop-data>
    </div>`);
    const headers = [...el.querySelectorAll('workshop-header')];
    await settled(...headers);
    expect(headers.map(title)).to.deep.equal(Array(3).fill('Sim2Science: ML with Imperfect Scientific Models'));
    expect(fetchSpy.getCalls().filter((call) => String(call.args[0]).endsWith(SEED))).to.have.length(1);
  });

  it('serves elements that upgraded before the provider was defined', async () => {
    // A fresh tag name stands for a provider whose definition arrives late (e.g. a second script).
    const { WorkshopData } = await import('../../src/components/workshop-data/workshop-data.component.js');
    const host = await fixture(html`<late-workshop-data src=${SEED}><workshop-header></workshop-header></late-workshop-data>`);
    const header = host.querySelector('workshop-header')!;
    await header.updateComplete;
    expect(title(header)).to.equal(undefined);
    customElements.define('late-workshop-data', class extends WorkshopData {});
    await settled(header);
    expect(title(header)).to.equal('Sim2Science: ML with Imperfect Scientific Models');
  });

  it('serves elements added later and elements moved to another provider', async () => {
    const root = await fixture(html`<div>
      <workshop-data id="a"><script type="application/json">{"title": "Workshop A"}</script></workshop-data>
      <workshop-data id="b"><script type="application/json">{"title": "Workshop B"}</script></workshop-data>
    </div>`);
    const header = document.createElement('workshop-header');
    root.querySelector('#a')!.append(header);
    await settled(header);
    expect(title(header)).to.equal('Workshop A');
    root.querySelector('#b')!.append(header);
    for (let i = 0; i < 20 && title(header) !== 'Workshop B'; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(title(header)).to.equal('Workshop B');
  });

  it('is asked for data only by elements that have no data or src of their own', async () => {
    // Unanswered requests wait at the page's context root for good, so asking needlessly would grow it on every mount.
    const asked: string[] = [];
    const record = (event: Event) => asked.push((event.composedPath()[0] as Element).id);
    document.addEventListener('context-request', record, true);
    try {
      const root = await fixture(html`<div>
        <workshop-header id="with-data" .data=${{ title: 'Own data' }}></workshop-header>
        <workshop-header id="with-src" src=${SEED}></workshop-header>
        <workshop-data><script type="application/json">{"title": "Provided"}</script><workshop-header id="inside"></workshop-header></workshop-data>
      </div>`);
      const withData = root.querySelector<HTMLElement & { data?: unknown }>('#with-data')!;
      expect(asked).to.deep.equal(['inside']);
      // Without its own data it turns to the provider, like any other element.
      root.querySelector('workshop-data')!.append(withData);
      withData.data = undefined;
      await settled(withData);
      expect(asked).to.deep.equal(['inside', 'with-data']);
      expect(title(withData)).to.equal('Provided');
    } finally {
      document.removeEventListener('context-request', record, true);
    }
  });

  it('re-reads inline JSON edited in place and announces the new state', async () => {
    const provider = await fixture<WorkshopData>(html`<workshop-data><script type="application/json">{"title": "Before"}</script><workshop-header></workshop-header></workshop-data>`);
    const header = provider.querySelector('workshop-header')!;
    await settled(header);
    const changed = oneEvent(provider, 'ww-data-change');
    provider.querySelector('script')!.textContent = '{"title": "After"}';
    const event = await changed;
    expect(event.detail.state.status).to.equal('ready');
    await header.updateComplete;
    expect(title(header)).to.equal('After');
  });

  it('gives schema errors a path and keeps other providers on the page working', async () => {
    const root = await fixture(html`<div>
      <workshop-data id="bad"><script type="application/json">{"title": 42}</script><workshop-header></workshop-header></workshop-data>
      <workshop-data id="good"><script type="application/json">{"title": "Fine"}</script><workshop-header></workshop-header></workshop-data>
    </div>`);
    const [bad, good] = [...root.querySelectorAll('workshop-header')];
    await settled(good!);
    await bad!.updateComplete;
    expect(bad!.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('at title: expected text; found 42');
    // Inline JSON only changes when the page does (the provider re-reads it then): no "Try again" button.
    expect(bad!.shadowRoot!.querySelector('[part=error] button')).to.be.null;
    expect(title(good!)).to.equal('Fine');
    await expect(bad).to.be.accessible();
  });

  it('reports network failures as a state and recovers on reload', async () => {
    const stub = sinon.stub(window, 'fetch');
    stub.onFirstCall().rejects(new TypeError('Failed to fetch'));
    stub.callThrough();
    const provider = await fixture<WorkshopData>(html`<workshop-data src=${SEED}><workshop-header></workshop-header></workshop-data>`);
    const header = provider.querySelector('workshop-header')!;
    for (let i = 0; i < 20 && provider.state.status !== 'error'; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(provider.state.status).to.equal('error');
    await header.updateComplete;
    expect(header.shadowRoot!.textContent).to.contain('the network request failed');
    // The element has no URL of its own: its "Try again" asks the provider.
    header.shadowRoot!.querySelector<HTMLButtonElement>('[part=error] button')!.click();
    await settled(header);
    expect(title(header)).to.equal('Sim2Science: ML with Imperfect Scientific Models');
  });
});
