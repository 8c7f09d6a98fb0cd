import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Workshop } from '../../data/schema.js';
import { markdown } from '../../internal/markdown.js';
import { WorkshopElement } from '../../internal/workshop-element.js';
import { workshopFaqStyles } from './workshop-faq.styles.js';

/**
 * Frequently asked questions as disclosures: each question opens its markdown answer, and one button opens
 * or closes them all (readers searching the page with Ctrl+F want everything open).
 *
 * @summary FAQ as accessible disclosures with an "expand all" toggle.
 * @csspart toolbar - The row holding the expand-all button.
 * @csspart toggle-all - The expand-all / collapse-all button.
 * @csspart list - The list of questions.
 * @csspart item - Each question and answer (a `<details>`).
 * @csspart question - The question (the `<summary>`).
 * @csspart answer - The answer.
 * @cssproperty --workshop-faq-marker - Colour of the open/closed marker; defaults to `--ww-accent`.
 * @cssproperty --workshop-faq-question-weight - Font weight of questions (default 600).
 * @fires ww-load - The workshop data is ready. `detail.workshop` holds it.
 * @fires ww-error - The data could not be loaded, or some questions were skipped. `detail` has `error` and `issues`.
 * @slot - Fallback content shown while the data loads.
 */
export class WorkshopFaq extends WorkshopElement {
  static override styles = [...WorkshopElement.styles, workshopFaqStyles];
  protected static override dataKeys = ['faq'];

  /** Open every answer at first. */
  @property({ type: Boolean }) expanded = false;

  /** Indices of the open questions; mirrors the disclosures so the toggle button knows what to say. */
  @state() private openItems = new Set<number>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // New data or a new `expanded` value resets which answers are open.
    const dataChanged = (changed as Map<PropertyKey, unknown>).has('workshopState');
    if (changed.has('expanded') || (dataChanged && this.expanded)) this.setAll(this.expanded);
  }

  private get count(): number {
    return this.workshop?.faq?.length ?? 0;
  }

  private setAll(open: boolean): void {
    this.openItems = open ? new Set(Array.from({ length: this.count }, (_, index) => index)) : new Set();
  }

  /** Opens every answer, or closes them all when all are open (or when `open` is false). */
  toggleAll(open = !this.allOpen): void {
    this.setAll(open);
  }

  private get allOpen(): boolean {
    return this.count > 0 && this.openItems.size >= this.count;
  }

  private onToggle(index: number, event: Event): void {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    if (open === this.openItems.has(index)) return;
    const next = new Set(this.openItems);
    if (open) next.add(index);
    else next.delete(index);
    this.openItems = next;
  }

  protected renderWorkshop(workshop: Workshop) {
    const faq = workshop.faq ?? [];
    if (faq.length === 0) return this.renderEmpty(this.msg('noQuestions'));
    const allOpen = this.allOpen;
    return html`${faq.length > 1
        ? html`<div part="toolbar" class="toolbar">
            <button part="toggle-all" class="text-button" type="button" @click=${() => this.toggleAll()}>
              ${this.msg(allOpen ? 'collapseAll' : 'expandAll')}
            </button>
          </div>`
        : nothing}
      <div part="list" class="list">
        ${faq.map(
          (entry, index) => html`<details part="item" class="item" ?open=${this.openItems.has(index)} @toggle=${(event: Event) => this.onToggle(index, event)}>
            <summary part="question" dir="auto">${entry.question}</summary>
            <div part="answer" class="answer markdown">${markdown(entry.answer)}</div>
          </details>`,
        )}
      </div>`;
  }
}
