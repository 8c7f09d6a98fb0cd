import { expect } from '@open-wc/testing';
import { en as coreEnglish, loadMessages, messageLanguage, messagesReady, translate, LANGUAGES, PROGRAM_KEYS, type Catalogue, type Language, type MessageKey } from '../../src/data/messages/index.js';
import { enProgram } from '../../src/data/messages/en-program.js';

/** All of English: the words in the CDN file, and those that load with <workshop-schedule>, <paper-list>, <workshop-page>. */
const en = { ...coreEnglish, ...enProgram } as unknown as Catalogue;
import { validateWorkshop } from '../../src/data/issue-messages.js';

const others = LANGUAGES.filter((language): language is Exclude<Language, 'en'> => language !== 'en');

async function catalogue(language: Exclude<Language, 'en'>): Promise<Catalogue> {
  return (await import(`../../src/data/messages/${language}.ts`)).default as Catalogue;
}

/** A message with every parameter a recognisable value: numbers 7 (and 1 for plural), text ⟦name⟧. */
function sampleParams(message: unknown, count: number): Record<string, unknown> | undefined {
  const names = new Set<string>();
  if (typeof message === 'string') for (const [, name] of message.matchAll(/\{(\w+)\}/g)) names.add(name!);
  else {
    // The parameter names of a function message: its English text for every plural form names them.
    const text = (message as (p: unknown, plural: (n: number, forms: Record<string, string>) => string) => string)(
      new Proxy({}, { get: () => count }),
      (_, forms) => Object.values(forms).join(' '),
    );
    for (const [, name] of text.matchAll(/\{(\w+)\}/g)) names.add(name!);
  }
  if (names.size === 0) return undefined;
  return Object.fromEntries([...names].map((name) => [name, ['count', 'shown', 'total', 'min', 'max'].includes(name) ? count : `⟦${name}⟧`]));
}

describe('message catalogues', () => {
  it('maps language tags to the shipped languages', () => {
    expect(['de', 'de-CH', 'DE-at', 'fr-CA', 'es-419', 'pt-BR', 'pt-PT', 'zh', 'zh-CN', 'zh-Hans', 'zh-Hans-CN', 'en-GB'].map(messageLanguage)).to.deep.equal([
      'de', 'de', 'de', 'fr', 'es', 'pt', 'pt', 'zh', 'zh', 'zh', 'zh', 'en',
    ]);
    // Traditional Chinese and languages not shipped read English.
    expect(['zh-TW', 'zh-Hant', 'zh-HK', 'ja', 'it', '', undefined].map(messageLanguage)).to.deep.equal(['en', 'en', 'en', 'en', 'en', 'en', 'en']);
  });

  it('lists the words that load with the on-demand elements, apart from the others', () => {
    expect([...PROGRAM_KEYS].sort()).to.deep.equal(Object.keys(enProgram).sort());
    expect(Object.keys(coreEnglish).filter((key) => key in enProgram)).to.deep.equal([]);
    // Until those elements load, their keys read as themselves rather than throwing; then as English.
    expect(translate('en', undefined, 'mySchedule')).to.be.oneOf(['mySchedule', 'My schedule']);
  });

  for (const language of others) {
    it(`${language}: has every English key and no other, each with the same placeholders, every form translated`, async () => {
      const words = await catalogue(language);
      expect(Object.keys(words).sort()).to.deep.equal(Object.keys(en).sort());
      for (const key of Object.keys(en) as MessageKey[]) {
        const english = en[key];
        const translated = words[key];
        expect(typeof translated, key).to.equal(typeof english);
        for (const count of [1, 7]) {
          const params = sampleParams(english, count);
          const fill = (message: unknown) =>
            typeof message === 'function'
              ? (message as (p: unknown, plural: (n: number, forms: Record<string, string>) => string) => string)(params, (n, forms) => forms[new Intl.PluralRules(language).select(n)] ?? forms.other!)
              : (message as string);
          const text = fill(translated);
          // Placeholders the English has, the translation has, and no others (a singular may say "one" in words).
          const holes = (value: string) => [...new Set([...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].filter((name) => count === 7 || name !== 'count').sort();
          expect(holes(text), `${language}.${key} (${count})`).to.deep.equal(holes(fill(english)));
          expect(text.trim(), `${language}.${key} is empty`).not.to.equal('');
        }
      }
    });
  }

  it('loads a language on demand, once, and fills placeholders with Intl numbers, lists and plurals', async () => {
    expect(messagesReady('en')).to.be.true;
    await Promise.all([loadMessages('de'), loadMessages('de')]);
    expect(messagesReady('de')).to.be.true;
    expect(translate('de-DE', undefined, 'members', { count: 1234 })).to.equal('1.234 Mitglieder');
    expect(translate('de-DE', undefined, 'members', { count: 1 })).to.equal('1 Mitglied');
    expect(translate('en-US', undefined, 'members', { count: 1234 })).to.equal('1,234 members');
    expect(translate('de', undefined, 'extendedFrom', { dates: ['1. Feb.', '8. Feb.'] })).to.equal('Verlängert; zuvor 1. Feb. und 8. Feb.');
    expect(translate('en', undefined, 'extendedFrom', { dates: ['Feb 1', 'Feb 8', 'Feb 15'] })).to.equal('Extended from Feb 1, Feb 8, and Feb 15');
    // A language not shipped: English words, English plurals (Japanese has one form), its own digits.
    expect(translate('ja', undefined, 'members', { count: 1 })).to.equal('1 member');
    await loadMessages('fr');
    expect(translate('fr-CA', undefined, 'members', { count: 1 })).to.equal('1\u00a0membre');
    expect(translate('fr-CA', undefined, 'members', { count: 2 })).to.equal('2\u00a0membres');
  });

  it('uses the organizers’ wording from the workshop file, per language, with its placeholders', async () => {
    await loadMessages('de');
    const overrides = { de: { members: '{count} Personen im Komitee', importantDates: 'Termine' }, en: { importantDates: 'Key dates' } };
    expect(translate('de-AT', overrides, 'members', { count: 3 })).to.equal('3 Personen im Komitee');
    expect(translate('de', overrides, 'importantDates')).to.equal('Termine');
    expect(translate('en-GB', overrides, 'importantDates')).to.equal('Key dates');
    // English overrides serve every page that reads English, in whatever language it is.
    expect(translate('it', overrides, 'importantDates')).to.equal('Key dates');
    expect(translate('fr', overrides, 'importantDates')).to.not.equal('Key dates');
  });

  it('validates `messages` in the workshop file: unknown keys and languages are reported with what was meant', () => {
    const result = validateWorkshop({ title: 'T', messages: { de: { importantDate: 'Termine', members: 'Leute' }, it: { importantDates: 'Date' } } });
    expect(result.ok).to.be.true;
    const issues = result.issues.map((issue) => `${issue.path}: ${issue.message}`);
    expect(issues).to.deep.equal([
      'messages.de.importantDate: Unknown key "importantDate" (did you mean "importantDates"?); ignored.',
      // A language not shipped; the closest one is offered.
      'messages.it: Unknown key "it" (did you mean "pt"?); ignored.',
    ]);
    const ok = validateWorkshop({ title: 'T', messages: { de: { members: 'Leute' } } });
    expect(ok.issues).to.deep.equal([]);
    expect(ok.ok && ok.workshop.messages?.de?.members).to.equal('Leute');
    const wrong = validateWorkshop({ title: 'T', messages: { en: { members: 5 } } });
    expect(wrong.issues.map((issue) => issue.path)).to.deep.equal(['messages.en.members']);
  });
});
