import { ContextConsumer } from '@lit/context';
import { adoptStyles, html, isServer, LitElement, nothing, ReactiveElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IDLE, loadWorkshop, stateFromData, type LoadError, type WorkshopState } from '../data/load.js';
import type { Workshop } from '../data/schema.js';
import { viewerTimeZone, isKnownTimeZone } from '../data/time.js';
import type { IssueRecord, WorkshopIssue } from '../data/validate.js';
import { loadMessages, messageLanguage, messagesReady, translate, type Translate } from '../data/messages/index.js';
import type { CalendarEvent } from '../data/calendar.js';
import type { IcsOptions } from '../data/ics.js';
import { ensureContextRoot, workshopContext } from './context.js';
import { downloadCalendar } from './download.js';
import { PRERENDER_ATTRIBUTE, serverRender } from './server-render.js';
import { themeStyles } from './theme.js';

type Adoption = typeof import('./adoption.js');
let adoption: Adoption | undefined;
let loadingAdoption: Promise<unknown> | undefined;

/** Lit's hydration and the checks around it, loaded only by pages that have prerendered elements. */
function loadAdoption(): Promise<unknown> {
  return (loadingAdoption ??= import('./adoption.js').then((module) => (adoption = module)));
}

type IssueNotice = typeof import('./issue-notice.js');
let issueNotice: IssueNotice | undefined;
let loadingIssueNotice: Promise<unknown> | undefined;

/** The words for a file's problems and the notice that shows them, loaded only when a file has problems. A failed load can be tried again. */
function loadIssueNotice(): Promise<unknown> {
  return (loadingIssueNotice ??= import('./issue-notice.js').then(
    (module) => (issueNotice = module),
    (error: unknown) => {
      loadingIssueNotice = undefined;
      throw error;
    },
  ));
}

/** For the prerenderer: a render in Node cannot wait for a module, so it is given the notice before it renders. */
export function provideIssueNotice(module: IssueNotice): void {
  issueNotice = module;
}

