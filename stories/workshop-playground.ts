// "Try your workshop": an organizer pastes or drops their workshop file and sees every element render it,
// the problems the validator finds (the same `validateWorkshop` the elements run), and the HTML to embed it.
// Storybook only: it is not part of the library.
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import * as library from '../src/elements.js';
import { validateWorkshop } from '../src/data/issue-messages.js';
import { parseJson, type JsonParseError } from '../src/data/json-text.js';
import type { WorkshopIssue } from '../src/data/validate.js';
import { renderElement } from './element-story.js';
import { sampleNames, samples, type SampleName } from './samples.js';

/** Every element the library registers, header first, without the provider and the one-tag page. */
const TAGS = Object.values(library)
  .map((value) => (typeof value === 'function' ? customElements.getName(value as CustomElementConstructor) : null))
  .filter((tag): tag is string => tag !== null && tag !== 'workshop-data' && tag !== 'workshop-page')
  .sort((a, b) => Number(b === 'workshop-header') - Number(a === 'workshop-header') || a.localeCompare(b));

/** Where `npx workshop-widgets copy-assets assets/workshop-widgets` puts the files. */
export const SCRIPT_PATH = '/assets/workshop-widgets/workshop-widgets.js';

type View = 'elements' | 'page';

/** The embed code: one script tag and the workshop inline, as the Jekyll and Hugo recipes write it. */
export function embedSnippet(workshop: unknown, view: View): string {
  // `<` escaped, so that no text in the file can close the script element it sits in.
  const json = JSON.stringify(workshop, null, 2).replace(/</g, '\\u003c');
  const tags = view === 'page' ? ['workshop-page'] : TAGS;
  return [
    `<!-- The files come from: npx workshop-widgets copy-assets assets/workshop-widgets -->`,
    `<script type="module" src="${SCRIPT_PATH}"></script>`,
    `<workshop-data>`,
    `  <script type="application/json">`,
    json.replace(/^/gm, '  '),
    `  </script>`,
    ...tags.map((tag) => `  <${tag}></${tag}>`),
    `</workshop-data>`,
  ].join('\n');
}

/** `<ww-workshop-playground>`, registered by the story that shows it. */
export class WorkshopPlayground extends LitElement {
  @state() private text = '';
  @state() private view: View = 'elements';
  @state() private copied = '';
  @state() private dragging = false;

  /** Parsed and validated once per edit, not once per render. */
  private parsed: { ok: true; value: unknown; issues: WorkshopIssue[]; shown: boolean } | { ok: false; error: JsonParseError } | null = null;

