/**
 * The only path by which workshop data becomes markup: marked turns markdown into HTML, DOMPurify
 * parses it into a fragment and removes everything that could run, style or submit. Loaded lazily,
 * because marked and DOMPurify weigh more than every element together. The prerenderer runs the same
 * pipeline in Node, on a jsdom window.
 */
import DOMPurify, { type Config, type WindowLike } from 'dompurify';
import { Marked } from 'marked';
import { isExternalUrl, isSafeUrl } from '../data/url.js';

const marked = new Marked({ gfm: true, async: false });

const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'background', 'poster', 'cite'];

function fixAttributes(node: Element): void {
  if (node.nodeType !== 1) return;
  for (const name of URL_ATTRIBUTES) {
    const value = node.getAttribute(name);
    if (value !== null && !isSafeUrl(value)) node.removeAttribute(name);
  }
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    if (isExternalUrl(node.getAttribute('href')!)) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else {
      node.removeAttribute('target');
    }
  }
  if (node.tagName === 'IMG') {
    // Without alt, screen readers read the file name; an image with no words given is treated as decoration.
    if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
  }
}

const PURIFY_CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'object', 'embed', 'base', 'link', 'meta', 'dialog', 'template', 'video', 'audio', 'source', 'track'],
  FORBID_ATTR: ['style', 'id', 'name', 'class', 'srcset', 'tabindex', 'autofocus', 'popover', 'popovertarget'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  RETURN_DOM_FRAGMENT: true,
};

/** Markdown past these limits is shown as text: rendering it could take seconds or exhaust the stack. */
const MAX_LENGTH = 100_000;
const MAX_NESTING = 16;
const NESTING = new RegExp(`^[ \\t]*(?:(?:>|[-*+]|\\d+[.)])[ \\t]*){${MAX_NESTING},}`, 'm');
const DEEP_INDENT = new RegExp(`^[ \\t]{${MAX_NESTING * 4},}\\S`, 'm');

export function isRenderableMarkdown(source: string): boolean {
  return source.length <= MAX_LENGTH && !NESTING.test(source) && !DEEP_INDENT.test(source);
}

/**
 * Wide code blocks and tables scroll sideways on a phone; keyboard users must be able to reach them to
 * scroll. A table keeps display: table (its semantics) inside a scrolling region. No class: markdown output
 * carries none, so organizer markup cannot borrow the element's styles; tabindex marks ours (DOMPurify drops theirs).
 */
function withReachableScrollers(fragment: DocumentFragment): DocumentFragment {
  for (const pre of fragment.querySelectorAll('pre')) pre.setAttribute('tabindex', '0');
  for (const table of fragment.querySelectorAll('table')) {
    const region = fragment.ownerDocument.createElement('div');
    region.setAttribute('tabindex', '0');
    region.setAttribute('role', 'region');
    region.setAttribute('aria-label', 'Table');
    table.replaceWith(region);
    region.append(table);
  }
  return fragment;
}

/** The pipeline on one window: the page's, or jsdom's when prerendering. */
export function createMarkdownRenderer(window: WindowLike): (source: string) => DocumentFragment | null {
  const purify = DOMPurify(window);
  purify.addHook('afterSanitizeAttributes', fixAttributes);
  /** A sanitized fragment, or null when the text must be shown as plain text instead. */
  return (source) => {
    if (!isRenderableMarkdown(source)) return null;
    try {
      const html = marked.parse(source) as string;
      return withReachableScrollers(purify.sanitize(html, PURIFY_CONFIG));
    } catch {
      return null;
    }
  };
}

let pageRenderer: ((source: string) => DocumentFragment | null) | undefined;

/** A sanitized fragment for this page, or null when the text must be shown as plain text instead. */
export function markdownToFragment(source: string): DocumentFragment | null {
  pageRenderer ??= createMarkdownRenderer(window);
  return pageRenderer(source);
}