/** ReactiveElement's update (reflecting attributes, marking the update done) without LitElement's render. */
const updateWithoutRendering = (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update;

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

/** Elements to tell when a `lang` may have changed above them. */
const languageListeners = new Set<() => void>();
let languageObserver: MutationObserver | undefined;

/** Tells every element that a `lang` changed somewhere; each re-renders only if its own language did. */
function languageChanged(): void {
  for (const listener of languageListeners) listener();
}

/**
 * One observer for the page: `lang` set or changed on <html>, a <workshop-data> or any element of the
 * document. Inside shadow roots only workshop elements carry `lang` (a reactive property that calls
 * `languageChanged` itself), so elements there follow their host.
 */
function listenForLanguage(listener: () => void): void {
  if (isServer) return;
  languageListeners.add(listener);
  if (languageObserver) return;
  languageObserver = new MutationObserver(languageChanged);
  languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
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

  /**
   * The language of the element's words, dates, numbers and sorting; unset: the nearest ancestor's `lang`
   * (changes there re-render too). Words come in English, German, French, Spanish, Portuguese and Simplified
   * Chinese; any other language gets English words with its own dates and numbers.
   */
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
  /** The state whose problems `ww-error` has reported. */
  private problemsReported: WorkshopState | undefined;
  /** The wait for the notice module, while one is under way. */
  private wording?: Promise<unknown>;
  /** A state whose problems could not be put in words (the module did not load); they are reported without. */
  private unworded: WorkshopState | undefined;
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

  /** The locale the current render speaks, read once per update (not once per word). */
  private wordsLocale: string | undefined;

  private readonly onLanguageChange = (): void => {
    if (this.hasUpdated && this.locale !== this.wordsLocale) this.requestUpdate();
  };

  /** Set when a calendar file could not be made (its writer did not load); the next download clears it. */
  @state() private calendarFailed = false;

  /** Downloads a calendar file; resolves true once it started, and tells the reader in words when it cannot. */
  protected async saveCalendar(filename: string, events: CalendarEvent[], options: IcsOptions): Promise<boolean> {
    const saved = await downloadCalendar(filename, events, options);
    this.calendarFailed = !saved;
    return saved;
  }

  /** The line under a calendar button: empty, or why no file came. A status region, so it is announced. */
  protected renderCalendarFailure(): TemplateResult {
    return html`<p part="calendar-failed" class="calendar-failed" role="status">${this.calendarFailed ? this.msg('calendarFailed') : nothing}</p>`;
  }

  /**
   * A word of the element's language (src/data/messages), as the organizers' `messages` word it if they did.
   * Bound once, so that render code hands it to data helpers as it is.
   */
  protected readonly msg: Translate = (key, ...params) => translate(this.wordsLocale, this.workshop?.messages, key, ...params);

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
    this.wordsLocale = this.locale;
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
    listenForLanguage(this.onLanguageChange);
    // Moved under another `lang`.
    this.onLanguageChange();
    if (this.usesProvider) this.consumeProvidedData();
    if (this.workshopState.status === 'loading' && this.src && this.data === undefined) this.loadSource(this.src, false);
    if (this.readerKnown) this.now = Date.now();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Lit's own would reuse the declarative root and render after its content.
    return this.adopting ? this.shadowRoot! : super.createRenderRoot();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    languageListeners.delete(this.onLanguageChange);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // A language other than English renders once its words are here, not in English first (and prerendered
    // HTML in that language is adopted only then, so that the first render matches it).
    const language = messageLanguage(this.locale);
    if (!messagesReady(language)) {
      if (this.adopting) loadAdoption().catch(() => {});
      return loadMessages(language).then(() => this.scheduleUpdate());
    }
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
    // The build rendered the notice of the file's problems: the first render needs its words too.
    return this.workshopState.status !== 'idle' && this.workshopState.status !== 'loading' && !this.waitingForWords(this.workshopState);
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
    // Elements in this one's shadow root follow its `lang`.
    if (changed.has('lang') && this.shadowRoot?.querySelector('*')) languageChanged();
    const current = this.workshopState;
    if (this.reported !== current) {
      this.reported = current;
      if (current.status === 'ready') this.emit('ww-load', { workshop: current.workshop });
    }
    if (this.problemsReported === current || (current.status !== 'ready' && current.status !== 'error') || this.waitingForWords(current)) return;
    this.problemsReported = current;
    if (current.status === 'error') {
      this.emit('ww-error', { error: current.error, issues: this.describe(current) } satisfies WorkshopErrorDetail);
      return;
    }
    const issues = this.unworded === current ? this.describe(current) : (this.relevantIssues(current)?.relevant ?? []);
    if (issues.length > 0) this.emit('ww-error', { error: null, issues } satisfies WorkshopErrorDetail);
  }

  /**
   * True while the words for the state's problems are loading (and starts loading them): the notice and
   * `ww-error` wait for them. A valid file has no problems and never waits.
   */
  private waitingForWords(state: WorkshopState): boolean {
    if (state.status === 'idle' || state.status === 'loading' || state.issues.length === 0 || issueNotice || this.unworded === state) return false;
    this.wording ??= loadIssueNotice().then(
      () => {
        this.wording = undefined;
        this.requestUpdate();
      },
      () => {
        this.wording = undefined;
        this.unworded = this.workshopState;
        this.requestUpdate();
      },
    );
    return true;
  }

  /** `updateComplete` includes the notice of the file's problems, which waits for their words. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.wording) {
      await this.wording;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Every problem of the state in words; if the words could not load, each says so after its path. */
  private describe(state: { issues: IssueRecord[] }): WorkshopIssue[] {
    if (state.issues.length === 0) return [];
    if (issueNotice) return issueNotice.describeIssues(state.issues);
    return state.issues.map(({ path, effect }) => ({ path, effect, message: 'This problem could not be described (a script did not load).' }));
  }

  /** Fires an event that bubbles out of shadow roots, as every event of this library does. */
  protected emit<T>(name: string, detail: T): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
  }

  /** Problems of the parts this element shows, once their words are loaded; none for a valid file. */
  private relevantIssues(state: { issues: IssueRecord[] }): { relevant: WorkshopIssue[]; ordered: WorkshopIssue[] } | undefined {
    if (!issueNotice || state.issues.length === 0) return undefined;
    // Once per state, not per render (a countdown renders every second; a file may have 100,000 problems).
    // `messages` (the organizers' wording) concerns every element.
    if (this.issuesOf?.from !== state.issues) this.issuesOf = { from: state.issues, ...issueNotice.relevantIssues(state.issues, [...(this.constructor as typeof WorkshopElement).dataKeys, 'messages']) };
    return this.issuesOf;
  }

  private issuesOf?: { from: IssueRecord[]; relevant: WorkshopIssue[]; ordered: WorkshopIssue[] };

  override render(): unknown {
    const current = this.workshopState;
    switch (current.status) {
      case 'idle':
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderError(current.error);
      case 'ready': {
        const issues = this.relevantIssues(current);
        // Without the notice's code (it did not load), the reader still learns that something is left out.
        const unworded = this.unworded === current && html`<div part="issues" class="issues" data-kind="problems"><p>${this.msg('problemsUnworded', { count: current.issues.length })}</p></div>`;
        return html`${this.renderWorkshop(current.workshop)}${issues ? issueNotice!.renderIssueNotice(issues.ordered, this.msg) : unworded || nothing}`;
      }
    }
  }

  /** The element's content for a valid workshop. */
  protected abstract renderWorkshop(workshop: Workshop): unknown;

  /** While loading, the page's own fallback content (children of the tag) stays visible. */
  protected renderLoading(): TemplateResult {
    return html`<div part="loading" class="state" data-kind="loading" role="status" aria-live="polite">
      <slot><span class="muted">${this.msg('loading')}</span></slot>
    </div>`;
  }

  protected renderError(error: LoadError): TemplateResult {
    // A file behind a URL may be fixed or come back; data in a property or inline JSON cannot be retried.
    const retryable = error.url !== undefined;
    return html`<div part="error" class="state" data-kind="error" role="alert">
      <strong>${this.msg('loadFailed')}</strong>
      <p>${error.message}</p>
      ${retryable ? html`<p><button class="button" type="button" @click=${this.onRetryClick}>${this.msg('retry')}</button></p>` : nothing}
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
}
