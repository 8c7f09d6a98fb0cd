/**
 * From a JSON path (`people[2].email`) back to the line and column in the organizers' own JSON or YAML text,
 * so a problem found in the parsed data can be shown where it was written.
 */
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';

export type PathSegment = string | number;

export interface SourcePosition {
  line: number;
  column: number;
}

export interface Located {
  /** Where the key of the last object member found on the path starts (none for list entries and the root). */
  key?: SourcePosition;
  /** Where the value found starts. */
  value: SourcePosition;
  /** True when the value is text, a number, a boolean or null (not an object or a list). */
  scalar: boolean;
  /** True when the whole path exists; otherwise the positions are those of the deepest part that does. */
  complete: boolean;
}

export interface SourceLocator {
  locate(path: readonly PathSegment[]): Located;
}

/**
 * Splits a path as `formatPath` in src/data/validate.ts writes it: `a.b[3]["odd key"]`. Text that is not
 * such a path gives the segments read so far.
 */
export function parseIssuePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const token = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let match: RegExpExecArray | null;
  while (token.lastIndex < path.length && (match = token.exec(path))) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(JSON.parse(match[3]!) as string);
  }
  return segments;
}

/** Line starts found once, then a binary search per offset: thousands of problems stay cheap. */
function lineIndex(text: string): (offset: number) => SourcePosition {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
  return (offset) => {
    const { line, col } = counter.linePos(offset);
    return { line, column: col };
  };
}

const withoutBom = (text: string) => text.replace(/^\uFEFF/, '');

/** Positions in JSON text that JSON.parse accepts (a BOM is skipped, as the parser does). */
export function jsonLocator(source: string): SourceLocator {
  const text = withoutBom(source);
  const root = parseTree(text, [], { disallowComments: true, allowEmptyContent: true });
  const position = lineIndex(text);
  return {
    locate(path) {
      if (!root) return { value: { line: 1, column: 1 }, scalar: false, complete: false };
      let node: JsonNode = root;
      let key: JsonNode | undefined;
      let complete = true;
      for (const segment of path) {
        let next: JsonNode | undefined;
        let nextKey: JsonNode | undefined;
        if (node.type === 'object' && typeof segment === 'string') {
          // JSON.parse keeps the last of duplicate keys, so look from the end.
          const member = node.children?.findLast((property) => property.children?.[0]?.value === segment);
          nextKey = member?.children?.[0];
          next = member?.children?.[1];
        } else if (node.type === 'array' && typeof segment === 'number') {
          next = node.children?.[segment];
        }
        if (!next) {
          complete = false;
          break;
        }
        node = next;
        key = nextKey;
      }
      return {
        ...(key && { key: position(key.offset) }),
        value: position(node.offset),
        scalar: node.type !== 'object' && node.type !== 'array',
        complete,
      };
    },
  };
}

/** Positions in YAML text, following aliases into the node they name. */
export function yamlLocator(source: string): SourceLocator {
  const lineCounter = new LineCounter();
  return yamlDocumentLocator(parseDocument(withoutBom(source), { lineCounter, prettyErrors: false }), lineCounter);
}

/** Positions in a YAML document already parsed with `lineCounter`. */
export function yamlDocumentLocator(document: Document, lineCounter: LineCounter): SourceLocator {
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(line, 1), column: Math.max(col, 1) };
  };
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(document) : node);
  return {
    locate(path) {
      let node = resolve(document.contents) as YamlNode | null | undefined;
      let key: YamlNode | undefined;
      let complete = true;
      for (const segment of path) {
        let next: unknown;
        let nextKey: YamlNode | undefined;
        if (isMap(node) && typeof segment === 'string') {
          const pair = node.items.findLast((item) => isPair(item) && String(isScalar(item.key) ? item.key.value : item.key) === segment);
          if (pair && isScalar(pair.key)) nextKey = pair.key;
          next = pair?.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          next = node.items[segment];
        }
        next = resolve(next);
        if (!next && nextKey?.range) {
          // `key:` with nothing after it is null in the data: point at the key.
          const at = position(nextKey.range[0]);
          return { key: at, value: at, scalar: true, complete: true };
        }
        if (!next || !(next as YamlNode).range) {
          complete = false;
          break;
        }
        node = next as YamlNode;
        key = nextKey;
      }
      const start = node?.range?.[0] ?? 0;
      return {
        ...(key?.range && { key: position(key.range[0]) }),
        value: position(start),
        scalar: !isMap(node) && !isSeq(node),
        complete,
      };
    },
  };
}

export const isYamlFile = (file: string) => /\.ya?ml$/i.test(file);
