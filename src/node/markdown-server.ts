/**
 * Markdown at build time: the browser's pipeline (src/internal/markdown-engine.ts, marked then DOMPurify)
 * run on a jsdom window. jsdom is the DOM that DOMPurify's own test suite runs on, so it sanitizes exactly
 * as in a browser; lighter DOMs parse HTML differently, which is where sanitizer bypasses come from.
 */
import { JSDOM } from 'jsdom';
import type { WindowLike } from 'dompurify';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { createMarkdownRenderer } from '../internal/markdown-engine.js';
import { setServerMarkdownRenderer } from '../internal/markdown.js';

let installed = false;

/** Lets elements rendered in Node show markdown fields as sanitized HTML. */
export function installServerMarkdown(): void {
  if (installed) return;
  installed = true;
  const { window } = new JSDOM('<!doctype html>');
  const toFragment = createMarkdownRenderer(window as unknown as WindowLike);
  const container = window.document.createElement('div');
  setServerMarkdownRenderer((source) => {
    const fragment = toFragment(source);
    if (!fragment) return undefined;
    container.replaceChildren(fragment);
    return unsafeHTML(container.innerHTML);
  });
}
