/** Workshop files on disk, JSON or YAML (Jekyll keeps `_data/workshop.yml`), with errors as file:line:column. */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { parseJson } from '../data/validate.js';

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

const isYaml = (file: string) => /\.ya?ml$/i.test(file);

/**
 * Parses a workshop description. `offset` places text that sits inside another file (inline JSON in a page)
 * so that positions point into that file.
 */
export function parseWorkshopText(text: string, file: string, offset = { line: 1, column: 1 }): unknown {
  const body = text.replace(/^\uFEFF/, '');
  const at = (line: number, column: number) => (line === 1 ? { line: offset.line, column: offset.column + column - 1 } : { line: offset.line + line - 1, column });
  if (isYaml(file)) {
    const document = parseDocument(body, { prettyErrors: false });
    const error = document.errors[0];
    if (error) {
      const position = error.linePos?.[0] ?? { line: 1, col: 1 };
      const where = at(position.line, position.col);
      throw new FileProblem(file, where.line, where.column, `Not valid YAML: ${error.message.split('\n')[0]}`);
    }
    return document.toJS();
  }
  const parsed = parseJson(body);
  if (parsed.ok) return parsed.value;
  const where = at(parsed.error.line, parsed.error.column);
  throw new FileProblem(file, where.line, where.column, `Not valid JSON: ${parsed.error.message.replace(/^invalid JSON: /, '')}`);
}

export function readWorkshopFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new FileProblem(file, undefined, undefined, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file' : String(error));
  }
  return parseWorkshopText(text, file);
}
