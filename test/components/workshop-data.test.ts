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
    expect(bad!.shadowRoot!.querySelector('[role=alert]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Workshop information could not be shown. The "title" of the workshop description should be text, found 42.');
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

  describe('schema.org Event data (JSON-LD)', () => {
    const OURS = 'script[type="application/ld+json"][data-workshop-widgets]';
    const summer = {
      title: 'JSON-LD Workshop',
      date: '2026-07-15',
      timeZone: 'America/New_York',
      venue: { name: 'Hall B', city: 'Boston', country: 'USA' },
      modes: ['in-person'],
      schedule: { days: [{ date: '2026-07-15', items: [{ start: '09:00', end: '17:00', title: 'Talks' }] }] },
    };
    const ours = () => [...document.querySelectorAll<HTMLScriptElement>(OURS)];
    const parsed = () => ours().map((script) => JSON.parse(script.textContent!));
    const pause = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));
    async function until(condition: () => boolean): Promise<void> {
      for (let i = 0; i < 40 && !condition(); i++) await pause(25);
    }
    const added: Element[] = [];
    function pageScript(value: unknown, parent: Element = document.head): void {
      const script = Object.assign(document.createElement('script'), { type: 'application/ld+json', textContent: JSON.stringify(value) });
      parent.append(script);
      added.push(script);
    }
    // The module loads on demand; once it is in, a provider writes within a task after its data is ready.
    before(() => import('../../src/data/json-ld.js'));
    afterEach(() => added.splice(0).forEach((element) => element.remove()));

    it('adds one Event script to the head once the data is ready, with the name and the start with its offset', async () => {
      const provider = await fixture<WorkshopData>(html`<workshop-data .data=${summer}></workshop-data>`);
      await until(() => ours().length > 0);
      expect(ours()).to.have.length(1);
      expect(ours()[0]!.parentElement).to.equal(document.head);
      const [data] = parsed();
      expect(data['@type']).to.equal('Event');
      expect(data.name).to.equal('JSON-LD Workshop');
      expect(data.startDate).to.equal('2026-07-15T09:00:00-04:00');
      expect(data.endDate).to.equal('2026-07-15T17:00:00-04:00');
      expect(data.location.address.addressLocality).to.equal('Boston');
      expect(provider.state.status).to.equal('ready');
    });

    it('describes a workshop loaded from src, with relative images resolved against the page', async () => {
      await fixture(html`<workshop-data src="/demo/workshops/default.json"></workshop-data>`);
      await until(() => ours().length > 0);
      const [data] = parsed();
      expect(data.name).to.equal('Workshop on Scientific Foundation Models: From Simulation to Discovery');
      expect(data.startDate).to.equal('2027-04-26T08:30:00+02:00');
      expect(data.image[0]).to.equal(new URL('images/banner.svg', location.href).href);
    });

    it('adds nothing when the page already describes an Event (in an @graph, as a subtype, anywhere in the page)', async () => {
      pageScript({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': 'EducationEvent', name: 'Prerendered' }] }, document.body);
      const provider = await fixture<WorkshopData>(html`<workshop-data .data=${summer}></workshop-data>`);
      await until(() => provider.state.status === 'ready');
      await pause(100);
      expect(ours()).to.have.length(0);
    });

    it('still adds its Event when the page has other ld+json (an Organization, broken JSON)', async () => {
      pageScript({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Lab' });
      const broken = Object.assign(document.createElement('script'), { type: 'application/ld+json', textContent: '{ not json' });
      document.head.append(broken);
      added.push(broken);
      await fixture(html`<workshop-data .data=${summer}></workshop-data>`);
      await until(() => ours().length > 0);
      expect(parsed().map((data) => data.name)).to.deep.equal(['JSON-LD Workshop']);
    });

    it('updates its own script when the data changes, and removes it when the day becomes unknown', async () => {
      const provider = await fixture<WorkshopData>(html`<workshop-data .data=${summer}></workshop-data>`);
      await until(() => ours().length > 0);
      const script = ours()[0];
      provider.data = { ...summer, title: 'Renamed Workshop', date: '2026-01-15', schedule: { days: [{ date: '2026-01-15', items: [{ start: '09:00', title: 'Talks' }] }] } };
      await until(() => parsed()[0]?.name === 'Renamed Workshop');
      expect(ours()).to.deep.equal([script]);
      expect(parsed()[0].startDate).to.equal('2026-01-15T09:00:00-05:00');
      provider.data = { ...summer, dateTbd: true };
      await until(() => ours().length === 0);
      expect(ours()).to.have.length(0);
      provider.data = { ...summer, title: 'Back Again' };
      await until(() => ours().length > 0);
      expect(parsed().map((data) => data.name)).to.deep.equal(['Back Again']);
    });

    it('follows inline JSON edited in place, and drops the script when the JSON breaks', async () => {
      const provider = await fixture<WorkshopData>(html`<workshop-data><script type="application/json">${JSON.stringify(summer)}</script></workshop-data>`);
      await until(() => ours().length > 0);
      provider.querySelector('script')!.textContent = JSON.stringify({ ...summer, title: 'Edited' });
      await until(() => parsed()[0]?.name === 'Edited');
      expect(parsed().map((data) => data.name)).to.deep.equal(['Edited']);
      provider.querySelector('script')!.textContent = '{ broken';
      await until(() => ours().length === 0);
      expect(ours()).to.have.length(0);
    });

    it('goes away when the provider is disconnected and comes back when it returns', async () => {
      const provider = await fixture<WorkshopData>(html`<workshop-data .data=${summer}></workshop-data>`);
      await until(() => ours().length > 0);
      const parent = provider.parentElement!;
      provider.remove();
      expect(ours()).to.have.length(0);
      parent.append(provider);
      await until(() => ours().length > 0);
      expect(ours()).to.have.length(1);
      provider.remove();
      expect(ours()).to.have.length(0);
    });

    it('a second provider on the page adds no second Event', async () => {
      await fixture(html`<div>
        <workshop-data .data=${summer}></workshop-data>
        <workshop-data .data=${{ ...summer, title: 'Second' }}></workshop-data>
      </div>`);
      await until(() => ours().length > 0);
      await pause(100);
      expect(ours()).to.have.length(1);
    });

    it('a name that tries to close the script stays data', async () => {
      const alert = sinon.stub(window, 'alert');
      const title = 'Bad </script><script>alert(1)</script> <!-- name';
      await fixture(html`<workshop-data .data=${{ ...summer, title }}></workshop-data>`);
      await until(() => ours().length > 0);
      expect(ours()[0]!.textContent).not.to.match(/<\/script/i);
      expect(parsed()[0].name).to.equal(title);
      // Serialized as HTML (what a prerendered or saved page holds), it is still one script.
      const holder = document.createElement('div');
      holder.innerHTML = ours()[0]!.outerHTML;
      expect(holder.querySelectorAll('script')).to.have.length(1);
      expect(JSON.parse(holder.querySelector('script')!.textContent!).name).to.equal(title);
      expect(alert.called).to.equal(false);
    });
  });
});
