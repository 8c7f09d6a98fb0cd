/** The organizers' page layout (`layout` in the workshop file): section order, headings, notes and sub-sections. */
import { PAGE_SECTION_IDS, type Link, type RoleName, type Workshop } from './schema.js';
import { slugify } from './slug.js';

/** The section of <workshop-page> that shows each role list, whose note an empty list shows. */
export const ROLE_SECTIONS: Record<RoleName, string> = {
  speakers: 'speakers', panelists: 'panelists', moderators: 'panelists', organizers: 'organizers', areaChairs: 'committee', programCommittee: 'committee', volunteers: 'volunteers',
};

export interface LayoutEntry {
  section: string;
  title?: string;
  hidden?: boolean;
  note?: string;
  links?: Link[];
  sections?: LayoutEntry[];
}

const entry = (item: string | LayoutEntry): LayoutEntry => (typeof item === 'string' ? { section: item } : item);

/** The top-level entries of `layout`, each an object, sub-sections too. */
export function layoutEntries(workshop: Workshop): LayoutEntry[] {
  return (workshop.layout ?? []).map((item) => {
    const top = entry(item as string | LayoutEntry);
    return top.sections ? { ...top, sections: top.sections.map(entry) } : top;
  });
}

/** The entry of one section, at the top level or as a sub-section. */
export function layoutEntry(workshop: Workshop, section: string): LayoutEntry | undefined {
  for (const top of layoutEntries(workshop)) {
    if (top.section === section) return top;
    const inner = top.sections?.find((sub) => sub.section === section);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * The names a `layout` entry may use: the built-in sections, the call's policies and the free sections (by id,
 * else their title's slug; a repeated one as "-2", as they are anchored on the page).
 */
export function layoutSectionNames(workshop: Workshop): string[] {
  const names = new Set<string>(PAGE_SECTION_IDS);
  const seen = new Map<string, number>();
  for (const block of [...(workshop.callForPapers?.policies ?? []), ...(workshop.sections ?? [])]) {
    const id = block.id ?? slugify(block.title);
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    names.add(count === 1 ? id : `${id}-${count}`);
  }
  return [...names];
}

/**
 * The `layout` entries that name no section, with their path (the string itself, or the entry's "section"):
 * <workshop-page> would ignore them. A top-level entry with sub-sections may take a new name: it is a heading
 * that groups them.
 */
export function unknownLayoutSections(workshop: Workshop): { path: (string | number)[]; section: string }[] {
  const known = new Set(layoutSectionNames(workshop));
  const unknown: { path: (string | number)[]; section: string }[] = [];
  const check = (item: string | LayoutEntry, at: (string | number)[], grouping: boolean) => {
    const name = typeof item === 'string' ? item : item.section;
    if (!known.has(name) && !grouping) unknown.push({ path: typeof item === 'string' ? at : [...at, 'section'], section: name });
  };
  (workshop.layout ?? []).forEach((item, i) => {
    const top = item as string | LayoutEntry;
    const subs = typeof top === 'string' ? undefined : top.sections;
    check(top, ['layout', i], !!subs?.length);
    subs?.forEach((sub, j) => check(sub, ['layout', i, 'sections', j], false));
  });
  return unknown;
}

/** What a section says while it has nothing to list ("Coming soon"), if the organizers wrote it. */
export const sectionNote = (workshop: Workshop, section: string): string | undefined => layoutEntry(workshop, section)?.note;

/**
 * Puts `ids` (the default order) in the organizers' order: named ids in `named` order; an id not named
 * follows the named id that precedes it in the default order (or leads, when none does).
 */
export function arrange(ids: string[], named: string[]): string[] {
  const place = new Set(named);
  const after = new Map<string, string[]>([['', []]]);
  let anchor = '';
  for (const id of ids) {
    if (place.has(id)) after.set((anchor = id), after.get(id) ?? []);
    else after.get(anchor)!.push(id);
  }
  return [...after.get('')!, ...named.filter((id) => after.has(id)).flatMap((id) => [id, ...after.get(id)!])];
}
