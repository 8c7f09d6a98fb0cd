/**
 * Search and filters of the accepted papers. Keys are normalized once per workshop, so each keystroke
 * costs one `includes` per paper and stays fast at conference scale (5,000 papers).
 */
import type { Paper, Workshop } from './schema.js';

/** Letters that Unicode does not decompose into a base letter and a mark. */
const FOLDED: Record<string, string> = { ø: 'o', đ: 'd', ð: 'd', ł: 'l', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };
const UNFOLDED = /[øđðłħıßæœþ]/g;

/** Lower case without diacritics, whitespace collapsed: "Müller-Łukasz" → "muller-lukasz". */
export function normalizeText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(UNFOLDED, (char) => FOLDED[char] ?? char)
    .replace(/\s+/g, ' ')
    .trim();
}

export interface PaperEntry {
  paper: Paper;
  /** Normalized title and authors; a newline between fields stops a term matching across them. */
  key: string;
}

export interface PaperIndex {
  entries: PaperEntry[];
  /** Values present in the data, for the filter menus, in first-seen order. */
  tracks: string[];
  presentations: string[];
  awards: string[];
}

const indexes = new WeakMap<Workshop, PaperIndex>();

export function paperIndex(workshop: Workshop): PaperIndex {
  let index = indexes.get(workshop);
  if (!index) {
    const papers = workshop.papers ?? [];
    const distinct = (values: (string | undefined)[]) => [...new Set(values.filter((value): value is string => !!value))];
    index = {
      entries: papers.map((paper) => ({ paper, key: normalizeText([paper.title, ...paper.authors, ...(paper.keywords ?? [])].join('\n')) })),
      tracks: distinct(papers.map((paper) => paper.track)),
      presentations: distinct(papers.map((paper) => paper.presentation)),
      awards: distinct(papers.flatMap((paper) => paper.awards ?? [])),
    };
    indexes.set(workshop, index);
  }
  return index;
}

/** Any award at all (the award menu's first choice). */
export const ANY_AWARD = '*';

export interface PaperFilter {
  query: string;
  track: string;
  presentation: string;
  award: string;
}

export const EMPTY_FILTER: PaperFilter = { query: '', track: '', presentation: '', award: '' };

/** Papers matching every word of the query (in any order) and every chosen filter, in the given order. */
export function filterPapers(index: PaperIndex, filter: PaperFilter): Paper[] {
  const terms = normalizeText(filter.query).split(' ').filter(Boolean);
  const result: Paper[] = [];
  for (const { paper, key } of index.entries) {
    if (filter.track && paper.track !== filter.track) continue;
    if (filter.presentation && paper.presentation !== filter.presentation) continue;
    if (filter.award && !(filter.award === ANY_AWARD ? paper.awards?.length : paper.awards?.includes(filter.award))) continue;
    if (terms.every((term) => key.includes(term))) result.push(paper);
  }
  return result;
}

export const URL_PREFIX = 'papers-';
const FIELDS = { query: 'q', track: 'track', presentation: 'presentation', award: 'award' } as const;

/** Reads `?papers-q=...&papers-track=...` (other parameters are left alone). */
export function decodeFilter(params: URLSearchParams, prefix = URL_PREFIX): PaperFilter {
  const filter = { ...EMPTY_FILTER };
  for (const [field, name] of Object.entries(FIELDS) as [keyof PaperFilter, string][]) {
    filter[field] = (params.get(prefix + name) ?? '').slice(0, 500);
  }
  return filter;
}

/** A copy of `params` with the filter written in; empty fields are removed so clean links stay clean. */
export function encodeFilter(filter: PaperFilter, params: URLSearchParams, prefix = URL_PREFIX): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [field, name] of Object.entries(FIELDS) as [keyof PaperFilter, string][]) {
    const value = field === 'query' ? filter.query.trim() : filter[field];
    if (value) next.set(prefix + name, value);
    else next.delete(prefix + name);
  }
  return next;
}
