// Other languages: every word an element shows comes from its language's catalogue (src/data/messages), chosen by
// `lang` on the element or any ancestor (changed at run time too); organizers' names and titles read in their
// own direction inside the UI's.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import { en, LANGUAGES, loadMessages, type Catalogue, type Language } from '../../src/data/messages/index.js';
import { enProgram } from '../../src/data/messages/en-program.js';
import { clearWorkshopCache } from '../../src/data/load.js';
import { loadMarkdown } from '../../src/internal/markdown.js';
import type { WorkshopErrorDetail } from '../../src/internal/workshop-element.js';

const TAGS = [
  'workshop-header', 'workshop-dates', 'countdown-deadline', 'add-to-calendar', 'workshop-tracks', 'workshop-topics', 'speaker-grid',
  'people-grid', 'committee-list', 'workshop-schedule', 'paper-list', 'sponsor-wall', 'workshop-faq', 'workshop-contact', 'workshop-sections',
  'workshop-page',
];

type Words = Set<string>;
const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** Every word a catalogue can say: texts without their placeholders, and every plural form of the others. */
function catalogueWords(catalogue: Catalogue): Words {
  const words = new Set<string>();
  for (const message of Object.values(catalogue)) {
    const text =
      typeof message === 'function'
        ? (message as (p: unknown, plural: (n: number, forms: Record<string, string>) => string) => string)(new Proxy({}, { get: () => 2 }), (_, forms) => Object.values(forms).join(' '))
        : message;
    for (const word of wordsOf(text.replace(/\{\w+\}/g, ' '))) words.add(word);
  }
  return words;
}

/** Words Intl writes in a language (relative times, month and day names): the page's language, whatever the catalogue says. */
function intlWords(language: Language): Words {
  const words = new Set<string>();
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const unit of ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const) for (const n of [-2, -1, 0, 1, 2]) for (const word of wordsOf(relative.format(n, unit))) words.add(word);
  for (let month = 0; month < 12; month++) {
    for (const style of ['long', 'short'] as const) for (const word of wordsOf(new Intl.DateTimeFormat(language, { month: style, weekday: style, timeZone: 'UTC' }).format(Date.UTC(2027, month, month + 1)))) words.add(word);
  }
  return words;
}

/** Every word of every text in the workshop file: those are the organizers', never translated. */
function dataWords(value: unknown, words: Words = new Set()): Words {
  if (typeof value === 'string') for (const word of wordsOf(value)) words.add(word);
  else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) dataWords(key, words), dataWords(inner, words);
  return words;
}

/** The text an element shows and says (text, aria-label, title, alt, placeholder), through nested shadow roots, without the page's own slotted content. */
function shownText(root: ShadowRoot | Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!(node.parentElement?.closest('style'))) parts.push(node.textContent!);
      return;
    }
    if (node instanceof Element) {
      // Initials stand for a name from the file.
      if (node.localName === 'style' || node.localName === 'slot' || node.matches('[part~=avatar]')) return;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) if (node.hasAttribute(name)) parts.push(node.getAttribute(name)!);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join(' ');
}

let workshop: Record<string, unknown>;
const catalogues = new Map<Language, Catalogue>([['en', { ...en, ...enProgram } as unknown as Catalogue]]);
let clock: sinon.SinonFakeTimers | undefined;

before(async () => {
  workshop = await (await fetch('/demo/workshops/default.json')).json();
  await loadMarkdown();
});

/** Loads every language (the first test needs one that is not loaded yet). */
async function loadAll(): Promise<void> {
  for (const language of LANGUAGES) {
    if (language === 'en') continue;
    await loadMessages(language);
    catalogues.set(language, (await import(`../../src/data/messages/${language}.ts`)).default);
  }
}

