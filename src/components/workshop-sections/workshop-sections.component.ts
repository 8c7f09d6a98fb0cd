import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { layoutEntry } from '../../data/layout.js';
import { english, type Translate } from '../../data/messages/index.js';
import type { RelatedGroup, RelatedWorkshop, Workshop } from '../../data/schema.js';
import { slugify } from '../../data/slug.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { link } from '../../internal/links.js';
import { markdown } from '../../internal/markdown.js';
import { WorkshopElement } from '../../internal/workshop-element.js';
import { workshopSectionsStyles } from './workshop-sections.styles.js';

export const SECTION_KINDS = ['overview', 'call-for-papers', 'policies', 'sections', 'related', 'footer'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** Kinds whose heading is a generic word rather than the organizers' own title. */
const GENERIC_KINDS = new Set<SectionKind>(['overview', 'call-for-papers', 'related']);

export interface TextBlock {
  kind: SectionKind;
  id: string;
  title: string;
  body?: string;
  related?: (RelatedWorkshop | RelatedGroup)[];
  /** Text after the body or list. */
  closing?: string;
}

/** Every prose block of the workshop, in reading order; ids are unique so they can serve as anchors. */
export function textBlocks(workshop: Workshop, msg: Translate = english): TextBlock[] {
  const blocks: TextBlock[] = [];
  const used = new Set<string>();
  const add = (block: TextBlock) => {
    let id = block.id;
    for (let n = 2; used.has(id); n++) id = `${block.id}-${n}`;
    used.add(id);
    blocks.push({ ...block, id });
  };
  const title = (section: string, fallback: string) => layoutEntry(workshop, section)?.title ?? fallback;
  if (workshop.overview) add({ kind: 'overview', id: 'overview', title: title('overview', msg('overview')), body: workshop.overview });
  const call = workshop.callForPapers;
  if (call?.description) add({ kind: 'call-for-papers', id: 'call-for-papers', title: msg('callForPapers'), body: call.description });
  for (const policy of call?.policies ?? []) add({ kind: 'policies', id: policy.id ?? slugify(policy.title), title: policy.title, body: policy.body });
  for (const section of workshop.sections ?? []) add({ kind: 'sections', id: section.id ?? slugify(section.title), title: section.title, body: section.body });
  if (workshop.relatedWorkshops?.length) {
    const { relatedWorkshopsIntro: body, relatedWorkshopsClosing: closing } = workshop;
    add({ kind: 'related', id: 'related-workshops', title: title('related', msg('relatedWorkshops')), body, related: workshop.relatedWorkshops, closing });
  }
  // The footer line has no heading of its own.
  if (workshop.footer) add({ kind: 'footer', id: 'footer', title: '', body: workshop.footer });
  return blocks;
}

/**
 * The workshop's prose as headed sections: the overview, the introduction of the call for papers, its
 * policies, the free sections (reproducibility, financial assistance...) and related workshops.
 *
 * @summary Overview, policies, free markdown sections and related workshops.
 * @csspart section - Each section.
 * @csspart heading - A section heading.
 * @csspart body - A section's markdown body.
 * @csspart related - The list of related workshops.
 * @csspart related-item - Each related workshop.
 * @csspart link - A related workshop's link.
 * @cssproperty --workshop-sections-gap - Space between sections; defaults to 1.5 × `--ww-gap`.
 * @cssproperty --workshop-sections-heading-color - Colour of the section headings; defaults to the text colour.
 * @fires ww-load - The workshop data is ready. `detail.workshop` holds it.
 * @fires ww-error - The data could not be loaded, or some sections were skipped. `detail` has `error` and `issues`.
 * @slot - Fallback content shown while the data loads.
 */
export class WorkshopSections extends WorkshopElement {
  static override styles = [...WorkshopElement.styles, workshopSectionsStyles];
  protected static override dataKeys = [
    'overview', 'callForPapers.description', 'callForPapers.policies', 'sections', 'relatedWorkshops', 'relatedWorkshopsIntro', 'relatedWorkshopsClosing', 'footer',
  ];

  /** Show only the section with this id (a section's or policy's `id`, else its title as a slug, or "overview"). */
  @property() section?: string;

  /**
   * Show only these kinds, space-separated: `overview`, `call-for-papers`, `policies`, `sections`, `related`.
   * With a single kind (or with `section`), the generic headings "Overview", "Call for papers" and "Related
   * workshops" are left out: the page around the element names what it shows.
   */
  @property() only?: string;

  /** Level of the section headings (1-6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Leave out the section headings, when the page around the element already gives one. */
  @property({ attribute: 'hide-headings', type: Boolean }) hideHeadings = false;

  private selected(workshop: Workshop): TextBlock[] {
    const kinds = (this.only ?? '').split(/\s+/).filter(Boolean);
    return textBlocks(workshop, this.msg).filter(
      (block) => (!this.section || block.id === this.section) && (kinds.length === 0 || kinds.includes(block.kind)),
    );
  }

  protected renderWorkshop(workshop: Workshop) {
    const blocks = this.selected(workshop);
    if (blocks.length === 0) return this.renderEmpty(this.section ? this.msg('noSection', { id: this.section }) : this.msg('nothingYet'));
    const level = headingLevel(this.headingLevel, 2);
    const kinds = (this.only ?? '').split(/\s+/).filter(Boolean);
    const genericHeadings = !this.section && kinds.length !== 1;
    return html`<div class="sections">
      ${blocks.map((block) => {
        const titled = !this.hideHeadings && !!block.title && (genericHeadings || !GENERIC_KINDS.has(block.kind));
        return html`<section part="section" class="section" data-kind=${block.kind} aria-labelledby=${titled ? block.id : nothing}>
          ${titled ? heading(level, block.title, 'heading', block.id) : nothing}
          ${block.body ? html`<div part="body" class="markdown">${markdown(block.body)}</div>` : nothing}
          ${block.related ? this.renderRelated(block.related) : nothing}
          ${block.closing ? html`<div part="body" class="markdown">${markdown(block.closing)}</div>` : nothing}
        </section>`;
      })}
    </div>`;
  }

  private renderRelated(related: (RelatedWorkshop | RelatedGroup)[]): TemplateResult {
    return html`<ul part="related" class="related">
      ${related.map((item) =>
        'items' in item
          ? html`<li part="related-group" class="group">
              <strong class="group-title" dir="auto">${item.title}</strong>${item.description ? html`<div class="markdown">${markdown(item.description)}</div>` : nothing}
              ${this.renderRelated(item.items)}
            </li>`
          : html`<li part="related-item">
          <span dir="auto">${link(item.url, item.name, 'link')}</span>${item.venue ? html` <span class="venue muted" dir="auto">(${item.venue})</span>` : nothing}
          ${item.note ? html`<div class="note muted">${item.note}</div>` : nothing}
        </li>`,
      )}
    </ul>`;
  }
}