  // Light DOM: the elements it shows are ordinary elements of the story, styled and checked like any other.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.text) this.loadSample('default');
  }

  private loadSample(name: SampleName): void {
    this.text = JSON.stringify(samples[name](), null, 2);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('text')) return;
    const parsed = parseJson(this.text);
    if (!parsed.ok) {
      this.parsed = { ok: false, error: parsed.error };
      return;
    }
    const result = validateWorkshop(parsed.value);
    this.parsed = { ok: true, value: parsed.value, issues: result.issues, shown: result.ok };
    this.copied = '';
  }

  private typing?: ReturnType<typeof setTimeout>;

  /** Renders once typing pauses: every element validates and renders the whole file again. */
  private onInput = (event: Event): void => {
    const value = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.typing);
    this.typing = setTimeout(() => (this.text = value), 300);
  };

  private async readFile(file: File | undefined): Promise<void> {
    if (file) this.text = await file.text();
  }

  private onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    void this.readFile(event.dataTransfer?.files[0]);
  };

  private onDragOver = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = true;
  };

  /** Puts the cursor where the JSON stops being valid. */
  private showProblem(error: JsonParseError): void {
    const textarea = this.querySelector<HTMLTextAreaElement>('#ww-playground-json')!;
    const lines = this.text.split('\n');
    const offset = lines.slice(0, error.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + error.column - 1;
    textarea.focus();
    textarea.setSelectionRange(offset, offset + 1);
  }

  private async copy(snippet: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(snippet);
      this.copied = 'Copied to the clipboard.';
    } catch {
      // Clipboard access can be refused (an iframe without permission): select the text for Ctrl+C instead.
      const code = this.querySelector<HTMLTextAreaElement>('#ww-playground-snippet')!;
      code.focus();
      code.select();
      this.copied = 'The browser refused the clipboard; the code is selected: press Ctrl+C (⌘C).';
    }
  }

  override render(): unknown {
    const parsed = this.parsed;
    const snippet = parsed?.ok && parsed.shown ? embedSnippet(parsed.value, this.view) : '';
    return html`
      <style>
        ww-workshop-playground { display: block; max-width: 72rem; }
        ww-workshop-playground .pg-grid { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); align-items: start; }
        @media (max-width: 56rem) { ww-workshop-playground .pg-grid { grid-template-columns: minmax(0, 1fr); } }
        ww-workshop-playground textarea { width: 100%; box-sizing: border-box; font: 0.8125rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; padding: 0.75rem; border: 1px solid color-mix(in srgb, currentColor 30%, transparent); border-radius: 0.5rem; background: light-dark(#fff, #0b1019); color: inherit; }
        ww-workshop-playground .pg-drop[data-dragging] textarea { outline: 3px dashed light-dark(#1d4ed8, #93c5fd); outline-offset: 2px; }
        ww-workshop-playground .pg-row { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin-block: 0.5rem; }
        ww-workshop-playground button, ww-workshop-playground select { font: inherit; padding: 0.35rem 0.75rem; border-radius: 0.375rem; border: 1px solid color-mix(in srgb, currentColor 35%, transparent); background: light-dark(#f3f4f6, #1b2230); color: inherit; cursor: pointer; }
        ww-workshop-playground .pg-problems { margin: 0; padding-left: 1.25rem; }
        ww-workshop-playground .pg-problems code, ww-workshop-playground .pg-error code { font-size: 0.875em; }
        ww-workshop-playground .pg-error { color: light-dark(#b42318, #ffb4a8); }
        ww-workshop-playground .pg-ok { color: light-dark(#067647, #75e0a7); }
        ww-workshop-playground .pg-element { border-top: 1px solid color-mix(in srgb, currentColor 18%, transparent); padding-block: 1.25rem; }
        ww-workshop-playground .pg-element > h3 { font: 600 0.875rem/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin: 0 0 0.75rem; color: light-dark(#4b5563, #a3aab5); }
        ww-workshop-playground .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        ww-workshop-playground fieldset { border: 0; padding: 0; margin: 0; display: flex; gap: 1rem; flex-wrap: wrap; }
      </style>
      <h2>Try your workshop</h2>
      <p>
        Paste your workshop file (JSON) below, open it, or drop it onto the text. Every element renders it as you type; the problems
        the validator finds are listed beside it, and the code to put in your page is underneath.
      </p>
      <div class="pg-grid">
        <div class="pg-drop" ?data-dragging=${this.dragging} @drop=${this.onDrop} @dragover=${this.onDragOver} @dragleave=${() => (this.dragging = false)}>
          <label for="ww-playground-json"><strong>Workshop file (JSON)</strong></label>
          <textarea id="ww-playground-json" rows="22" spellcheck="false" .value=${live(this.text)} @input=${this.onInput}></textarea>
          <div class="pg-row">
            <label>Open a file <input type="file" accept=".json,application/json" @change=${(e: Event) => this.readFile((e.target as HTMLInputElement).files?.[0])} /></label>
            <label
              >Start from a sample
              <select @change=${(e: Event) => this.loadSample((e.target as HTMLSelectElement).value as SampleName)}>
                ${sampleNames.map((name) => html`<option value=${name} ?selected=${name === 'default'}>${name}</option>`)}
              </select></label
            >
          </div>
        </div>
        <section aria-labelledby="ww-playground-problems">
          <h3 id="ww-playground-problems">Problems</h3>
          <div role="status" aria-live="polite">${this.renderProblems()}</div>
        </section>
      </div>

      <section aria-labelledby="ww-playground-embed">
        <h3 id="ww-playground-embed">Embed it</h3>
        ${snippet
          ? html`<fieldset>
                <legend class="visually-hidden">What to embed</legend>
                <label><input type="radio" name="ww-playground-view" ?checked=${this.view === 'elements'} @change=${() => (this.view = 'elements')} /> each element</label>
                <label><input type="radio" name="ww-playground-view" ?checked=${this.view === 'page'} @change=${() => (this.view = 'page')} /> the whole page in one tag (<code>&lt;workshop-page&gt;</code>)</label>
              </fieldset>
              <p>
                Copy the library's files into your site once with <code>npx workshop-widgets copy-assets assets/workshop-widgets</code>, then put this
                where the workshop should appear:
              </p>
              <label for="ww-playground-snippet" class="visually-hidden">Embed code</label>
              <textarea id="ww-playground-snippet" rows="10" readonly .value=${snippet}></textarea>
              <div class="pg-row">
                <button type="button" @click=${() => this.copy(snippet)}>Copy the code</button>
                <span role="status">${this.copied}</span>
              </div>`
          : html`<p>Once the file can be read, its embed code appears here.</p>`}
      </section>

      <section aria-labelledby="ww-playground-preview">
        <h3 id="ww-playground-preview">How it looks</h3>
        ${parsed?.ok ? this.renderPreview(parsed.value) : html`<p>Nothing to show until the JSON can be read.</p>`}
      </section>
    `;
  }

  private renderProblems(): unknown {
    const parsed = this.parsed;
    if (!parsed) return nothing;
    if (!parsed.ok) {
      const { error } = parsed;
      return html`<p class="pg-error">Line ${error.line}, column ${error.column}: ${error.message}.</p>
        <button type="button" @click=${() => this.showProblem(error)}>Show me where</button>`;
    }
    if (parsed.issues.length === 0) return html`<p class="pg-ok">No problems: every part of the file is used.</p>`;
    return html`<p>${parsed.issues.length === 1 ? 'One problem' : `${parsed.issues.length} problems`}${parsed.shown ? '; the rest of the file renders.' : '.'}</p>
      <ul class="pg-problems">
        ${parsed.issues.map(
          (issue) =>
            html`<li><code>${issue.path || 'the file'}</code>: ${issue.message}${issue.effect === 'fatal' ? nothing : html` <em>(${issue.effect})</em>`}</li>`,
        )}
      </ul>`;
  }

  private renderPreview(workshop: unknown): unknown {
    if (this.view === 'page') return html`<workshop-page heading-level="3" .data=${workshop}></workshop-page>`;
    return TAGS.map(
      (tag) => html`<div class="pg-element">
        <h3>&lt;${tag}&gt;</h3>
        ${this.renderElement(tag, workshop)}
      </div>`,
    );
  }

  private renderElement(tag: string, workshop: unknown): unknown {
    // Headings inside the elements continue below this page's own (h2, h3).
    const headings = (customElements.get(tag) as typeof LitElement | undefined)?.elementProperties.has('headingLevel');
    return renderElement(tag, headings ? { 'heading-level': 4, data: workshop } : { data: workshop });
  }
}
