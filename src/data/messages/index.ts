/**
 * The message catalogue: which shipped language a BCP-47 tag gets, loading the non-English ones on demand
 * (one chunk each), and the lookup that fills placeholders with numbers, lists and plurals from Intl, after
 * the organizers' own wording from the workshop file (`messages`). No DOM: the prerenderer uses it too.
 */
import { en } from './en.js';
import type { enProgram } from './en-program.js';
import type { Plural } from './plural.js';

export type { Plural, PluralForms } from './plural.js';
export { en };

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

type English = typeof en & typeof enProgram;
export type MessageKey = keyof English;

/**
 * The keys of ./en-program.ts, whose words load with the elements that say them: listed here so that the
 * workshop file's `messages` can be checked before those elements load.
 */
export const PROGRAM_KEYS = [
  'onThisPage', 'skipToDates', 'skipToContent', 'moreToFollow', 'addWorkshopToCalendar', 'topics', 'tracks', 'invitedSpeakers', 'panel', 'moderators', 'panelists', 'schedule', 'acceptedPapers', 'organizers', 'programCommittee', 'areaChairs', 'reviewers', 'volunteers', 'sponsors', 'faq', 'contact', 'noPapers', 'papersShown', 'skipPapers', 'endOfPapers', 'noPaperMatches', 'clearFilters', 'searchPapers', 'track', 'presentation', 'award', 'anyAward', 'starred', 'oral', 'spotlight', 'poster', 'slides', 'video', 'code', 'copyBibtex', 'copied', 'copyBibtexOf', 'copiedBibtexOf', 'bibtexCopied', 'bibtexShown', 'bibtexFailed', 'star', 'undatedDay', 'noProgram', 'timesIn', 'timesInBoth', 'readerZone', 'readerZoneIn', 'readerZoneOption', 'showTimesIn', 'mySchedule', 'noCalendarYet', 'downloadMySchedule', 'addProgram', 'programFile', 'myScheduleFile', 'skipProgram', 'endOfProgram', 'nothingStarred', 'now', 'nowIs', 'parallel', 'otherRoom', 'room', 'speakers', 'papers', 'starredIs', 'opening', 'keynote', 'invitedTalk', 'contributedTalk', 'posterSession', 'break', 'lunch', 'closing', 'social',
] as const;
/** Fails the type check when a key of ./en-program.ts is not listed above. */
type Listed<Missing extends never> = Missing;
export type ProgramKeysListed = Listed<Exclude<keyof typeof enProgram, (typeof PROGRAM_KEYS)[number]>>;

/** A language's catalogue: every key of English (a missing one fails the type check), text where English has text. */
export type Catalogue = { [K in MessageKey]: English[K] extends string ? string : English[K] };

/** The `{names}` in a text. */
type Holes<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Holes<Rest> : never;
export type MessageValue = string | number | readonly string[];
/** What `translate(key, ...)` takes after the key: the function's parameters, the text's placeholders, or nothing. */
export type MessageParams<K extends MessageKey> = English[K] extends (params: infer P, plural: Plural) => string
  ? [params: P]
  : [Holes<English[K]>] extends [never]
    ? []
    : [params: Record<Holes<English[K]>, MessageValue>];

/** The keys of messages without parameters (labels, headings). */
export type PlainMessageKey = { [K in MessageKey]: MessageParams<K> extends [] ? K : never }[MessageKey];

/** The organizers' wording from the workshop file, by language, then by key. */
export type MessageOverrides = Partial<Record<Language, Partial<Record<string, string>>>>;

/**
 * The shipped language for a tag: its primary subtag (de-CH → de, pt-BR → pt), Chinese in Simplified script
 * (zh, zh-CN, zh-Hans-CN → zh; Traditional zh-TW, zh-HK, zh-Hant → en, which reads better than the other
 * script), anything else English.
 */
