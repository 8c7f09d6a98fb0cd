import { expect, nextFrame } from '@open-wc/testing';
import { elementLoader } from '../../src/internal/element-loader.js';

let counter = 0;

/** Fake element modules: each load is counted, and defines its tag as importing a real element module would. */
function fakeModules(...names: string[]) {
  const suffix = ++counter;
  const tags = names.map((name) => `ww-${name}-${suffix}`);
  const calls: Record<string, number> = Object.fromEntries(tags.map((tag) => [tag, 0]));
  const failing = new Set<string>();
  const loaders = Object.fromEntries(
    tags.map((tag) => [
      tag,
      async () => {
        calls[tag]!++;
        if (failing.has(tag)) throw new Error(`no network for ${tag}`);
        if (!customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
      },
    ]),
  );
  return { tags, calls, failing, loader: elementLoader(loaders) };
}

/** A document of its own, so that observers started by one test never see another test's tags. */
function freshDocument(): Document {
  return document.implementation.createHTMLDocument('loader');
}

describe('elementLoader', () => {
  it('imports the tags a document holds when started, and only those', async () => {
    const { tags, calls, loader } = fakeModules('present', 'absent');
    const doc = freshDocument();
    doc.body.innerHTML = `<main><${tags[0]}></${tags[0]}></main>`;
    loader.start(doc);
    await loader.load(tags[0]!);
    expect(calls[tags[0]!]).to.equal(1);
    expect(calls[tags[1]!]).to.equal(0);
  });

  it('imports a tag added later, also deep inside an added subtree, once however often it appears', async () => {
    const { tags, calls, loader } = fakeModules('later');
    const doc = freshDocument();
    loader.start(doc);
    expect(calls[tags[0]!]).to.equal(0);
    const section = doc.createElement('section');
    section.innerHTML = `<div><${tags[0]}></${tags[0]}></div>`;
    doc.body.append(section);
    await nextFrame();
    doc.body.append(doc.createElement(tags[0]!));
    await nextFrame();
    expect(calls[tags[0]!]).to.equal(1);
    expect(customElements.get(tags[0]!)).to.exist;
  });

  it('reports a failed import and tries again on the next request', async () => {
    const { tags, calls, failing, loader } = fakeModules('flaky');
    const tag = tags[0]!;
    failing.add(tag);
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      await loader.load(tag).then(
        () => expect.fail('the load should fail'),
        (error: Error) => expect(error.message).to.contain('no network'),
      );
    } finally {
      console.error = original;
    }
    expect(String(logged[0]?.[0])).to.contain(`could not load <${tag}>`);
    failing.delete(tag);
    await loader.load(tag);
    expect(calls[tag]).to.equal(2);
    expect(customElements.get(tag)).to.exist;
  });

  it('loads every tag it knows on request, for tags inside shadow roots it cannot see', async () => {
    const { tags, calls, loader } = fakeModules('one', 'two');
    expect(loader.tags).to.deep.equal(tags);
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = `<${tags[0]}></${tags[0]}>`;
    document.body.append(host);
    loader.start(freshDocument());
    await nextFrame();
    expect(calls[tags[0]!]).to.equal(0);
    await loader.loadAll();
    expect(tags.map((tag) => calls[tag])).to.deep.equal([1, 1]);
    host.remove();
  });

  it('rejects a tag it does not load', async () => {
    const { loader } = fakeModules('known');
    await loader.load('ww-unknown').then(
      () => expect.fail('should reject'),
      (error: Error) => expect(error.message).to.contain('<ww-unknown>'),
    );
  });
});
