import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { IDLE, loadWorkshop, stateFromData, stateFromText, type WorkshopState } from '../../data/load.js';
import { workshopContext } from '../../internal/context.js';

/**
 * Provides one workshop description to every workshop element inside it.
 *
 * The data comes from the `data` property, the `src` attribute (a URL), or an inline
 * `<script type="application/json">` child, in that order. The provider renders nothing of its own
 * (`display: contents`), so it can wrap a whole page or a single section. "Try again" in an element inside
 * reaches it as a `ww-retry-request` event and loads the file again.
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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
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
    this.provide(text === undefined ? IDLE : stateFromText(text, 'the inline workshop JSON'));
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
  }

  override render() {
    return html`<slot></slot>`;
  }
}