beforeEach(() => {
  clearWorkshopCache();
  // Before the submission deadline: the countdown counts, the dates have a next one, the tracks are open.
  clock = sinon.useFakeTimers({ now: Date.parse('2027-01-25T10:00:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  clock?.restore();
  document.documentElement.removeAttribute('lang');
});

async function settle(root: Element): Promise<void> {
  for (let i = 0; i < 4; i++) {
    const elements = [root, ...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? el.shadowRoot.querySelectorAll('*') : [])]);
    await Promise.all(elements.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Every workshop element once (dates twice: list and table), inside one provider. */
async function page(lang: string | null) {
  const data = await fixture(html`<workshop-data .data=${workshop}>
    ${TAGS.map((tag) => {
      const el = document.createElement(tag);
      return el;
    })}
    <workshop-dates layout="table"></workshop-dates>
  </workshop-data>`);
  if (lang) data.setAttribute('lang', lang);
  await settle(data);
  return data;
}

const elementsOf = (data: Element) => [...data.children].filter((el) => el.shadowRoot);

/** The words of `language`'s UI that another language's page must not show: its own words, minus words the two share and the file's words. */
function foreignWords(foreign: Language, shown: Language): Words {
  const own = new Set([...catalogueWords(catalogues.get(shown)!), ...intlWords(shown)]);
  const file = dataWords(workshop);
  return new Set([...catalogueWords(catalogues.get(foreign)!)].filter((word) => !own.has(word) && !file.has(word)));
}

function leftovers(data: Element, foreign: Language, shown: Language): string[] {
  const forbidden = foreignWords(foreign, shown);
  return elementsOf(data).flatMap((el) => {
    const words = new Set(wordsOf(shownText(el.shadowRoot!)));
    return [...forbidden].filter((word) => words.has(word)).map((word) => `<${el.localName}>: ${word}`);
  });
}

describe('a language not loaded yet', () => {
  it('renders its first render in that language, never English first', async () => {
    const el = document.createElement('workshop-contact') as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
    el.setAttribute('lang', 'es-MX');
    el.data = { title: 'T' };
    document.body.append(el);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    // Waiting for the Spanish words: nothing rendered yet, in particular no English.
    expect(el.shadowRoot!.textContent!.trim()).to.equal('');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent!.trim()).to.equal('Los datos de contacto se anunciarán más adelante.');
    el.remove();
  });
});

describe('other languages', function () {
  this.timeout(60_000);
  before(loadAll);

  for (const language of ['de', 'fr', 'es', 'pt', 'zh'] as const) {
    it(`lang="${language}" on <workshop-data> leaves no English word in any element`, async () => {
      const data = await page(language);
      // The check means something: in English, the same elements say plenty of these words.
      expect(leftovers(data, 'en', language)).to.deep.equal([]);
      // And it says its own: the page's headings, the dates' reader time, the paper count.
      const words = catalogues.get(language)!;
      expect(shownText(data.querySelector('workshop-page')!.shadowRoot!)).to.include(words.importantDates).and.include(words.invitedSpeakers);
      expect(shownText(data.querySelector('workshop-dates')!.shadowRoot!)).to.include(words.yourTimeIs);
      data.removeAttribute('lang');
      await settle(data);
      expect(leftovers(data, 'en', language).length, 'the English page shows English words').to.be.greaterThan(40);
    });
  }

  it('follows `lang` changed at run time on <workshop-data>, then on <html>, and back, in every element (nested ones too)', async () => {
    const data = await page('de');
    const headings = () => [...data.querySelector('workshop-page')!.shadowRoot!.querySelectorAll('section[part=section] > [part=heading]')].map((h) => h.textContent);
    expect(headings()).to.include('Wichtige Termine');
    data.setAttribute('lang', 'fr');
    await settle(data);
    expect(leftovers(data, 'de', 'fr')).to.deep.equal([]);
    expect(leftovers(data, 'en', 'fr')).to.deep.equal([]);
    expect(headings()).to.include('Dates importantes');
    // No `lang` on the provider: <html> decides.
    data.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'es');
    await settle(data);
    expect(leftovers(data, 'fr', 'es')).to.deep.equal([]);
    expect(leftovers(data, 'en', 'es')).to.deep.equal([]);
    expect(headings()).to.include('Fechas importantes');
    document.documentElement.setAttribute('lang', 'zh-Hans-CN');
    await settle(data);
    expect(leftovers(data, 'en', 'zh')).to.deep.equal([]);
    expect(headings()).to.include('重要日期');
    document.documentElement.removeAttribute('lang');
    await settle(data);
    expect(leftovers(data, 'zh', 'en')).to.deep.equal([]);
    expect(leftovers(data, 'es', 'en')).to.deep.equal([]);
    expect(headings()).to.include('Important dates');
  });

  it('follows `lang` on the element itself over its ancestors', async () => {
    const data = await page('de');
    const faq = data.querySelector('workshop-faq')!;
    const toggle = () => faq.shadowRoot!.querySelector('[part=toggle-all]')!.textContent!.trim();
    expect(toggle()).to.equal('Alle aufklappen');
    faq.setAttribute('lang', 'pt-BR');
    await settle(data);
    expect(toggle()).to.equal('Expandir tudo');
    faq.removeAttribute('lang');
    await settle(data);
    expect(toggle()).to.equal('Alle aufklappen');
  });

  it('uses the organizers’ own wording from the workshop file, and reports an unknown key', async () => {
    const data = { ...workshop, messages: { de: { what: 'Ereignis', importantDate: 'Termine' }, en: { what: 'Milestone' } } };
    const errors: WorkshopErrorDetail[] = [];
    const listener = (event: Event) => errors.push((event as CustomEvent<WorkshopErrorDetail>).detail);
    document.addEventListener('ww-error', listener);
    try {
      const el = await fixture(html`<workshop-dates layout="table" lang="de" .data=${data}></workshop-dates>`);
      await settle(el);
      const header = () => el.shadowRoot!.querySelector('th[scope=col]')!.textContent;
      expect(header()).to.equal('Ereignis');
      el.setAttribute('lang', 'en');
      await settle(el);
      expect(header()).to.equal('Milestone');
      expect(errors.flatMap((detail) => detail.issues.map((issue) => `${issue.path}: ${issue.message}`))).to.include(
        'messages.de.importantDate: Unknown key "importantDate" (did you mean "importantDates"?); ignored.',
      );
    } finally {
      document.removeEventListener('ww-error', listener);
    }
  });

  it('words the notice about problems in the page’s language, and marks the problems themselves as English', async () => {
    const wrapper = await fixture(html`<div lang="de"><workshop-dates></workshop-dates></div>`);
    const el = wrapper.querySelector('workshop-dates') as HTMLElement & { data: unknown };
    el.data = { ...(workshop as object), importantDate: [], citty: 'Wien' };
    await settle(wrapper);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=issues]'), 'no notice', { timeout: 10_000 });
    const notice = el.shadowRoot!.querySelector('[part=issues]')!;
    expect(notice.querySelector('p')!.textContent!.trim()).to.equal('2 Schlüssel in der Workshop-Datei sind unbekannt und werden ignoriert:');
    const problem = notice.querySelector('li [lang=en]')!;
    expect(problem.textContent).to.contain('Unknown key');
    await expect(el).to.be.accessible();
  });

  it('is accessible in German', async () => {
    for (const tag of ['workshop-dates', 'countdown-deadline', 'workshop-schedule', 'paper-list', 'committee-list', 'workshop-tracks', 'workshop-page']) {
      const wrapper = await fixture(html`<div lang="de"><h2>Workshop</h2>${document.createElement(tag)}</div>`);
      const el = wrapper.querySelector(tag) as HTMLElement & { data: unknown };
      el.data = workshop;
      await settle(wrapper);
      expect(shownText(el.shadowRoot!), tag).not.to.include('Loading');
      await expect(el).to.be.accessible();
    }
  });
});

describe('right-to-left names and titles', () => {
  const hebrewTitle = 'מה לומדים המודלים?';
  const rtlWorkshop = {
    title: 'RTL',
    people: [
      { id: 'he', name: 'דוד לוי', affiliations: ['האוניברסיטה העברית'] },
      { id: 'ar', name: 'ليلى حسن', affiliations: ['جامعة القاهرة'] },
      { id: 'la', name: 'Ada Lovelace', affiliations: ['Analytical Engines'] },
    ],
    roles: { speakers: [{ person: 'he', talkTitle: hebrewTitle }], programCommittee: ['ar', 'la'] },
    schedule: { timeZone: 'UTC', days: [{ date: '2027-04-26', items: [{ start: '09:00', end: '10:00', title: hebrewTitle, kind: 'invited-talk', speakers: ['he'] }] }] },
  };

  /** Where one character of a text node is drawn. */
  const charRect = (node: Text, index: number) => {
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    return range.getBoundingClientRect();
  };
  const textIn = (el: Element) => [...el.childNodes].concat(...[...el.querySelectorAll('*')].map((e) => [...e.childNodes])).find((n): n is Text => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')!;

  it('reads Hebrew and Arabic names in their direction inside an English (LTR) UI', async () => {
    const speakers = await fixture(html`<speaker-grid lang="en" .data=${rtlWorkshop}></speaker-grid>`);
    const name = speakers.shadowRoot!.querySelector('[part=name]')!;
    expect(getComputedStyle(name).direction).to.equal('rtl');
    expect(name.matches(':dir(rtl)')).to.be.true;
    // The card itself stays left to right: its UI words are English.
    expect(getComputedStyle(speakers.shadowRoot!.querySelector('[part=card]')!).direction).to.equal('ltr');
    // The question mark ends the title on its left, as Hebrew reads; in an LTR run it would land on the right.
    const talk = speakers.shadowRoot!.querySelector('[part=talk] [dir=auto]')!;
    const text = textIn(talk);
    expect(charRect(text, text.length - 1).left).to.be.lessThan(charRect(text, 0).left);

    const committee = await fixture(html`<committee-list lang="en" .data=${rtlWorkshop}></committee-list>`);
    const members = [...committee.shadowRoot!.querySelectorAll('[part=member]')];
    const arabic = members.find((member) => member.textContent!.includes('ليلى'));
    const latin = members.find((member) => member.textContent!.includes('Ada'));
    expect(getComputedStyle(arabic!.querySelector('[part=name]')!).direction).to.equal('rtl');
    expect(getComputedStyle(arabic!.querySelector('[part=affiliation]')!).direction).to.equal('rtl');
    expect(getComputedStyle(latin!.querySelector('[part=name]')!).direction).to.equal('ltr');
    await expect(committee).to.be.accessible();
  });

  it('keeps an RTL name and the text after it in the UI’s order, each reading in its own direction', async () => {
    const schedule = await fixture(html`<workshop-schedule lang="en" .data=${rtlWorkshop}></workshop-schedule>`);
    const title = schedule.shadowRoot!.querySelector('.title')!;
    expect(getComputedStyle(title).direction).to.equal('rtl');
    const text = textIn(title);
    expect(charRect(text, text.length - 1).left).to.be.lessThan(charRect(text, 0).left);
    // "דוד לוי (האוניברסיטה העברית)" in one run would read as one RTL phrase, the affiliation drawn left of the
    // name; isolated, the line keeps the UI's order (name, then affiliation) and the brackets close right.
    const [name, affiliation] = [...schedule.shadowRoot!.querySelectorAll('.speakers li > [dir=auto]')];
    expect(name!.textContent).to.equal('דוד לוי');
    expect(name!.getBoundingClientRect().right).to.be.at.most(affiliation!.getBoundingClientRect().left + 1);
    const texts = [...affiliation!.childNodes].filter((node): node is Text => node.nodeType === Node.TEXT_NODE && node.textContent !== '');
    const [open, close] = [texts[0]!, texts[texts.length - 1]!];
    expect([open.textContent, close.textContent]).to.deep.equal(['(', ')']);
    expect(charRect(open, 0).left).to.be.greaterThan(charRect(close, 0).left);
    await expect(schedule).to.be.accessible();
  });
});
