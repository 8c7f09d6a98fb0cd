/**
 * Prerendering a built page in place: every workshop tag in the HTML gets its shadow root written as
 * declarative shadow DOM, from its own `src` or its `<workshop-data>` (inline JSON or a file on disk).
 * Everything else in the file stays byte for byte as it was.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, type DefaultTreeAdapterMap, type Token } from 'parse5';
import { jsonLdScriptText, workshopJsonLd } from '../data/json-ld.js';
import { stateFromData } from '../data/load.js';
import { PRERENDER_ATTRIBUTE } from '../internal/server-render.js';
import { isWorkshopTag, renderElement } from './render-element.js';
import { FileProblem, FileProblems, parseWorkshopText, readWorkshopFile } from './workshop-file.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PageOptions {
  /** The page's path, for messages and for `src` addresses relative to it. */
  file: string;
  /** The folder that an address starting with `/` points into (the site's output folder). */
  siteRoot: string;
  /** The build's clock. */
  now: number;
  /** Workshop files already read, by path: a site usually has one, used by every page. */
  files?: Map<string, unknown>;
}

export interface PageResult {
  html: string;
  /** Elements whose shadow root was written. */
  rendered: number;
  /** Elements left for the browser, and why. */
  notes: string[];
}

/** Thrown with every problem of a page at once; nothing of the page is written. */
export class PageProblems extends FileProblems {}

/** Parse errors that mean the page is cut off or its tags cannot be told apart, not harmless sloppiness. */
const BROKEN_HTML = /^eof-in-|^unexpected-character-in-attribute-name$|^missing-attribute-value$/;

const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const isElement = (node: Node): node is Element => 'tagName' in node;
const where = (location: Token.Location | null | undefined) => location ?? { startLine: undefined, startCol: undefined };

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Attribute values the manifest declares as a choice (`'list' | 'table'`) or a number, by tag and attribute. */
let attributeRules: Map<string, Map<string, { choices?: string[]; number?: boolean }>> | undefined;

function rulesFor(tag: string): Map<string, { choices?: string[]; number?: boolean }> | undefined {
  if (!attributeRules) {
    attributeRules = new Map();
    let manifest: { modules?: { declarations?: { tagName?: string; attributes?: { name: string; type?: { text?: string } }[] }[] }[] } = {};
    try {
      manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
    } catch {
      // Without the manifest (a source checkout before `npm run manifest`), values go unchecked.
    }
    for (const declaration of manifest.modules?.flatMap((module) => module.declarations ?? []) ?? []) {
      if (!declaration.tagName) continue;
      const rules = new Map<string, { choices?: string[]; number?: boolean }>();
      for (const { name, type } of declaration.attributes ?? []) {
        const parts = (type?.text ?? '').split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
        if (parts.length > 0 && parts.every((part) => /^'[^']*'$/.test(part))) rules.set(name, { choices: parts.map((part) => part.slice(1, -1)) });
        else if (parts.length === 1 && parts[0] === 'number') rules.set(name, { number: true });
      }
      attributeRules.set(declaration.tagName, rules);
    }
  }
  return attributeRules.get(tag);
}

function checkAttributes(element: Element, file: string): FileProblem[] {
  const rules = rulesFor(element.tagName);
  const problems: FileProblem[] = [];
  for (const { name, value } of element.attrs) {
    const rule = rules?.get(name);
    const bad = rule?.choices ? !rule.choices.includes(value) : rule?.number ? !Number.isFinite(Number(value)) || value.trim() === '' : false;
    if (!bad) continue;
    const at = where(element.sourceCodeLocation?.attrs?.[name]);
    const expected = rule!.choices ? `one of ${rule!.choices.map((c) => `"${c}"`).join(', ')}` : 'a number';
    problems.push(new FileProblem(file, at.startLine, at.startCol, `<${element.tagName}> ${name}="${value}": expected ${expected}`));
  }
  return problems;
}

/** The first child that is a declarative shadow root written earlier (by us or anyone). */
function existingShadowRoot(element: Element): Element | undefined {
  return element.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'template' && (attribute(node, 'shadowrootmode') ?? attribute(node, 'shadowroot')) !== undefined);
}

