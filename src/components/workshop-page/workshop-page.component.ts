import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Workshop } from '../../data/schema.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { land } from '../../internal/skip-link.js';
import { WorkshopElement } from '../../internal/workshop-element.js';
import '../workshop-header/workshop-header.js';
import { pageFooter, pageSections } from './workshop-page.sections.js';
import { workshopPageStyles } from './workshop-page.styles.js';
import { textOr } from '../../internal/define.js';

/**
 * A whole workshop site from one JSON file: the header, then every section the file has content for, in a
 * sensible order, with in-page navigation. Each section is one of the library's elements, given the data.
 *
 * Sections (ids, also the words of `hide`): overview, dates (with countdown and calendar), call-for-papers (with
 * topics, tracks, policies), speakers, panelists, schedule, papers, organizers, committee, volunteers, sponsors, faq, contact, each free
 * section by its id (or all with `sections`), related. `header`, `nav` and `footer` hide the header, navigation and footer line.
 * The workshop's `layout` orders, renames, hides and nests them, and gives a note to a section with nothing yet.
 *
 * @summary Every section of a workshop site, with a skip link and in-page navigation.
 * @csspart skip-link - The "Skip to important dates" link (or "Skip to content"), first on the page and shown when focused.
 * @csspart header - The workshop header element.
 * @csspart nav - The in-page navigation.
 * @csspart nav-list - The list of section links.
 * @csspart nav-link - Each section link.
 * @csspart section - Each section.
 * @csspart heading - Each section heading.
 * @csspart subheading - Headings inside a section (Topics, Tracks...).
 * @csspart action - The submission and style-file links of the call for papers.
 * @csspart footer - The workshop's footer line.
 * @cssproperty --workshop-page-max-width - Widest the content gets (default 72rem).
 * @cssproperty --workshop-page-nav-width - Width of the side navigation on wide screens (default 13rem).
 * @cssproperty --workshop-page-section-gap - Space between sections (default 3rem).
 * @cssproperty --workshop-page-heading-border - Colour of a line under section headings (default none: size and weight set them apart).
 * @fires ww-load - The workshop data is ready. `detail.workshop` holds it.
 * @fires ww-error - The data could not be loaded, or some entries were skipped. `detail` has `error` and `issues`.
 * @fires ww-navigate - The page moved to a section (a navigation link or the URL hash). `detail.id` names it.
 * @slot - Fallback content shown while the data loads.
 */
export class WorkshopPage extends WorkshopElement {
  static override styles = [...WorkshopElement.styles, workshopPageStyles];
  protected static override dataKeys = [
    'title', 'shortName', 'edition', 'tagline', 'conference', 'website', 'links', 'logo', 'banner', 'date', 'endDate', 'dateTbd',
    'timeZone', 'deadlineTimeZone', 'venue', 'modes', 'virtualUrl', 'overview', 'importantDates', 'callForPapers', 'people', 'roles',
    'schedule', 'papers', 'sponsorTiers', 'sponsors', 'faq', 'contact', 'relatedWorkshops', 'relatedWorkshopsIntro', 'relatedWorkshopsClosing',
    'sections', 'layout', 'footer',
  ];

  /** Sections to leave out, space-separated ids, e.g. `hide="schedule papers"`. */
  @property({ converter: textOr('') }) hide = '';

  /** Level of the section headings (1-6); the workshop title is one above, headings inside one below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Accessible name of the navigation; unset: "On this page" in the element's language. */
  @property({ attribute: 'nav-label', converter: textOr('') }) navLabel = '';

  /** The URL hash has been honoured for this data; later hash changes come through `hashchange`. */
  private hashHandled = false;

  private readonly onHashChange = () => void this.goToHash();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  private get hiddenSections(): Set<string> {
    return new Set(this.hide.split(/\s+/).filter(Boolean));
  }

  protected renderWorkshop(workshop: Workshop) {
    const level = headingLevel(this.headingLevel, 2);
    const hidden = this.hiddenSections;
    const sections = pageSections(workshop, level, hidden, this.msg);
    // Keyboard readers start here instead of tabbing through every link above the dates (wherever the layout put them).
    const skip = sections.some((section) => section.id === 'dates' || section.parts?.includes('dates')) ? 'dates' : sections[0]?.id;
    return html`<div class="page">
      ${skip ? html`<a part="skip-link" class="skip" href="#${skip}" @click=${this.onNavClick}>${this.msg(skip === 'dates' ? 'skipToDates' : 'skipToContent')}</a>` : nothing}
      ${hidden.has('header') ? nothing : html`<workshop-header part="header" heading-level=${Math.max(1, level - 1)} .data=${workshop}></workshop-header>`}
      <div class="layout">
        ${sections.length > 1 && !hidden.has('nav')
          ? html`<nav part="nav" class="nav" aria-label=${this.navLabel || this.msg('onThisPage')}>
              <ul part="nav-list" @click=${this.onNavClick}>
                ${sections.map((section) => html`<li><a part="nav-link" href="#${section.id}" dir="auto">${section.title}</a></li>`)}
              </ul>
            </nav>`
          : nothing}
        <div class="sections">
          ${sections.length === 0 ? this.renderEmpty(this.msg('moreToFollow')) : nothing}
          ${sections.map(
            (section) => html`<section part="section" class="section" id=${section.id} aria-labelledby="${section.id}-heading" data-section=${section.id}>
              ${heading(level, section.title, 'heading', `${section.id}-heading`)}
              <div class="content">${section.content}</div>
            </section>`,
          )}
          ${pageFooter(workshop, hidden)}
        </div>
      </div>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if ((changed as Map<PropertyKey, unknown>).has('workshopState')) this.hashHandled = false;
    if (!this.hashHandled && this.workshop) {
      this.hashHandled = true;
      void this.goToHash();
    }
  }

  private onNavClick(event: MouseEvent): void {
    const anchor = (event.target as Element).closest('a');
    if (!anchor || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const id = anchor.getAttribute('href')!.slice(1);
    // The sections live in the shadow root, where the browser's own fragment navigation cannot find them.
    event.preventDefault();
    if (this.scrollToSection(id) && location.hash !== `#${id}`) history.pushState(history.state, '', `#${id}`);
  }

  /** Follows the URL hash once the sections above the target have rendered, so it does not land short. */
  private async goToHash(): Promise<void> {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || !this.renderRoot.querySelector?.(`#${CSS.escape(id)}`)) return;
    const children = [...this.renderRoot.querySelectorAll('*')].filter((node): node is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in node);
    await Promise.all(children.map((child) => child.updateComplete));
    this.scrollToSection(id);
  }

  /** Scrolls a section into view and moves focus to its heading, as following a link to it should. Returns false for an unknown id. */
  scrollToSection(id: string): boolean {
    const section = this.renderRoot.querySelector<HTMLElement>(`section#${CSS.escape(id)}`);
    if (!section) return false;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    section.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
    const target = section.querySelector<HTMLElement>(`#${CSS.escape(`${id}-heading`)}`)!;
    land(target, { preventScroll: true });
    this.emit('ww-navigate', { id });
    return true;
  }
}
