/**
 * The workshop file an import writes into, kept in its own format: JSON with its indentation, YAML as YAML.
 * In YAML only the values that change are replaced, so comments and quoting elsewhere stay as written
 * (a comment inside a replaced value goes with it).
 */
import { isDeepStrictEqual } from 'node:util';
import { isAlias, isMap, isScalar, isSeq, parse, parseDocument, stringify, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { validateWorkshop } from '../../data/issue-messages.js';
import { FileProblem, FileProblems, parseWorkshopText, readTextFile } from '../workshop-file.js';
import { isYamlFile } from '../source-positions.js';
import { isPlainObject, type Entry } from './merge.js';

export interface WorkshopTarget {
  file: string;
  text: string;
  data: Entry;
}

/** Reads the file to import into; refuses one that is missing, unparsable or not a workshop object. */
export function openTarget(file: string): WorkshopTarget {
  const text = readTextFile(file);
  const data = parseWorkshopText(text, file);
  if (!isPlainObject(data)) throw new FileProblem(file, 1, 1, 'Not a workshop description (expected an object with a "title")');
  return { file, text, data };
}

/**
 * YAML as Jekyll reads it: Ruby's YAML 1.1 takes unquoted `10:30` for a number and `2025-04-27` for a date,
 * so new values are written in 1.1 style (those quoted), on one line each, with flow lists as `[a, b]`.
 */
const YAML_OUT = { version: '1.1', lineWidth: 0, flowCollectionPadding: false } as const;

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Where a node sits, which decides how a replacement is laid out. */
type Place = { kind: 'root' } | { kind: 'value'; keyColumn: number } | { kind: 'item' };

const keyOf = (pair: Pair) => String(isScalar(pair.key) ? pair.key.value : pair.key);
const columnAt = (text: string, offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);
const indentLines = (block: string, spaces: number) => block.replace(/\n(?=.)/g, `\n${' '.repeat(spaces)}`);

/**
 * The text edits that make the YAML hold `value`, touching only what changes: a changed scalar is replaced,
 * a new key or list entry is inserted after the last one at the same indentation, and everything else (other
 * values, comments, quoting, folded text) stays byte for byte.
 */
function yamlEdits(text: string, document: Document, node: unknown, value: unknown, place: Place, edits: Edit[]): void {
  if (isDeepStrictEqual(isNode(node) ? node.toJS(document) : node, value)) return;
  if (isMap(node) && !node.flow && isPlainObject(value) && node.items.length > 0 && node.items.every((pair) => Object.hasOwn(value, keyOf(pair as Pair)))) {
    const pairs = node.items as Pair[];
    const keyColumn = columnAt(text, (pairs[0]!.key as Node).range![0]);
    const fresh: Entry = {};
    for (const [key, item] of Object.entries(value)) {
      const pair = pairs.find((candidate) => keyOf(candidate) === key);
      if (pair) yamlEdits(text, document, pair.value, item, { kind: 'value', keyColumn }, edits);
      else fresh[key] = item;
    }
    if (Object.keys(fresh).length > 0) insertAfter(text, node.range![1], indentLines(stringify(fresh, YAML_OUT).trimEnd(), keyColumn), keyColumn, edits);
    return;
  }
  if (isSeq(node) && !node.flow && Array.isArray(value) && node.items.length > 0 && value.length >= node.items.length) {
    const first = node.items[0] as Node;
    const itemColumn = columnAt(text, first.range![0]);
    node.items.forEach((item, i) => yamlEdits(text, document, item, value[i], { kind: 'item' }, edits));
    const added = value.slice(node.items.length);
    // The dash sits two columns before the entry's content ("- " + content).
    if (added.length > 0) insertAfter(text, node.range![1], indentLines(stringify(added, YAML_OUT).trimEnd(), itemColumn - 2), itemColumn - 2, edits);
    return;
  }
  const start = isNode(node) ? node.range![0] : 0;
  const end = isNode(node) ? node.range![1] : text.length;
  const replacement = render(text, start, value, place, isCollection(node) && node.flow === true);
  // `key:` with nothing after it: the new text needs its space after the colon.
  const spaced = text[start - 1] === ':' && !replacement.startsWith('\n') ? ` ${replacement}` : replacement;
  edits.push({ start, end: trimEndOfValue(text, start, end), text: spaced });
}

const isNode = (node: unknown): node is Node => isScalar(node) || isMap(node) || isSeq(node) || isAlias(node);
const isCollection = (node: unknown): node is YAMLMap | YAMLSeq => isMap(node) || isSeq(node);

/** A block collection's range runs to the next line; a replacement keeps that line break. */
function trimEndOfValue(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1]!)) at--;
  return at;
}

