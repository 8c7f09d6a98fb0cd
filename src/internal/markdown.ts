/**
 * `markdown(text)`: a Lit directive that shows `text` as plain text at once and swaps in the sanitized
 * rendering when the markdown engine has loaded. Elements never touch HTML strings themselves.
 *
 * Prerendered pages already hold the sanitized rendering (made at build time by the same engine, see
 * src/node/markdown-server.ts); the directive adopts it, so such pages never load the engine for it.
 */
import { html, isServer, noChange, nothing, type TemplateResult } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { ChildPart } from 'lit/directive.js';

type Engine = typeof import('./markdown-engine.js');

let engine: Engine | undefined;
let loading: Promise<Engine> | undefined;

/** Starts loading marked and DOMPurify; resolves when markdown renders synchronously. */
export function loadMarkdown(): Promise<Engine> {
  loading ??= import('./markdown-engine.js').then((module) => (engine = module));
  return loading;
}

/** In Node, the prerenderer's: sanitized HTML as a value Lit SSR writes out. */
let serverRenderer: ((source: string) => unknown) | undefined;

export function setServerMarkdownRenderer(renderer: (source: string) => unknown): void {
  serverRenderer = renderer;
}

const rendered = new Map<string, DocumentFragment | null>();
const CACHE_LIMIT = 500;

function render(source: string): DocumentFragment | null {
  if (!rendered.has(source)) {
    if (rendered.size >= CACHE_LIMIT) rendered.delete(rendered.keys().next().value!);
    rendered.set(source, engine!.markdownToFragment(source));
  }
  const fragment = rendered.get(source);
  // A fragment can be inserted only once; every use gets its own copy.
  return fragment ? (fragment.cloneNode(true) as DocumentFragment) : null;
}

function asText(source: string): TemplateResult {
  return html`<div class="markdown-text">${source}</div>`;
}

/** Lit SSR opens each part with a `lit-part` comment; a client render opens with an empty one. */
const isPrerendered = (part: ChildPart) => (part.startNode as Comment | null)?.data?.startsWith('lit-part') === true;

class MarkdownDirective extends AsyncDirective {
  private source: string | undefined;
  /** What is on screen is the final rendering of `source` (prerendered, or by the engine). */
  private final = false;
  private updated = false;

  override update(part: ChildPart, [source]: [string | undefined | null]): unknown {
    if (source === this.source && this.final) return noChange;
    // The first render of a prerendered part adopts the HTML that the build sanitized.
    const adopt = !this.updated && !!source && isPrerendered(part);
    this.updated = true;
    this.source = source ?? undefined;
    this.final = adopt;
    return adopt ? noChange : this.render(source);
  }

  render(source: string | undefined | null): unknown {
    if (source == null || source === '') return nothing;
    if (isServer) return serverRenderer?.(source) ?? asText(source);
    this.source = source;
    if (engine) {
      this.final = true;
      return render(source) ?? asText(source);
    }
    void loadMarkdown().then(() => {
      if (this.isConnected && this.source === source) {
        this.final = true;
        this.setValue(render(source) ?? asText(source));
      }
    });
    return asText(source);
  }
}

/** Renders a markdown field: sanitized HTML once loaded, plain text until then and if it cannot be rendered safely. */
export const markdown = directive(MarkdownDirective);
