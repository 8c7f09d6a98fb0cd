/**
 * One workshop element rendered in Node with Lit SSR: the very templates the browser uses, written as
 * declarative shadow DOM that the browser shows before any script runs, and adopts when the script loads.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../elements.js';
import { stateFromData } from '../data/load.js';
import { provideMessages } from '../data/messages/index.js';
import de from '../data/messages/de.js';
import es from '../data/messages/es.js';
import fr from '../data/messages/fr.js';
import pt from '../data/messages/pt.js';
import zh from '../data/messages/zh.js';
import { formatPrerenderMark, workshopFingerprint } from '../internal/prerender-mark.js';
import { PRERENDER_ATTRIBUTE, serverRender } from '../internal/server-render.js';
import * as issueNotice from '../internal/issue-notice.js';
import { provideIssueNotice, WorkshopElement } from '../internal/workshop-element.js';
import { installServerMarkdown } from './markdown-server.js';

export interface RenderSettings {
  /** The build's clock: states (passed, next) are computed at it, and the HTML says so. */
  now: number;
  /** The language the page gives the element through an ancestor's `lang`. */
  lang?: string;
}

export interface RenderedElement {
  /** `<template shadowrootmode="open">…</template>`, to be the tag's first child. */
  shadow: string;
  /** The value of the tag's `ww-prerendered` attribute. */
  mark: string;
}

/** True for the tags that render a workshop (not `<workshop-data>`, which only provides one). */
export function isWorkshopTag(tag: string): boolean {
  const constructor = customElements.get(tag);
  return constructor !== undefined && constructor.prototype instanceof WorkshopElement;
}

/**
 * Every shadow root carries its element's styles (declarative shadow DOM cannot share a sheet), so a page
 * repeats them; comments and layout whitespace go. Only whitespace next to `{ } ; , >` is dropped, which
 * never changes what a selector or a value means.
 */
function compactStyles(html: string): string {
  return html.replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => {
    const compact = css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .trim();
    return `<style>${compact}</style>`;
  });
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Attributes that belong to a previous prerendering or to Lit's hydration, not to the page's author. */
const OWN_ATTRIBUTES = new Set([PRERENDER_ATTRIBUTE, 'defer-hydration']);

/**
 * Renders `<tag attributes>` for a workshop description (the parsed file, as the browser will receive it).
 * Returns null when the description is not valid: the browser renders its error instead.
 */
export function renderElement(tag: string, attributes: ReadonlyArray<readonly [string, string]>, data: unknown, settings: RenderSettings): RenderedElement | null {
  if (!isWorkshopTag(tag)) throw new Error(`<${tag}> is not a workshop element`);
  const state = stateFromData(data);
  if (state.status !== 'ready') return null;
  installServerMarkdown();
  // A render in Node cannot wait for a language's words either: they are all here before any render.
  for (const [language, words] of [['de', de], ['es', es], ['fr', fr], ['pt', pt], ['zh', zh]] as const) provideMessages(language, words);
  // The notice of the file's problems renders at once here, as the browser renders it once its words load.
  provideIssueNotice(issueNotice);
  const attributeText = attributes
    .filter(([name]) => !OWN_ATTRIBUTES.has(name) && /^[a-z][a-z0-9-]*$/.test(name))
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ');
  const name = unsafeStatic(tag);
  serverRender.now = settings.now;
  serverRender.lang = settings.lang;
  try {
    const output = collectResultSync(render(staticHtml`<${name} ${unsafeStatic(attributeText)} .data=${data}></${name}>`));
    const start = output.indexOf('<template shadowroot');
    const end = output.lastIndexOf(`</${tag}>`);
    if (start < 0 || end < start) throw new Error(`Lit SSR wrote no shadow root for <${tag}>`);
    return { shadow: compactStyles(output.slice(start, end)), mark: formatPrerenderMark(settings.now, workshopFingerprint(state.workshop)) };
  } finally {
    serverRender.lang = undefined;
  }
}