function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** Inserts lines after the line where `end` falls (so a comment at its end stays on its own line). */
function insertAfter(text: string, end: number, block: string, column: number, edits: Edit[]): void {
  const at = text[end - 1] === '\n' ? end : lineEnd(text, end);
  const lead = at === text.length && !text.endsWith('\n') ? '\n' : '';
  edits.push({ start: at, end: at, text: `${lead}${' '.repeat(column)}${block}\n` });
}

/**
 * A value written where an old one started: text and flow lists on that line; a block list or map on the
 * following lines, below its key (or in place, when the old value already started a line of its own).
 */
function render(text: string, start: number, value: unknown, place: Place, flow: boolean): string {
  const column = columnAt(text, start);
  const block = value !== null && typeof value === 'object' && Object.keys(value).length > 0 && !flow;
  if (flow && value !== null && typeof value === 'object') return stringify(value, { ...YAML_OUT, collectionStyle: 'flow' }).trimEnd();
  if (!block) {
    // Rendered as a map value, so a multi-line text gets its block indicator and indented lines.
    const inline = stringify({ v: value }, YAML_OUT).trimEnd().slice(3);
    return indentLines(inline, place.kind === 'value' ? place.keyColumn : place.kind === 'item' ? column - 2 : 0);
  }
  const lines = stringify(value, YAML_OUT).trimEnd();
  const startsLine = /^[ \t]*$/.test(text.slice(start - column, start));
  if (place.kind === 'value' && !startsLine) return `\n${' '.repeat(place.keyColumn + 2)}${indentLines(lines, place.keyColumn + 2)}`;
  return indentLines(lines, column);
}

/** From the end backwards; at one offset, an inner value's lines (edited first) come before an outer list's. */
function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  const order = edits.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.start - a.edit.start || b.index - a.index);
  for (const { edit } of order) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

function readsBackAs(text: string, data: Entry): boolean {
  try {
    return isDeepStrictEqual(parse(text), data);
  } catch {
    return false;
  }
}

/** The new text of the file. Throws when the result would not read back as `data` (YAML anchors shared elsewhere). */
export function renderTarget(target: WorkshopTarget, data: Entry): string {
  if (!isYamlFile(target.file)) {
    const indent = /^([ \t]+)"/m.exec(target.text)?.[1] ?? '  ';
    return `${JSON.stringify(data, null, indent)}\n`;
  }
  const source = target.text.replace(/^\uFEFF/, '');
  const document: Document = parseDocument(source);
  const edits: Edit[] = [];
  yamlEdits(source, document, document.contents, data, { kind: 'root' }, edits);
  const text = applyEdits(source, edits);
  if (!readsBackAs(text, data)) {
    const anchors = /(^|\s)[&*][\w-]/m.test(source);
    const why = anchors
      ? 'the import would also change values this file shares through anchors (&name / *name); write those out in full first'
      : 'editing it in place went wrong (please report this with the file); nothing was written';
    throw new FileProblem(target.file, undefined, undefined, `Cannot update this YAML file: ${why}`);
  }
  return text;
}

/**
 * Refuses a merge that makes the file worse: more problems than before, or a file the elements cannot show.
 * (Indices may shift as lists grow, so the counts are compared, and the new messages listed.)
 */
export function assertNoNewProblems(target: WorkshopTarget, merged: Entry): void {
  const before = validateWorkshop(target.data);
  const after = validateWorkshop(merged);
  if (after.ok && after.issues.length <= before.issues.length) return;
  const known = new Set(before.issues.map((issue) => `${issue.path}: ${issue.message}`));
  const fresh = after.issues.filter((issue) => !known.has(`${issue.path}: ${issue.message}`));
  const problems = (fresh.length > 0 ? fresh : after.issues).map(
    (issue) => new FileProblem(target.file, undefined, undefined, `After the import, ${issue.path ? `${issue.path}: ` : ''}${issue.message}`),
  );
  throw new FileProblems(problems);
}
