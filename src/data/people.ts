/** People lists as readers need them: which role an attribute means, initials, and a filterable committee. */
import type { Person, RoleName, Workshop } from './schema.js';
import { byFamilyName, institutions, membersOf, type RoleMember } from './workshop.js';

export const ROLE_NAMES: readonly RoleName[] = ['speakers', 'panelists', 'moderators', 'organizers', 'areaChairs', 'programCommittee', 'volunteers'];

/** Reads a `role` attribute: "areaChairs" and "area-chairs" (any case) both mean the areaChairs list. */
export function parseRole(value: string | null | undefined): RoleName | undefined {
  if (!value) return undefined;
  const compact = value.trim().replace(/[-_\s]/g, '').toLowerCase();
  return ROLE_NAMES.find((role) => role.toLowerCase() === compact);
}

/** "Ada Lovelace" → "AL"; one word → one letter. Whole graphemes, so "Ørsted" gives "Ø" and not half a pair. */
export function initials(name: string, locale?: string): string {
  const words = name.normalize('NFC').trim().split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const first = (word: string | undefined) => (word ? Array.from(word.replace(/^\P{L}+/u, ''))[0] ?? '' : '');
  const letters = words.length > 1 ? first(words[0]) + first(words[words.length - 1]) : first(words[0]);
  return letters.toLocaleUpperCase(locale) || '?';
}

/** Letters that carry no combining mark under NFD, so stripping marks alone would keep them apart. */
const FOLDED: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

/** Lower case without accents, so "zoe" finds "Zoë", "angstrom" finds "Ångström" and "ostby" finds "Østby". */
export function searchKey(text: string, locale?: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase(locale)
    .replace(/[øłđðþßæœı]/g, (letter) => FOLDED[letter]!);
}

export interface CommitteeEntry {
  member: RoleMember;
  /** Affiliations as one line ("MIT; Broad Institute"), empty when unknown. */
  affiliation: string;
  /** `searchKey` of name and affiliation, computed once. */
  key: string;
}

const committeeCache = new WeakMap<Workshop, Map<string, CommitteeEntry[]>>();

/**
 * A role's members sorted by family name with their search keys, computed once per workshop, role and
 * locale, so typing in the filter box only runs `includes` over precomputed strings.
 */
export function committeeEntries(workshop: Workshop, role: RoleName, locale?: string): CommitteeEntry[] {
  let byRole = committeeCache.get(workshop);
  if (!byRole) committeeCache.set(workshop, (byRole = new Map()));
  const cacheKey = `${role}|${locale ?? ''}`;
  let entries = byRole.get(cacheKey);
  if (!entries) {
    entries = byFamilyName(membersOf(workshop, role), (member) => member.person, locale).map((member) => {
      const affiliation = affiliationLine(member.person);
      return { member, affiliation, key: searchKey(`${member.person.name} ${affiliation}`, locale) };
    });
    byRole.set(cacheKey, entries);
  }
  return entries;
}

/** Entries whose name or affiliation contains every word of the query, ignoring case and accents. */
export function filterEntries(entries: readonly CommitteeEntry[], query: string, locale?: string): readonly CommitteeEntry[] {
  const words = searchKey(query, locale).split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter((entry) => words.every((word) => entry.key.includes(word)));
}

/** The name as shown, "Prof. Ada Lovelace"; sorting and initials use `name` alone. */
export const displayName = (person: Pick<Person, 'name' | 'honorific'>): string => (person.honorific ? `${person.honorific} ${person.name}` : person.name);

export function affiliationLine(person: Pick<Person, 'affiliations' | 'positions'>): string {
  return institutions(person).join('; ');
}
