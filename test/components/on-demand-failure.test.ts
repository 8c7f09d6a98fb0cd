// Code loaded on demand whose download fails (the connection dropped after the page loaded): the words for a
// file's problems (issue-notice), the words for JSON that does not parse (json-text), the BibTeX writer and the
// calendar-file writer (ics).
// The test page gets 404 for them (the `refuse-modules` command of web-test-runner.config.mjs); a page of its
// own, so no other test has loaded them first. Each element must still show something usable and
// report what happened.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/add-to-calendar/add-to-calendar.js';
import '../../src/components/paper-list/paper-list.js';
import '../../src/components/workshop-data/workshop-data.js';
import '../../src/components/workshop-header/workshop-header.js';
import type { WorkshopErrorDetail } from '../../src/internal/workshop-element.js';
import { captureDownloads } from '../helpers/downloads.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Which modules this page asked for, and the status each got. */
const asked = (name: string) =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => new RegExp(`/${name}\\.ts\\b`).test(entry.name))
    .map((entry) => (entry as PerformanceResourceTiming).responseStatus);

type Host = HTMLElement & { data?: unknown; updateComplete: Promise<unknown>; requestUpdate(): void };

const valid = { title: 'Valid Workshop', date: '2027-04-26', timeZone: 'Europe/Vienna' };

describe('code loaded on demand that fails to load', () => {
  before(() => executeServerCommand('refuse-modules', { modules: ['json-text', 'issue-notice', 'bibtex', 'ics'] }));
  afterEach(() => sinon.restore());

  it('inline text that is not JSON: says so without the line and column, and reports the error', async () => {
    const provider = document.createElement('workshop-data');
    provider.innerHTML = '<script type="application/json">{"title": }</script><workshop-header></workshop-header>';
    const header = provider.querySelector<Host>('workshop-header')!;
    const reported = oneEvent(provider, 'ww-error');
    (await fixture(html`<div></div>`)).append(provider);
    const { detail } = (await reported) as CustomEvent<WorkshopErrorDetail>;
    await header.updateComplete;
    expect(detail.error).to.include({ kind: 'json', message: 'Could not read the inline workshop JSON: it is not valid JSON.' });
    const error = header.shadowRoot!.querySelector('[part=error]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.equal('Workshop information could not be shown. Could not read the inline workshop JSON: it is not valid JSON.');
    expect(asked('json-text')).to.deep.equal([404]);
    await expect(header).to.be.accessible();
  });

  it('a file with problems: shows the valid parts and reports each problem by its path, without its words', async () => {
    const el = document.createElement('workshop-header') as Host;
    const reported: WorkshopErrorDetail[] = [];
    el.addEventListener('ww-error', (event) => reported.push((event as CustomEvent<WorkshopErrorDetail>).detail));
    el.data = { ...valid, tagline: 5, hashtag: '#vw' };
    (await fixture(html`<div></div>`)).append(el);
    // updateComplete waits for the words, and settles when they cannot come.
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('h1, h2'))).to.equal('Valid Workshop');
    expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    expect(reported).to.have.length(1);
    expect(reported[0]!.error).to.equal(null);
    expect(reported[0]!.issues.map((issue) => [issue.path, issue.effect, issue.message])).to.have.deep.members([
      ['tagline', 'ignored', 'This problem could not be described (a script did not load).'],
      ['hashtag', 'ignored', 'This problem could not be described (a script did not load).'],
    ]);
    // The reader still learns that something is left out, in the page's words.
    expect(text(el.shadowRoot!.querySelector('[part=issues]'))).to.equal(
      'The workshop file has 2 problems that could not be described here (a script did not load): what they affect may be missing.',
    );
    // Tried once for the page, not once per render.
    el.requestUpdate();
    await el.updateComplete;
    expect(asked('issue-notice')).to.deep.equal([404]);
    expect(reported).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('BibTeX: announces that it could not load, and copies nothing', async () => {
    const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const data = { ...valid, papers: [{ id: 'p1', title: 'A paper', authors: ['Ada Lovelace'] }] };
    const el = await fixture<Host>(html`<paper-list no-url-state .data=${data}></paper-list>`);
    const copied = sinon.spy();
    el.addEventListener('ww-copy', copied);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy"]')!.click();
    const announced = () => [...el.shadowRoot!.querySelectorAll('[role=status]')].map(text);
    const failed = 'Could not load BibTeX: check the connection and try again.';
    for (let i = 0; i < 40 && !announced().includes(failed); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(announced()).to.include(failed);
    expect(write.called).to.equal(false);
    expect(copied.called).to.equal(false);
    expect(asked('bibtex')).to.deep.equal([404]);
    await expect(el).to.be.accessible();
    // The connection is back: the next click loads the writer and copies.
    await executeServerCommand('refuse-modules', { modules: [] });
    const copiedNow = oneEvent(el, 'ww-copy');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy"]')!.click();
    expect(((await copiedNow) as CustomEvent<{ copied: boolean }>).detail.copied).to.equal(true);
    expect(write.calledOnce).to.equal(true);
    expect(asked('bibtex')).to.deep.equal([404, 200]);
  });

  it('calendar file: downloads nothing, says so under the button, and downloads on the next click once the writer loads', async () => {
    await executeServerCommand('refuse-modules', { modules: ['ics'] });
    const saved = captureDownloads();
    const warn = sinon.stub(console, 'warn');
    const data = { ...valid, shortName: 'VW', importantDates: [{ id: 'submission', label: 'Submission deadline', date: '2030-02-01' }] };
    const el = await fixture<Host>(html`<add-to-calendar .data=${data}></add-to-calendar>`);
    const downloaded = sinon.spy();
    el.addEventListener('ww-calendar-download', downloaded);
    const button = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=download-button]')!;
    button().click();
    for (let i = 0; i < 40 && !warn.called; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(String(warn.firstCall?.args[0])).to.equal('workshop-widgets: could not load the calendar-file code; check the connection and click again.');
    expect(saved).to.have.length(0);
    expect(downloaded.called).to.equal(false);
    expect(asked('ics')).to.deep.equal([404]);
    // The reader is told in words, in a status region under the button, not only the console.
    const failure = () => el.shadowRoot!.querySelector('[part=calendar-failed]')!;
    await el.updateComplete;
    expect(failure().getAttribute('role')).to.equal('status');
    expect(failure().textContent).to.equal('Could not make the calendar file: check the connection and try again.');
    await expect(el).to.be.accessible();
    await executeServerCommand('refuse-modules', { modules: [] });
    const fired = oneEvent(el, 'ww-calendar-download');
    button().click();
    await fired;
    expect(saved.map((file) => file.filename)).to.deep.equal(['vw-workshop.ics']);
    expect(asked('ics')).to.deep.equal([404, 200]);
    await el.updateComplete;
    expect(failure().textContent).to.equal('');
  });
});
