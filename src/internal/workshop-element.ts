import { ContextConsumer } from '@lit/context';
import { adoptStyles, html, isServer, LitElement, nothing, ReactiveElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IDLE, loadWorkshop, stateFromData, type LoadError, type WorkshopState } from '../data/load.js';
import type { Workshop } from '../data/schema.js';
import { viewerTimeZone, isKnownTimeZone } from '../data/time.js';
import { formatPath, type WorkshopIssue } from '../data/validate.js';
import { ensureContextRoot, workshopContext } from './context.js';
import { PRERENDER_ATTRIBUTE, serverRender } from './server-render.js';
import { themeStyles } from './theme.js';

type Adoption = typeof import('./adoption.js');
let adoption: Adoption | undefined;
let loadingAdoption: Promise<unknown> | undefined;

/** Lit's hydration and the checks around it, loaded only by pages that have prerendered elements. */
function loadAdoption(): Promise<unknown> {
  return (loadingAdoption ??= import('./adoption.js').then((module) => (adoption = module)));
}

/** ReactiveElement's update (reflecting attributes, marking the update done) without LitElement's render. */
const updateWithoutRendering = (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update;

/** Problems listed open under an element's content; more fold into a box. */
const OPEN_ISSUES = 5;

export interface WorkshopErrorDetail {
  error: LoadError | null;
  /** Entries skipped or values ignored, of the parts this element shows. */
  issues: WorkshopIssue[];
}

/** Reads an attribute from the element or its nearest ancestor, across shadow roots (like `lang`). */
export function inheritedAttribute(element: Element, name: string): string | null {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest(`[${name}]`);
    if (found) return found.getAttribute(name);
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * What every workshop element shares: where its data comes from, the loading, empty and error states,
 * the events that report them, the theme, and the inherited `lang` and `time-zone`.
 *
 * Data comes from, in order: the `data` property, the `src` attribute, the nearest `<workshop-data>`.
 *
 * Prerendered HTML (declarative shadow DOM written by `workshop-widgets prerender`) is adopted, not replaced:
 * the first render reproduces what the build rendered, at the build's clock and without the reader's zone,
 * and Lit's hydration attaches to the existing nodes; then the parts that depend on the reader render.
 * HTML from another version or other data is rendered afresh instead.
 */
export abstract class WorkshopElement extends LitElement {
  static override styles = [themeStyles];

  /** Top-level keys of the workshop this element renders; issues elsewhere are not its business. */
  protected static dataKeys: readonly string[] = [];

  /** The workshop description as an object (frameworks, stories, tests). Wins over `src` and the provider. */
  @property({ attribute: false }) data?: unknown;

  /** URL of a workshop JSON file. Elements naming the same URL share one request. */
  @property({ reflect: true }) src?: string;

  /** `light`, `dark`, or `auto` (follow the reader's system). Unset: follow the page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /**
   * The reader's zone for local times (an IANA name), e.g. for previews; unset: the nearest ancestor's
   * `time-zone`, else the browser's. Reactive, so changing it re-renders.
   */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** The language for dates and sorting; unset: the nearest ancestor's `lang`. Reactive, so changing it re-renders. */
  @property({ reflect: true }) override lang!: string;

  /** The current state; subclasses render `workshop` when it is ready. */
  @state() protected workshopState: WorkshopState = IDLE;

  /**
   * False while the reader is unknown: at build time, and in the browser's first render, which adopts the
   * prerendered HTML and must match it. Parts that depend on the reader (their zone, their clock, what they
   * chose before) render only when true; until then they keep their space.
   */
  @state() protected readerKnown = !isServer;

  /** The time states (passed, next) are computed at: the build's while the reader is unknown, then the reader's. */
  @state() protected now = isServer ? serverRender.now : Date.now();

  /** The shadow root holds prerendered HTML that the first render adopts. */
  private adopting = !isServer && this.shadowRoot !== null;
  /** The `ww-prerendered` mark of that HTML: on this tag, or on the prerendered host it is inside. */
  private prerenderMark: string | null = null;

  private provided: WorkshopState = IDLE;
  private reported: WorkshopState | undefined;
  private consumer?: ContextConsumer<typeof workshopContext, this>;

  /** True when the data comes from a <workshop-data> ancestor: no `data` property and no `src`. */
  private get usesProvider(): boolean {
    return this.data === undefined && !this.src;
  }

  /**
   * Asks the nearest <workshop-data> for data, once, and only when nothing else supplies it: a request
   * nobody answers waits at the context root for as long as the page lives.
   */
  private consumeProvidedData(): void {
    if (this.consumer) return;
    ensureContextRoot();
    this.consumer = new ContextConsumer(this, {
      context: workshopContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
        if (this.usesProvider) this.workshopState = value;
      },
    });
  }

  /** The language for dates and collation: `lang` here or on an ancestor, else the browser's. */
  protected get locale(): string | undefined {
    return this.lang || (isServer ? serverRender.lang : inheritedAttribute(this, 'lang')) || undefined;
  }

  /** The reader's zone: `time-zone` here or on an ancestor (for previews and tests), else the browser's. */
  protected get viewerZone(): string {
    const zone = this.timeZone || inheritedAttribute(this, 'time-zone');
    return zone && isKnownTimeZone(zone) ? zone : viewerTimeZone();
  }

  /** The validated workshop, when ready. */
  get workshop(): Workshop | undefined {
    return this.workshopState.status === 'ready' ? this.workshopState.workshop : undefined;
  }

  /** Loads `src` again (after a network error, or when the file changed). */
  retry(): void {
    if (this.src) this.loadSource(this.src, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.derivedFrom !== changed) this.deriveState(changed);
  }

  /** The changes whose data `deriveState` has already taken in (shouldUpdate may do it before willUpdate). */
  private derivedFrom?: PropertyValues;

  private deriveState(changed: PropertyValues): void {
    this.derivedFrom = changed;
    if (changed.has('data') || changed.has('src')) {
      if (this.data !== undefined) this.workshopState = stateFromData(this.data);
      else if (this.src) this.loadSource(this.src, false);
      else {
        this.consumeProvidedData();
        this.workshopState = this.provided;
      }
    }
  }

  private loadSource(src: string, reload: boolean): void {
    this.workshopState = { status: 'loading', source: src };
    void loadWorkshop(src, { reload }).then((result) => {
      // A removed element stays quiet; if it comes back, connectedCallback picks the answer up from the cache.
      if (this.isConnected && this.src === src && this.data === undefined) this.workshopState = result;
    });
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'defer-hydration'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Lit SSR marks elements inside another's prerendered shadow root; the host's hydration removes the mark.
    if (name === 'defer-hydration' && value === null && this.isConnected) this.connectedCallback();
  }

  override connectedCallback(): void {
    if (this.hasAttribute('defer-hydration')) return;
    if (this.adopting && !this.hasUpdated) {
      this.prerenderMark = this.getAttribute(PRERENDER_ATTRIBUTE) ?? inheritedAttribute(this, PRERENDER_ATTRIBUTE);
      // The first render reproduces the build's: at its clock (the mark's second word), without the reader.
      this.readerKnown = false;
      this.now = Date.parse(this.prerenderMark?.split(' ')[1] ?? '') || Date.now();
    }
    super.connectedCallback();
    if (this.usesProvider) this.consumeProvidedData();
    if (this.workshopState.status === 'loading' && this.src && this.data === undefined) this.loadSource(this.src, false);
    if (this.readerKnown) this.now = Date.now();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Lit's own would reuse the declarative root and render after its content.
    return this.adopting ? this.shadowRoot! : super.createRenderRoot();
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.adopting || adoption) return super.scheduleUpdate();
    // The prerendered HTML stays on screen meanwhile; if the code cannot load, the element renders afresh.
    return loadAdoption().then(
      () => super.scheduleUpdate(),
      () => {
        this.adopting = false;
        this.shadowRoot!.replaceChildren();
        adoptStyles(this.shadowRoot!, (this.constructor as typeof LitElement).elementStyles);
        this.meetReader();
        return super.scheduleUpdate();
      },
    );
  }

  /** Prerendered HTML stays, without an update (none of `updated()` runs on it), until the data it was made from arrives. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (!this.adopting) return true;
    this.deriveState(changed);
    return this.workshopState.status !== 'idle' && this.workshopState.status !== 'loading';
  }

  protected override update(changed: PropertyValues): void {
    if (!this.adopting) return super.update(changed);
    const state = this.workshopState;
    updateWithoutRendering.call(this, changed);
    this.adopting = false;
    const ownMark = this.hasAttribute(PRERENDER_ATTRIBUTE);
    const styles = (this.constructor as typeof LitElement).elementStyles;
    this.renderOptions.isConnected = this.isConnected;
    adoption!.takeOver({ root: this.shadowRoot!, mark: this.prerenderMark, ownMark, state, render: () => this.render(), options: this.renderOptions, styles });
    // Once this update is done (a change inside it would be a second update Lit warns about).
    queueMicrotask(() => this.meetReader());
  }

  /** From now on, render for the reader: their clock, their zone, their choices. */
  private meetReader(): void {
    this.readerKnown = true;
    this.now = Date.now();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.reported === this.workshopState) return;
    this.reported = this.workshopState;
    const current = this.workshopState;
    if (current.status === 'ready') {
      this.emit('ww-load', { workshop: current.workshop });
      const issues = this.relevantIssues(current.issues);
      if (issues.length > 0) this.emit('ww-error', { error: null, issues } satisfies WorkshopErrorDetail);
    } else if (current.status === 'error') {
      this.emit('ww-error', { error: current.error, issues: current.issues } satisfies WorkshopErrorDetail);
    }
  }

  /** Fires an event that bubbles out of shadow roots, as every event of this library does. */
  protected emit<T>(name: string, detail: T): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
  }

  /**
   * Issues of the parts this element shows. A misspelt key counts where it was meant to be (`importantDate`
   * with `importantDates`); an unknown top-level key close to nothing could have been meant for any element.
   */
  private relevantIssues(issues: WorkshopIssue[]): WorkshopIssue[] {
    // Once per state, not per render (a countdown renders every second; a file may have 100,000 problems).
    if (this.issuesOf?.from === issues) return this.issuesOf.relevant;
    const keys = (this.constructor as typeof WorkshopElement).dataKeys;
    const relevant = issues.filter((issue) => {
      const path = issue.didYouMean ?? issue.path;
      return keys.some((key) => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`)) || (issue.unknownKey !== undefined && path === formatPath([issue.unknownKey]));
    });
    // What was left out first, then values ignored, then unknown keys: the first few shown are the ones that matter.
    const rank = (issue: WorkshopIssue) => (issue.unknownKey !== undefined ? 2 : issue.effect === 'skipped' ? 0 : 1);
    const ordered = [0, 1, 2].flatMap((wanted) => relevant.filter((issue) => rank(issue) === wanted));
    this.issuesOf = { from: issues, relevant, ordered };
    return relevant;
  }

  private issuesOf?: { from: WorkshopIssue[]; relevant: WorkshopIssue[]; ordered: WorkshopIssue[] };

  override render(): unknown {
    const current = this.workshopState;
    switch (current.status) {
      case 'idle':
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderError(current.error);
      case 'ready':
        this.relevantIssues(current.issues);
        return html`${this.renderWorkshop(current.workshop)}${this.renderIssues(this.issuesOf!.ordered)}`;
    }
  }

  /** The element's content for a valid workshop. */
  protected abstract renderWorkshop(workshop: Workshop): unknown;

  /** While loading, the page's own fallback content (children of the tag) stays visible. */
  protected renderLoading(): TemplateResult {
    return html`<div part="loading" class="state" data-kind="loading" role="status" aria-live="polite">
      <slot><span class="muted">Loading workshop information…</span></slot>
    </div>`;
  }

  protected renderError(error: LoadError): TemplateResult {
    // A file behind a URL may be fixed or come back; data in a property or inline JSON cannot be retried.
    const retryable = error.url !== undefined;
    return html`<div part="error" class="state" data-kind="error" role="alert">
      <strong>Workshop information could not be shown.</strong>
      <p>${error.message}</p>
      ${retryable ? html`<p><button class="button" type="button" @click=${this.onRetryClick}>Try again</button></p>` : nothing}
    </div>`;
  }

  private onRetryClick = (): void => {
    if (this.src) this.retry();
    // The provider owns the request; ask it (it listens for this event).
    else this.emit('ww-retry-request', {});
  };

  /** A readable empty state; each element words it for what it shows. */
  protected renderEmpty(message: string): TemplateResult {
    return html`<p part="empty" class="state muted" data-kind="empty">${message}</p>`;
  }

  /** A quiet note under the content, open, so that nothing that lost data hides in a collapsed box; past the first few, the rest fold away. */
  private renderIssues(sorted: WorkshopIssue[]): unknown {
    if (sorted.length === 0) return nothing;
    const item = (issue: WorkshopIssue) => html`<li><code>${issue.path || 'file'}</code>: ${issue.message}</li>`;
    const unknownOnly = sorted[0]!.unknownKey !== undefined;
    const count = (n: number, one: string, many: string) => (n === 1 ? one : `${n.toLocaleString(this.locale)} ${many}`);
    const folded = sorted.slice(OPEN_ISSUES, OPEN_ISSUES + 50);
    const rest = sorted.length - OPEN_ISSUES - folded.length;
    return html`<div part="issues" class="issues" data-kind=${unknownOnly ? 'unknown-keys' : 'problems'}>
      <p>
        ${unknownOnly
          ? `${count(sorted.length, 'A key', 'keys')} in the workshop file ${sorted.length === 1 ? 'is' : 'are'} not known and ignored:`
          : `${count(sorted.length, 'One problem', 'problems')} in the workshop file: what ${sorted.length === 1 ? 'it affects' : 'they affect'} is not shown.`}
      </p>
      <ul>${sorted.slice(0, OPEN_ISSUES).map(item)}</ul>
      ${folded.length
        ? html`<details>
            <summary>${count(sorted.length - OPEN_ISSUES, 'One more', 'more')}</summary>
            <ul>${folded.map(item)}${rest > 0 ? html`<li>and ${rest.toLocaleString(this.locale)} more</li>` : nothing}</ul>
          </details>`
        : nothing}
    </div>`;
  }
}
