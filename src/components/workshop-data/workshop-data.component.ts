import { ContextProvider } from '@lit/context';
import { css, html, isServer, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { IDLE, loadWorkshop, readWorkshopText, stateFromData, type WorkshopState } from '../../data/load.js';
import { workshopContext } from '../../internal/context.js';
import { onDemand } from '../../internal/on-demand.js';

/** schema.org Event data, loaded once some workshop is ready (it is not needed to show anything). */
const eventData = onDemand(() => import('../../internal/event-data.js'));

/**
 * Provides one workshop description to every workshop element inside it.
 *
 * The data comes from the `data` property, the `src` attribute (a URL), or an inline
 * `<script type="application/json">` child, in that order. The provider renders nothing of its own
 * (`display: contents`), so it can wrap a whole page or a single section. "Try again" in an element inside
 * reaches it as a `ww-retry-request` event and loads the file again.
 *
 * When the workshop is ready, it adds schema.org `Event` data for search engines to the page's head (one
 * `<script type="application/ld+json" data-workshop-widgets>`), unless the page already describes an Event
 * (a prerendered page does), keeps it up to date, and removes it when the provider leaves the page.
 *
 * @summary Shares a workshop description with the elements inside it.
 * @slot - The page content, including workshop elements.
 * @fires ww-data-change - The provided state changed (loading, ready or error). `detail.state` holds it.
 */
export class WorkshopData extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL of the workshop JSON file. */
  @property({ reflect: true }) src?: string;

  /** The workshop description as an object; wins over `src` and inline JSON. */
  @property({ attribute: false }) data?: unknown;

  private readonly provider = new ContextProvider(this, { context: workshopContext, initialValue: IDLE });
  private readonly observer = new MutationObserver(() => this.readInline());

  constructor() {
    super();
    // "Try again" in an element inside asks the provider, which owns the request.
    this.addEventListener('ww-retry-request', (event) => {
      event.stopPropagation();
      this.reload();
    });
  }

  /** The state the elements inside receive. */
  get state(): WorkshopState {
    return this.provider.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Inline JSON may be edited live (or arrive after upgrade, while the parser is still streaming).
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.data === undefined && !this.src) this.readInline();
    this.writeJsonLd();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
    this.jsonLdScript?.remove();
  }

  /** Loads `src` again (after a network error, or when the file changed). */
  reload(): void {
    if (this.src) this.load(this.src, true);
    else this.readInline();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('data') && !changed.has('src')) return;
    if (this.data !== undefined) this.provide(stateFromData(this.data, '<workshop-data>'));
    else if (this.src) this.load(this.src, false);
    else this.readInline();
  }

  private inlineText: string | undefined;

  private readInline(): void {
    if (this.data !== undefined || this.src) return;
    const script = this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text === this.inlineText) return;
    this.inlineText = text;
    const source = 'the inline workshop JSON';
    const state = text === undefined ? IDLE : readWorkshopText(text, source);
    if (!(state instanceof Promise)) return this.provide(state);
    // Text that is not JSON waits for the words of its error; meanwhile the elements say they are loading.
    this.provide({ status: 'loading', source });
    void state.then((read) => {
      if (this.inlineText === text && this.data === undefined && !this.src) this.provide(read);
    });
  }

  private load(src: string, reload: boolean): void {
    this.provide({ status: 'loading', source: src });
    void loadWorkshop(src, { reload }).then((state) => {
      if (this.src === src && this.data === undefined) this.provide(state);
    });
  }

  private provide(state: WorkshopState): void {
    if (state === this.provider.value) return;
    this.provider.setValue(state);
    this.dispatchEvent(new CustomEvent('ww-data-change', { detail: { state }, bubbles: true, composed: true }));
    this.writeJsonLd();
  }

  private jsonLdScript?: HTMLScriptElement;

  /** Adds, updates or removes this provider's Event data in the page's head (kept while a new file loads). */
  private writeJsonLd(): void {
    const { status } = this.provider.value;
    if (isServer || status === 'loading' || (status !== 'ready' && !this.jsonLdScript)) return;
    // A prerendered page carries the data in its head already: no need to load the module to find that out.
    if (!this.jsonLdScript && document.querySelector('script[type="application/ld+json"][data-workshop-widgets]')) return;
    eventData
      // The state when the module is there, not when it was asked for: a slow load never writes old data.
      .run(({ writeEventData }) => {
        const state = this.provider.value;
        if (state.status !== 'loading') this.jsonLdScript = writeEventData(state.status === 'ready' && this.isConnected ? state.workshop : null, this.jsonLdScript);
      })
      // Search data is an extra: a failed load (connection lost) leaves the page as it is.
      .catch(() => {});
  }

  override render() {
    return html`<slot></slot>`;
  }
}
