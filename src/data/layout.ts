/** The organizers' page layout (`layout` in the workshop file): section order, headings, notes and sub-sections. */
import type { Link, RoleName, Workshop } from './schema.js';

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
