import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/workshop-contact/workshop-contact.js';
import type { WorkshopContact } from '../../src/components/workshop-contact/workshop-contact.js';
import { clearWorkshopCache } from '../../src/data/load.js';
import { loadMarkdown } from '../../src/internal/markdown.js';
import { validateWorkshop } from '../../src/data/index.js';

const workshop = {
  title: 'Contact workshop',
  contact: {
    email: 'sim2science@example.org',
    text: 'Questions? Write to the organizers or join **Slack**.',
    links: [
      { label: 'Slack', url: 'https://slack.example.org/join' },
      { label: 'Form', url: '/contact-form' },
    ],
  },
};

const shadow = (el: HTMLElement) => el.shadowRoot!;

describe('<workshop-contact>', () => {
  before(() => loadMarkdown());
  beforeEach(() => clearWorkshopCache());

  it('shows the email as a visible mailto link, the markdown text and the other links', async () => {
    const el = await fixture<WorkshopContact>(html`<workshop-contact .data=${workshop}></workshop-contact>`);
    const email = shadow(el).querySelector('a[part~=email]')!;
    expect(email.getAttribute('href')).to.equal('mailto:sim2science@example.org');
    expect(email.textContent).to.equal('sim2science@example.org');
    expect(email.hasAttribute('target')).to.equal(false);
    expect(shadow(el).querySelector('[part=text] strong')!.textContent).to.equal('Slack');
    const links = [...shadow(el).querySelectorAll('[part=links] a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['Slack', 'https://slack.example.org/join'],
      ['Form', '/contact-form'],
    ]);
    expect(links[0]!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(links[1]!.hasAttribute('target')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('drops an invalid email and a javascript: link, reporting both, and strips script from the text', async () => {
    const el = document.createElement('workshop-contact') as WorkshopContact;
    const reported = oneEvent(el, 'ww-error');
    el.data = {
      title: 'x',
      contact: {
        email: 'a@b.org?cc=victim@example.org&body=<script>',
        text: 'Hi <script>window.contactHacked = 1</script><img src="/y.png" onerror="window.contactHacked = 2">',
        links: [{ label: 'Evil', url: 'javascript:alert(1)' }, { label: 'Fine', url: 'https://fine.example.org' }],
      },
    };
    document.body.append(el);
    const event = await reported;
    const paths = event.detail.issues.map((issue: { path: string }) => issue.path);
    expect(paths).to.include.members(['contact.email', 'contact.links[0].url']);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~=email]')).to.equal(null);
    expect([...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://fine.example.org']);
    expect(shadow(el).querySelector('script, [onerror]')).to.equal(null);
    expect((window as unknown as { contactHacked?: number }).contactHacked).to.equal(undefined);
    el.remove();
  });

  it('shows an email without text or links, and is accessible in dark mode', async () => {
    const el = await fixture<WorkshopContact>(html`<workshop-contact theme="dark" .data=${{ title: 'x', contact: { email: 'only@example.org' } }}></workshop-contact>`);
    expect(shadow(el).querySelector('address')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Email: only@example.org');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('shows empty and error states', async () => {
    const empty = await fixture<WorkshopContact>(html`<workshop-contact .data=${{ title: 'x' }}></workshop-contact>`);
    expect(shadow(empty).querySelector('[part=empty]')!.textContent).to.equal('Contact details will be announced.');
    const missing = await fixture<WorkshopContact>(html`<workshop-contact src="/test/fixtures/missing.json"></workshop-contact>`);
    expect(shadow(missing).querySelector('[part=loading]')).to.exist;
    await oneEvent(missing, 'ww-error');
    await missing.updateComplete;
    expect(shadow(missing).querySelector('[part=error]')).to.exist;
  });

  it('wraps a long address at 320px', async () => {
    const el = await fixture<WorkshopContact>(html`<workshop-contact style="width:320px" .data=${{ title: 'x', contact: { email: 'a-very-long-mailbox-name-for-the-workshop@some-long-university-domain.example.org' } }}></workshop-contact>`);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('keeps an address written out against harvesters exactly as written, as text and never as a link', async () => {
    for (const written of ['mlmp [at] example [dot] org', 'mlmp(at)example.org', 'mlmp {AT} example.org']) {
      const data = { title: 'x', contact: { email: written } };
      const { issues } = validateWorkshop(data);
      expect(issues, written).to.deep.equal([]);
      const el = await fixture<WorkshopContact>(html`<workshop-contact .data=${data}></workshop-contact>`);
      const email = shadow(el).querySelector('[part~=email]')!;
      expect(email.tagName).to.equal('SPAN');
      expect(email.textContent).to.equal(written);
      expect(shadow(el).querySelector('a')).to.equal(null);
      await expect(el).to.be.accessible();
    }
    // What is neither an address nor one written out is still refused.
    for (const bad of ['write to us at the desk', 'a@b.org?cc=victim@example.org', 'a@b.org?subject=hi']) {
      expect(validateWorkshop({ title: 'x', contact: { email: bad } }).issues.map((issue) => issue.path), bad).to.deep.equal(['contact.email']);
    }
  });
});
