/**
 * Reading JSON text with an error an organizer can act on: what is wrong, in plain words, and where (line
 * and column), the same in every browser and in Node. Only a file that is not JSON needs this, so the
 * browser loads it on demand (`readWorkshopText` in ./load.ts); Node and tools import it directly.
 */
import { stateFromValue, withoutByteOrderMark, type WorkshopState } from './load.js';

/** The state of a workshop given as JSON text (an inline script, a file), with the JSON error in words. */
export function stateFromText(text: string, source: string): WorkshopState {
  const parsed = parseJson(text);
  if (parsed.ok) return stateFromValue(parsed.value, source);
  const { message, line, column } = parsed.error;
  return {
    status: 'error',
    source,
    error: { kind: 'json', message: `Could not read ${source}: ${message} (line ${line}, column ${column}).`, line, column },
    issues: [],
  };
}

export interface JsonParseError {
  message: string;
  line: number;
  column: number;
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** JSON.parse with an error an organizer can act on: what is wrong, in plain words, and where. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: JsonParseError } {
  const body = withoutByteOrderMark(text);
  if (body.trimStart().startsWith('<')) {
    return { ok: false, error: { message: 'it is an HTML page, not JSON (is the address right?)', line: 1, column: 1 } };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    // The engine's words differ between browsers and quote the text back; ours say the same everywhere.
    const { offset, reason } = jsonProblem(body);
    return { ok: false, error: { message: reason, ...lineAndColumn(body, offset) } };
  }
}

/** Offset of the first character that makes `text` invalid JSON (text.length when the text ends too early). */
export function jsonErrorOffset(text: string): number {
  return jsonProblem(text).offset;
}

/** Where `text` stops being JSON, and why, in words for organizers (a clause: it follows a colon). */
function jsonProblem(text: string): { offset: number; reason: string } {
  let i = 0;
  let comma = 0;
  const fail = (reason: string): never => {
    throw { offset: Math.min(i, text.length), reason };
  };
  const quoted = (char: string) => `"${char}"`;
  const space = () => {
    while (' \t\n\r'.includes(text[i] || '_')) i++;
  };
  const ended = (closer: string) => fail(`the text ends before the closing ${quoted(closer)}`);
  /** A word where a value or key belongs: `tru`, `title`, `'title'`, or a comment. */
  const word = (hint = '') => {
    if (text[i] === '/') fail('JSON allows no comments');
    const token = /^[^\s"{}[\],:]{1,40}/.exec(text.slice(i, i + 40))?.[0];
    fail(token ? `${quoted(token)} needs double quotes${hint}` : `a value is missing before ${quoted(text[i]!)}`);
  };
  const string = () => {
    i++; // opening quote
    for (let char; (char = text[i]) !== '"'; i++) {
      if (char === undefined || char === '\n' || char === '\r') fail('a text has no closing double quote');
      if (char < ' ') fail('a text holds a tab or control character (write it as \\t)');
      if (char === '\\' && !/^(["\\/bfnrt]|u[\da-fA-F]{4})/.test(text.slice(++i, i + 5))) fail(`"\\${text[i] ?? ''}" is not an escape JSON knows (write "\\\\" for a backslash)`);
    }
    i++;
  };
  /** After an entry of a list or object: true after a comma, false after the closing bracket. */
  const next = (closer: string) => {
    space();
    const char = text[i];
    if (char === ',') comma = i;
    if (char === ',' || char === closer) return i++, char === ',';
    if (char === undefined) ended(closer);
    if (char === '/') word();
    const key = /^"([^"\\\n]{1,40})"\s*:/.exec(text.slice(i, i + 60))?.[1];
    fail(key || /["{[\w-]/.test(char!) ? `a comma is missing${key ? ` before "${key}"` : ''}` : `expected a comma or ${quoted(closer)}, found ${quoted(char!)}`);
  };
  const value = (closer?: string): void => {
    space();
    const char = text[i];
    if (char === undefined) return closer ? ended(closer) : fail('the text ends where a value should be');
    if (char === '"') return string();
    if (char === '{' || char === '[') {
      const end = char === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === end) return void i++;
      do {
        space();
        if (text[i] === end) (i = comma), fail(`a comma before ${quoted(end)} has nothing after it (JSON allows no trailing comma)`);
        if (char === '[') value(end);
        else {
          if (text[i] === undefined) ended(end);
          if (text[i] !== '"') word();
          string();
          space();
          if (text[i] !== ':') return text[i] === undefined ? ended(end) : fail('a colon (":") is missing after the key');
          i++;
          value(end);
        }
      } while (next(end));
      return;
    }
    const token = /^[^\s"{}[\],:]{1,40}/.exec(text.slice(i, i + 40))?.[0] ?? '';
    if (/^[-+.\d]/.test(token) && !/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(token)) fail(`${quoted(token)} is not a number JSON can read`);
    if (!/^[-\d]/.test(token) && !['true', 'false', 'null'].includes(token)) word(' (the only words JSON knows are true, false and null)');
    i += token.length;
  };
  try {
    space();
    if (i === text.length) return { offset: 0, reason: 'the file is empty' };
    value();
    space();
    if (i < text.length) fail('there is more text after the end of the JSON');
  } catch (problem) {
    if ((problem as { reason?: string }).reason) return problem as { offset: number; reason: string };
  }
  // Our reading found nothing (or ran out of stack on absurd nesting) where JSON.parse did.
  return { offset: text.length, reason: 'this is not valid JSON' };
}
