/**
 * What every importer shares: entries merged into a list of the workshop file without losing what is there.
 * An imported entry that matches an existing one (by id, forum, email, name...) updates it in place, keeping
 * its id, its position and every field the import does not provide; the rest are appended.
 */
import { isDeepStrictEqual } from 'node:util';
import * as v from 'valibot';
import { normalizeText } from '../../data/papers.js';
import { slugify } from '../../data/slug.js';

export type Entry = Record<string, unknown>;

export interface UpdatedEntry {
  name: string;
  /** Fields that changed, e.g. `title`, `links.pdf`. */
  fields: string[];
}

/** What an import did to one list of the workshop file. */
export interface ListReport {
  /** Where in the workshop file, e.g. `papers` or `roles.programCommittee`. */
  list: string;
  added: string[];
  updated: UpdatedEntry[];
  unchanged: number;
}

export const isPlainObject = (value: unknown): value is Entry => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * `existing` with the fields `incoming` provides: nested objects (a paper's `links`) are merged key by key,
 * and a field the import leaves undefined never erases one that is there. Keys keep their order.
 */
export function updateEntry(existing: Entry, incoming: Entry, prefix = ''): { entry: Entry; fields: string[] } {
  const entry: Entry = { ...existing };
  const fields: string[] = [];
  for (const [key, value] of Object.entries(incoming)) {
    if (value === undefined) continue;
    if (isPlainObject(value) && isPlainObject(existing[key])) {
      const nested = updateEntry(existing[key] as Entry, value, `${prefix}${key}.`);
      entry[key] = nested.entry;
      fields.push(...nested.fields);
    } else if (!isDeepStrictEqual(existing[key], value)) {
      entry[key] = value;
      fields.push(`${prefix}${key}`);
    }
  }
  return { entry, fields };
}

export interface MergeRules<T extends Entry> {
  /** Ways to recognise an entry, most specific first (`forum:abc`, `title:...`); each unique within a list. */
  keys(entry: Entry): (string | undefined)[];
  /** How the report names an entry. */
  name(entry: T): string;
  /** Combines a match; default: `updateEntry`. */
  update?(existing: Entry, incoming: T): { entry: Entry; fields: string[] };
}

/**
 * Merges `incoming` into `list` (not modified). Lookups go through one index, so 20,000 committee members
 * merge in linear time. Two imported entries that match each other become one.
 */
export function mergeList<T extends Entry>(listName: string, list: readonly unknown[] | undefined, incoming: readonly T[], rules: MergeRules<T>): { list: unknown[]; report: ListReport } {
  const merged = [...(list ?? [])];
  const index = new Map<string, number>();
  const remember = (entry: unknown, at: number) => {
    if (!isPlainObject(entry)) return;
    for (const key of rules.keys(entry)) if (key !== undefined && !index.has(key)) index.set(key, at);
  };
  merged.forEach(remember);
  const added = new Set<number>();
  const updated = new Map<number, UpdatedEntry>();
  const touched = new Set<number>();
  for (const entry of incoming) {
    const at = rules.keys(entry).find((key) => key !== undefined && index.has(key));
    if (at === undefined) {
      added.add(merged.length);
      remember(entry, merged.length);
      merged.push(entry);
      continue;
    }
    const position = index.get(at)!;
    touched.add(position);
    const { entry: result, fields } = (rules.update ?? updateEntry)(merged[position] as Entry, entry);
    merged[position] = result;
    remember(result, position);
    if (fields.length > 0 && !added.has(position)) {
      const before = updated.get(position)?.fields ?? [];
      updated.set(position, { name: rules.name(result as T), fields: [...new Set([...before, ...fields])] });
    }
  }
  const unchanged = [...touched].filter((position) => !added.has(position) && !updated.has(position)).length;
  return {
    list: merged,
    report: { list: listName, added: [...added].map((position) => rules.name(merged[position] as T)), updated: [...updated.values()], unchanged },
  };
}

/** A key for matching by text: case, accents and spacing do not matter. */
export const textKey = (prefix: string, text: unknown) => (typeof text === 'string' && text.trim() ? `${prefix}:${normalizeText(text)}` : undefined);

/**
 * An id for a new entry from its name, not yet used in `taken`: "Zoë Dąbrowska" → "zoe-dabrowska", then
 * "zoe-dabrowska-2". Names with no Latin letters get `fallback` ("person-3").
 */
export function newId(name: string, taken: Set<string>, fallback: string): string {
  // normalizeText folds the letters Unicode does not decompose (ø, ł, ß); slugify drops what is left.
  const plain = normalizeText(name);
  const slug = /[a-z0-9]/.test(plain) ? slugify(plain).slice(0, 60).replace(/-+$/, '') : fallback;
  let id = slug;
  for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
  taken.add(id);
  return id;
}

/** Checks an entry against its schema; the first problem, worded for the organizer, or undefined. */
export function schemaProblem(schema: v.GenericSchema, entry: unknown): string | undefined {
  const result = v.safeParse(schema, entry, { abortPipeEarly: true });
  if (result.success) return undefined;
  const issue = result.issues[0];
  const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
  const found = issue.input === undefined ? 'missing' : `found ${JSON.stringify(issue.input)}`;
  const message = issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
  return `${path ? `${path}: ` : ''}${message} (${found})`;
}

/** One line per list, then the names added and updated (with what changed). */
export function formatReports(reports: readonly ListReport[]): string[] {
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(`${report.list}: ${report.added.length} added, ${report.updated.length} updated, ${report.unchanged} unchanged`);
    for (const name of report.added) lines.push(`  + ${name}`);
    for (const { name, fields } of report.updated) lines.push(`  ~ ${name} (${fields.join(', ')})`);
  }
  return lines;
}

/** An import read and checked, ready to merge into any workshop file (an empty one for a preview). */
export interface Imported {
  /** What was read and left out, e.g. "12 accepted of 40 submissions". */
  notes: string[];
  mergeInto(workshop: Entry): { workshop: Entry; reports: ListReport[]; notes: string[] };
}
