// Two copies of the library on one page (a CDN script and an npm bundle) must neither crash nor split the
// page: the second registration warns, and providers of one copy serve elements of the other.
import { ContextProvider, createContext } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/workshop-header/workshop-header.js';
import { WorkshopHeader } from '../../src/components/workshop-header/workshop-header.js';
import { stateFromData, type WorkshopState } from '../../src/data/load.js';
import { defineElement } from '../../src/internal/define.js';

describe('two copies of the library on one page', () => {
  afterEach(() => sinon.restore());

  it('warns and keeps the first definition when a tag is registered again', () => {
    const warn = sinon.stub(console, 'warn');
    const SecondCopy = class extends WorkshopHeader {};
    expect(() => defineElement('workshop-header', SecondCopy)).not.to.throw();
    expect(customElements.get('workshop-header')).to.equal(WorkshopHeader);
    expect(warn.calledOnce).to.equal(true);
    expect(String(warn.firstCall.args[0])).to.contain('<workshop-header> is already defined');
    // The rest of a second copy's tags do not repeat the warning.
    defineElement('workshop-header', class extends WorkshopHeader {});
    expect(warn.calledOnce).to.equal(true);
  });

  it('does not warn when the same class is registered twice (one copy imported twice)', () => {
    const warn = sinon.stub(console, 'warn');
    defineElement('workshop-header', WorkshopHeader);
    expect(warn.called).to.equal(false);
  });

  it("serves elements from another copy's provider through the shared context key", async () => {
    // A second copy creates its own context object; only the string key is shared.
    const otherCopyContext = createContext<WorkshopState>('workshop-widgets:workshop');
    class OtherCopyProvider extends HTMLElement {
      provider = new ContextProvider(this, { context: otherCopyContext, initialValue: stateFromData({ title: 'From the other copy' }) });
    }
    customElements.define('other-copy-provider', OtherCopyProvider);
    const host = await fixture(html`<other-copy-provider><workshop-header></workshop-header></other-copy-provider>`);
    const header = host.querySelector('workshop-header')!;
    await header.updateComplete;
    expect(header.shadowRoot!.querySelector('h1')!.textContent).to.equal('From the other copy');
  });
});
