/** Workshop files on disk, JSON or YAML (Jekyll keeps `_data/workshop.yml`), with errors as file:line:column. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { parseJson } from '../data/json-text.js';
import { isYamlFile as isYaml, jsonLocator, yamlDocumentLocator, type SourceLocator } from './source-positions.js';

/** A problem an organizer fixes in a file: `file:line:column: message`, the format editors and CI link. */
export class FileProblem extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
    readonly problem: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}:${column ?? 1}`}: ${problem}`);
  }
}

/** Every problem found at once (of a site's pages, of an import's input); nothing has been written. */
export class FileProblems extends Error {
  constructor(readonly problems: FileProblem[]) {
    super(problems.map((problem) => problem.message).join('\n'));
  }
}

/** A file that could not be read at all (missing, a folder, not allowed): the command could not run. */
export class UnreadableFile extends FileProblem {}

function parseYaml(body: string, file: string, at: (line: number, column: number) => { line: number; column: number }) {
  const lineCounter = new LineCounter();
  const document = parseDocument(body, { prettyErrors: false, lineCounter });
  const error = document.errors[0];
  if (error) {
    // `linePos` is only filled in with prettyErrors, which also rewrites the message; count from the offset.
    const position = lineCounter.linePos(error.pos[0]);
    const where = at(Math.max(position.line, 1), Math.max(position.col, 1));
    throw new FileProblem(file, where.line, where.column, `Not valid YAML: ${error.message.split('\n')[0]}`);
  }
  return { document, lineCounter };
}

/**
 * Parses a workshop description. `offset` places text that sits inside another file (inline JSON in a page)
 * so that positions point into that file.
 */
export function parseWorkshopText(text: string, file: string, offset = { line: 1, column: 1 }): unknown {
  const body = text.replace(/^\uFEFF/, '');
  const at = (line: number, column: number) => (line === 1 ? { line: offset.line, column: offset.column + column - 1 } : { line: offset.line + line - 1, column });
  if (isYaml(file)) return parseYaml(body, file, at).document.toJS();
  const parsed = parseJson(body);
  if (parsed.ok) return parsed.value;
  const where = at(parsed.error.line, parsed.error.column);
  throw new FileProblem(file, where.line, where.column, `Not valid JSON: ${parsed.error.message.replace(/^invalid JSON: /, '')}`);
}

export interface WorkshopSource {
  data: unknown;
  /** Where a JSON path is written in the text (see source-positions.ts); the position index is built on first use. */
  locate: SourceLocator['locate'];
}

/** A whole workshop file's data with the positions of its parts; YAML is parsed once for both. */
export function parseWorkshopSource(text: string, file: string): WorkshopSource {
  if (isYaml(file)) {
    const { document, lineCounter } = parseYaml(text.replace(/^\uFEFF/, ''), file, (line, column) => ({ line, column }));
    return { data: document.toJS(), locate: yamlDocumentLocator(document, lineCounter).locate };
  }
  const data = parseWorkshopText(text, file);
  let locator: SourceLocator | undefined;
  return { data, locate: (path) => (locator ??= jsonLocator(text)).locate(path) };
}

/** A file's text, or a FileProblem an organizer understands ("No such file", "Is a folder"). */
export function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'No such file' : code === 'EISDIR' ? 'Is a folder, not a file' : code === 'EACCES' ? 'Not allowed to read this file' : String(error);
    throw new UnreadableFile(file, undefined, undefined, reason);
  }
}

/** The parsed data and the text it came from (for positions of problems found later). */
export function readWorkshopSource(file: string): { text: string; data: unknown } {
  const text = readTextFile(file);
  return { text, data: parseWorkshopText(text, file) };
}

export function readWorkshopFile(file: string): unknown {
  return readWorkshopSource(file).data;
}

/** Replaces a file whole: a reader (or a crash) never sees half of it. */
export function writeWhole(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
