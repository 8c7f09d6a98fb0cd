/**
 * A BibTeX entry for an accepted paper. Every value from the JSON is escaped, so a title such as
 * "}, note={pwned" stays inside its field and LaTeX specials print as themselves. BibTeX counts braces
 * literally, even after a backslash, so braces become \textbraceleft{} / \textbraceright{} (balanced), not \{ \}.
 */
import type { Paper, Workshop } from './schema.js';
import { familyName } from './workshop.js';
import { normalizeText } from './papers.js';

const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** One pass, so the braces of `\textbackslash{}` are not escaped again. Line breaks and controls become spaces. */
export function escapeBibtex(value: string): string {
  return value
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/[\\{}%&$#_^~]/g, (char) => SPECIALS[char]!)
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** URL fields are read verbatim by url/hyperref, so escaping would corrupt them; characters that could end the field are dropped instead. */
function cleanUrl(value: string): string {
  return value.replace(/[{}\\\s]/g, '');
}

/** A name containing the word "and" is braced, or BibTeX would split it into two authors. */
function author(name: string): string {
  const escaped = escapeBibtex(name);
  return /(^|\s)and(\s|$)/i.test(escaped) ? `{${escaped}}` : escaped;
}

function year(paper: Paper, workshop: Workshop): number | undefined {
  if (paper.year) return paper.year;
  if (workshop.conference?.year) return workshop.conference.year;
  const fromDate = workshop.date ? Number(workshop.date.slice(0, 4)) : NaN;
  return Number.isFinite(fromDate) ? fromDate : undefined;
}

const ascii = (value: string) => normalizeText(value).replace(/[^a-z0-9]/g, '');
const STOP_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'for', 'in', 'to', 'and', 'with', 'towards', 'toward']);

/** "chen2026scaling": family name of the first author, year, first significant title word; the paper id when those are empty. */
export function citationKey(paper: Paper, workshop: Workshop): string {
  const first = paper.authors[0];
  const family = first ? ascii(familyName({ name: first })) : '';
  const word = paper.title.split(/\s+/).map(ascii).find((w) => w && !STOP_WORDS.has(w)) ?? '';
  const key = `${family}${year(paper, workshop) ?? ''}${word}`;
  return family || word ? key : paper.id.replace(/[^\w:.-]/g, '');
}

function booktitle(workshop: Workshop): string {
  const name = workshop.edition && !workshop.title.includes(workshop.edition) ? `${workshop.edition} ${workshop.title}` : workshop.title;
  const conference = workshop.conference ? [workshop.conference.name, workshop.conference.year].filter(Boolean).join(' ') : '';
  return conference ? `${name} at ${conference}` : name;
}

/** `@inproceedings{key, title = {...}, ...}` with fields in the usual order; absent values are left out. */
export function bibtexEntry(paper: Paper, workshop: Workshop): string {
  const url = paper.links?.openreview ?? paper.links?.pdf ?? paper.links?.arxiv;
  const fields: [string, string | undefined][] = [
    ['title', escapeBibtex(paper.title)],
    ['author', paper.authors.map(author).join(' and ') || undefined],
    ['booktitle', escapeBibtex(booktitle(workshop))],
    ['year', year(paper, workshop)?.toString()],
    ['url', url ? cleanUrl(url) : undefined],
  ];
  const body = fields
    .filter((field): field is [string, string] => !!field[1])
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@inproceedings{${citationKey(paper, workshop)},\n${body}\n}\n`;
}