export function prerenderPage(source: string, options: PageOptions): PageResult {
  const { file } = options;
  const problems: FileProblem[] = [];
  const notes: string[] = [];
  const edits: Edit[] = [];
  const files = options.files ?? new Map<string, unknown>();
  const document = parse(source, {
    sourceCodeLocationInfo: true,
    onParseError: (error) => {
      if (BROKEN_HTML.test(error.code)) problems.push(new FileProblem(file, error.startLine, error.startCol, `Broken HTML (${error.code})`));
    },
  });

  /** A workshop file named by `src`, read once per build. */
  const fromFile = (src: string, element: Element): unknown => {
    const path = decodeURIComponent(src.replace(/[?#].*$/, ''));
    const onDisk = path.startsWith('/') ? join(options.siteRoot, path) : join(dirname(file), path);
    if (!files.has(onDisk)) {
      try {
        files.set(onDisk, readWorkshopFile(onDisk));
      } catch (error) {
        const at = where(element.sourceCodeLocation?.attrs?.src);
        const reason = error instanceof FileProblem && error.line === undefined ? `${error.file} does not exist` : (error as Error).message;
        files.set(onDisk, new FileProblem(file, at.startLine, at.startCol, `<${element.tagName} src="${src}">: ${reason}`));
      }
    }
    const value = files.get(onDisk);
    if (value instanceof FileProblem) throw value;
    return value;
  };

  /** Data of a `<workshop-data>`: its `src`, else its inline JSON; undefined when it has neither. */
  const providedData = (provider: Element): unknown => {
    const src = attribute(provider, 'src');
    if (src !== undefined) return isRemote(src) ? undefined : fromFile(src, provider);
    const script = provider.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'script' && attribute(node, 'type') === 'application/json');
    const text = script?.childNodes[0];
    if (!script || !text || !('value' in text)) return undefined;
    const at = text.sourceCodeLocation;
    return parseWorkshopText(text.value, file, { line: at?.startLine ?? 1, column: at?.startCol ?? 1 });
  };

  let workshopForJsonLd: unknown;

  const visit = (node: Node, lang: string | undefined, provider: (() => unknown) | undefined): void => {
    if (!isElement(node)) return;
    const ownLang = attribute(node, 'lang') ?? lang;
    if (node.tagName === 'workshop-data') {
      let cached: { value?: unknown; error?: unknown } | undefined;
      const data = () => {
        cached ??= (() => {
          try {
            return { value: providedData(node) };
          } catch (error) {
            return { error };
          }
        })();
        if (cached.error) throw cached.error;
        return cached.value;
      };
      for (const child of node.childNodes) visit(child, ownLang, data);
      return;
    }
    if (!isWorkshopTag(node.tagName)) {
      if (node.tagName !== 'template') for (const child of node.childNodes) visit(child, ownLang, provider);
      return;
    }
    const location = node.sourceCodeLocation;
    const label = `<${node.tagName}>`;
    const attributeProblems = checkAttributes(node, file);
    problems.push(...attributeProblems);
    if (!location?.startTag) return;
    if (!location.endTag) {
      problems.push(new FileProblem(file, location.startLine, location.startCol, `${label} is never closed`));
      return;
    }
    let data: unknown;
    try {
      const src = attribute(node, 'src');
      data = src !== undefined ? (isRemote(src) ? undefined : fromFile(src, node)) : provider?.();
    } catch (error) {
      if (error instanceof FileProblem) problems.push(error.file === file ? error : new FileProblem(error.file, error.line, error.column, `${error.problem} (read for ${label} at ${file}:${location.startLine})`));
      else throw error;
      return;
    }
    if (data === undefined) {
      notes.push(`${file}:${location.startLine}: ${label} has no workshop file on disk (a remote src, or no <workshop-data> around it); the browser renders it`);
      return;
    }
    if (attributeProblems.length > 0) return;
    const state = stateFromData(data);
    if (state.status !== 'ready') {
      problems.push(new FileProblem(file, location.startLine, location.startCol, `${label}: ${state.status === 'error' ? state.error.message : 'no workshop'}`));
      return;
    }
    workshopForJsonLd ??= data;
    let rendered;
    try {
      rendered = renderElement(node.tagName, node.attrs.map((a) => [a.name, a.value] as const), data, { now: options.now, lang: ownLang });
    } catch (error) {
      notes.push(`${file}:${location.startLine}: ${label} could not be rendered at build time and is left for the browser: ${(error as Error).message}`);
      return;
    }
    if (!rendered) return;
    const tag = location.startTag;
    const markAt = location.attrs?.[PRERENDER_ATTRIBUTE];
    edits.push(
      markAt
        ? { start: markAt.startOffset, end: markAt.endOffset, text: `${PRERENDER_ATTRIBUTE}="${rendered.mark}"` }
        : { start: tag.endOffset - (source[tag.endOffset - 2] === '/' ? 2 : 1), end: tag.endOffset - (source[tag.endOffset - 2] === '/' ? 2 : 1), text: ` ${PRERENDER_ATTRIBUTE}="${rendered.mark}"` },
    );
    const previous = existingShadowRoot(node)?.sourceCodeLocation;
    edits.push(previous ? { start: previous.startOffset, end: previous.endOffset, text: rendered.shadow } : { start: tag.endOffset, end: tag.endOffset, text: rendered.shadow });
  };

  for (const child of document.childNodes) visit(child, undefined, undefined);
  if (problems.length > 0) throw new PageProblems(problems);

  if (workshopForJsonLd !== undefined) addJsonLd(document, workshopForJsonLd, edits);
  return { html: applyEdits(source, edits), rendered: edits.filter((edit) => edit.text.startsWith('<template')).length, notes };
}

const isRemote = (src: string) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src);

const JSON_LD_MARK = 'data-workshop-widgets';

/** schema.org Event data for search engines and link previews, unless the page has its own. */
function addJsonLd(document: DefaultTreeAdapterMap['document'], data: unknown, edits: Edit[]): void {
  const html = document.childNodes.find(isElement);
  const head = html?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'head');
  const location = head?.sourceCodeLocation;
  if (!head || !location?.endTag) return;
  const scripts = head.childNodes.filter((node): node is Element => isElement(node) && node.tagName === 'script' && attribute(node, 'type') === 'application/ld+json');
  const ours = scripts.find((script) => attribute(script, JSON_LD_MARK) !== undefined);
  if (scripts.some((script) => script !== ours)) return;
  const state = stateFromData(data);
  const jsonLd = state.status === 'ready' ? workshopJsonLd(state.workshop) : null;
  if (!jsonLd) return;
  const text = `<script type="application/ld+json" ${JSON_LD_MARK}>${jsonLdScriptText(jsonLd)}</script>`;
  const at = ours?.sourceCodeLocation;
  edits.push(at ? { start: at.startOffset, end: at.endOffset, text } : { start: location.endTag.startOffset, end: location.endTag.startOffset, text: `${text}\n` });
}

function applyEdits(source: string, edits: Edit[]): string {
  let output = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    output += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return output + source.slice(at);
}