export function messageLanguage(tag: string | undefined): Language {
  const subtags = (tag ?? '').toLowerCase().split(/[-_]/);
  const primary = subtags[0] as Language;
  if (primary === 'zh') return subtags.some((subtag) => subtag === 'hant' || subtag === 'tw' || subtag === 'hk' || subtag === 'mo') ? 'en' : 'zh';
  return LANGUAGES.includes(primary) ? primary : 'en';
}

/** English grows when <workshop-schedule>, <paper-list> or <workshop-page> load and add their words. */
const englishCatalogue = { ...en } as unknown as Catalogue;
const catalogues = new Map<Language, Catalogue>([['en', englishCatalogue]]);

/** Called by the elements that bring words of their own (./en-program.ts) when they load. */
export function addEnglish(words: Partial<Catalogue>): void {
  Object.assign(englishCatalogue, words);
}
const loading = new Map<Language, Promise<void>>();
/** Languages whose chunk failed to load: their elements speak English rather than wait forever. */
const failed = new Set<Language>();

/** One chunk per language, named after it in the CDN build. */
const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: Catalogue }>> = {
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  pt: () => import('./pt.js'),
  zh: () => import('./zh.js'),
};

/** True once the language's words are here (or could not load, and English stands in). */
export function messagesReady(language: Language): boolean {
  return catalogues.has(language) || failed.has(language);
}

/** Loads a language's words once; never rejects (a failed chunk leaves English in its place). */
export function loadMessages(language: Language): Promise<void> {
  if (messagesReady(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language as Exclude<Language, 'en'>]().then(
      (module) => void catalogues.set(language, module.default),
      () => void failed.add(language),
    );
    loading.set(language, pending);
  }
  return pending;
}

/** For the prerenderer, which renders synchronously: the words given before rendering. */
export function provideMessages(language: Language, catalogue: Catalogue): void {
  catalogues.set(language, catalogue);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const languages = new Map<string, Language>();
const cached = <T>(cache: Map<string, T>, locale: string | undefined, make: () => T): T => {
  let value = cache.get(locale ?? '');
  if (!value) cache.set(locale ?? '', (value = make()));
  return value;
};

/**
 * A message in the language of `locale`, with its placeholders filled: numbers in the locale's digits and
 * separators, lists joined as the locale joins them. An override from the workshop file wins; it is text
 * with the same placeholders (no plural forms).
 */
export function translate<K extends MessageKey>(locale: string | undefined, overrides: MessageOverrides | undefined, key: K, ...params: MessageParams<K>): string {
  // A list of 5,000 papers asks for words 30,000 times: the tag is read once.
  const language = cached(languages, locale, () => messageLanguage(locale));
  const catalogue = catalogues.get(language) ?? englishCatalogue;
  // The key itself, never a crash, if an element's words were not added.
  const message = overrides?.[language]?.[key] ?? (catalogue[key] as string | ((params: unknown, plural: Plural) => string) | undefined) ?? key;
  const values = params[0] as Record<string, MessageValue> | undefined;
  const plural: Plural = (count, forms) => {
    // Plural rules of the language the words are in: a page in Japanese reads English, with English plurals.
    const wordsLanguage = catalogue === englishCatalogue ? 'en' : language;
    const rulesLocale = locale?.toLowerCase().split(/[-_]/)[0] === wordsLanguage ? locale : wordsLanguage;
    return forms[cached(pluralRules, rulesLocale, () => new Intl.PluralRules(rulesLocale)).select(count)] ?? forms.other;
  };
  const text = typeof message === 'function' ? message(values, plural) : message;
  if (!values || !text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (hole, name: string) => {
    const value = values[name];
    if (value === undefined) return hole;
    if (typeof value === 'number') return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
    if (typeof value === 'string') return value;
    return cached(listFormats, locale, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(value);
  });
}

/** English words for code without an element (data helpers called from Node, tests). */
export const english = <K extends MessageKey>(key: K, ...params: MessageParams<K>): string => translate('en', undefined, key, ...params);

/** A message lookup bound to an element's language and overrides, for data helpers that word something. */
export type Translate = typeof english;
