/**
 * `markdown(text)`: a Lit directive that shows `text` as plain text at once and swaps in the sanitized
 * rendering when the markdown engine has loaded. Elements never touch HTML strings themselves.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';

type Engine = typeof import('./markdown-engine.js');

let engine: Engine | undefined;
let loading: Promise<Engine> | undefined;

/** Starts loading marked and DOMPurify; resolves when markdown renders synchronously. */
export function loadMarkdown(): Promise<Engine> {
  loading ??= import('./markdown-engine.js').then((module) => (engine = module));
  return loading;
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

class MarkdownDirective extends AsyncDirective {
  private source: string | undefined;

  render(source: string | undefined | null): unknown {
    if (source == null || source === '') return nothing;
    this.source = source;
    if (engine) return render(source) ?? asText(source);
    void loadMarkdown().then(() => {
      if (this.isConnected && this.source === source) this.setValue(render(source) ?? asText(source));
    });
    return asText(source);
  }
}

/** Renders a markdown field: sanitized HTML once loaded, plain text until then and if it cannot be rendered safely. */
export const markdown = directive(MarkdownDirective);
