import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { ANY_AWARD, decodeFilter, EMPTY_FILTER, encodeFilter, filterPapers, paperIndex, type PaperFilter } from '../../data/papers.js';
import { PAPER_LINK_KINDS, type Paper, type PaperLinkKind, type Workshop } from '../../data/schema.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { link } from '../../internal/links.js';
import { markdown } from '../../internal/markdown.js';
import { onDemand } from '../../internal/on-demand.js';
import { WorkshopElement } from '../../internal/workshop-element.js';
import { paperListStyles } from './paper-list.styles.js';

/** BibTeX is written only when someone copies it. */
const bibtex = onDemand(() => import('../../data/bibtex.js'));

const LINK_LABELS: Record<PaperLinkKind, string> = {
  openreview: 'OpenReview',
  pdf: 'PDF',
  arxiv: 'arXiv',
  poster: 'Poster',
  slides: 'Slides',
  video: 'Video',
  code: 'Code',
};

const PRESENTATION_LABELS: Record<string, string> = { oral: 'Oral', spotlight: 'Spotlight', poster: 'Poster' };

/** Rows added per frame: the first screenful appears at once and 5,000 rows never block a frame for long. */
const CHUNK = 200;
/** Typing updates the list at once; only the address bar waits, since browsers throttle history updates. */
const URL_DELAY_MS = 300;

/** The next frame, or a short timeout where frames do not come (background tabs), whichever is first. */
function nextFrame(callback: () => void): () => void {
  const cancel = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  const run = () => {
    cancel();
    callback();
  };
  const frame = requestAnimationFrame(run);
  const timer = setTimeout(run, 50);
  return cancel;
}

export interface PaperCopyDetail {
  paper: string;
  bibtex: string;
  /** False when the clipboard was unavailable and the entry was shown for copying by hand. */
  copied: boolean;
}

/**
 * Accepted papers with search over titles and authors, filters by track, presentation and award, links
 * and a copy-BibTeX action. The filters live in the address (`?papers-q=...`), so a filtered view can be
 * shared. Long lists render in chunks and off-screen rows skip layout, so 5,000 papers stay responsive.
 *
 * @summary Searchable, filterable list of accepted papers.
 * @csspart controls - The search box and filter menus.
 * @csspart search - The search box.
 * @csspart filter - Each filter menu.
 * @csspart count - The "Showing N of M papers" line (a polite live region).
 * @csspart list - The list of papers.
 * @csspart paper - Each paper.
 * @csspart title - Each paper's title heading.
 * @csspart authors - The authors line.
 * @csspart badge - Presentation, track and award labels.
 * @csspart links - The links and the copy button of a paper.
 * @csspart link - Each link.
 * @csspart copy - The copy-BibTeX button.
 * @csspart bibtex - The BibTeX shown for copying by hand when the clipboard is unavailable.
 * @cssproperty --paper-list-accent - Colour of the award label; defaults to `--ww-accent`.
 * @cssproperty --paper-list-row-height - Estimated height of an off-screen row (keeps the scrollbar steady).
 * @fires ww-copy - The reader asked for a paper's BibTeX. `detail` has `paper` (id), `bibtex` and `copied`.
 * @fires ww-load - The workshop data is ready. `detail.workshop` holds it.
 * @fires ww-error - The data could not be loaded, or some of its entries were skipped. `detail` has `error` and `issues`.
 * @slot - Fallback content shown while the data loads (and by browsers without JavaScript).
 */
export class PaperList extends WorkshopElement {
  static override styles = [...WorkshopElement.styles, paperListStyles];
  protected static override dataKeys = ['papers'];

  /** Level of each paper's title heading (1-6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Do not read or write the filters in the page address (for several lists on one page). */
  @property({ attribute: 'no-url-state', type: Boolean }) noUrlState = false;

  @state() private filter: PaperFilter = EMPTY_FILTER;
  @state() private limit = CHUNK;
  @state() private announcement = '';
  /** BibTeX entries shown for copying by hand (copying failed), by paper id. */
  @state() private shownBibtex = new Map<string, string>();
  @state() private openAbstracts = new Set<string>();

  private results: Paper[] = [];
  /** The results cut into chunks once per search, so a frame that adds a chunk leaves the others untouched. */
  private chunks: Paper[][] = [];
  private resultsFor: { workshop: Workshop | undefined; filter: PaperFilter } | undefined;
  /** Cancels the pending chunk. */
  private frame: (() => void) | undefined;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private focusBibtex: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.noUrlState && typeof location !== 'undefined') this.filter = decodeFilter(new URLSearchParams(location.search));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.frame?.();
    this.frame = undefined;
    if (this.urlTimer !== undefined) this.writeUrl();
  }

  /** The papers shown by the current search and filters. */
  get visiblePapers(): readonly Paper[] {
    return this.results;
  }

  /** Sets the search and filters as a reader would (fields left out keep their value). */
  setFilter(change: Partial<PaperFilter>): void {
    this.filter = { ...this.filter, ...change };
    this.limit = CHUNK;
    if (this.noUrlState) return;
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => this.writeUrl(), URL_DELAY_MS);
  }

  private writeUrl(): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = undefined;
    const url = new URL(location.href);
    const params = encodeFilter(this.filter, url.searchParams);
    const search = params.toString();
    if (search === url.searchParams.toString()) return;
    url.search = search;
    history.replaceState(history.state, '', url);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const workshop = this.workshop;
    if (this.resultsFor?.workshop !== workshop || this.resultsFor?.filter !== this.filter) {
      this.results = workshop ? filterPapers(paperIndex(workshop), this.filter) : [];
      this.chunks = [];
      for (let i = 0; i < this.results.length; i += CHUNK) this.chunks.push(this.results.slice(i, i + CHUNK));
      this.resultsFor = { workshop, filter: this.filter };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.limit < this.results.length && this.frame === undefined) this.frame = nextFrame(() => {
      this.frame = undefined;
      this.limit += CHUNK;
    });
    if (this.focusBibtex) {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[data-paper="${CSS.escape(this.focusBibtex)}"]`);
      this.focusBibtex = undefined;
      area?.focus();
      area?.select();
    }
  }

  /** Copies the paper's BibTeX, or shows it when the clipboard refuses. Once the BibTeX code is loaded this
   * starts within the click, which some browsers require of the clipboard. */
  private copy(paper: Paper, workshop: Workshop): Promise<void> {
    return bibtex.run(({ bibtexEntry }) => this.copyText(paper, bibtexEntry(paper, workshop))).catch(() => {
      this.announcement = 'Could not load BibTeX: check the connection and try again.';
    });
  }

  private async copyText(paper: Paper, entry: string): Promise<void> {
    let copied = false;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(entry);
      copied = true;
    } catch {
      // No clipboard (insecure page, denied permission): show the entry, selected, to copy by hand.
      this.shownBibtex = new Map(this.shownBibtex).set(paper.id, entry);
      this.focusBibtex = paper.id;
    }
    this.announcement = copied ? `Copied BibTeX of “${paper.title}”.` : `Could not copy. The BibTeX of “${paper.title}” is shown below it, selected.`;
    this.emit('ww-copy', { paper: paper.id, bibtex: entry, copied } satisfies PaperCopyDetail);
  }

  private toggleAbstract(id: string, event: Event): void {
    const open = (event.target as HTMLDetailsElement).open;
    if (open === this.openAbstracts.has(id)) return;
    const next = new Set(this.openAbstracts);
    if (open) next.add(id);
    else next.delete(id);
    this.openAbstracts = next;
  }

  protected renderWorkshop(workshop: Workshop) {
    const index = paperIndex(workshop);
    if (index.entries.length === 0) return this.renderEmpty('No accepted papers yet.');
    const total = index.entries.length;
    const shown = this.results;
    const filtered = this.filter.query.trim() !== '' || !!this.filter.track || !!this.filter.presentation || !!this.filter.award;
    return html`
      ${this.renderControls(workshop, filtered)}
      <p part="count" class="count" role="status">Showing ${shown.length} of ${total} ${total === 1 ? 'paper' : 'papers'}</p>
      ${shown.length === 0
        ? html`<p class="no-match muted">No paper matches. <button type="button" class="button" @click=${() => this.setFilter(EMPTY_FILTER)}>Clear filters</button></p>`
        : html`<ol part="list" class="list" role="list">
            ${this.chunks
              .slice(0, Math.ceil(this.limit / CHUNK))
              .map((chunk) =>
                guard([chunk, workshop, this.headingLevel, this.openAbstracts, this.shownBibtex], () =>
                  repeat(chunk, (paper) => paper.id, (paper) => this.renderPaper(workshop, paper)),
                ),
              )}
          </ol>`}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }

  private renderControls(workshop: Workshop, filtered: boolean) {
    const index = paperIndex(workshop);
    const trackNames = new Map((workshop.callForPapers?.tracks ?? []).map((track) => [track.id, track.name]));
    const menu = (label: string, field: Exclude<keyof PaperFilter, 'query'>, all: string, options: [string, string][]) =>
      html`<label class="field"
        ><span>${label}</span>
        <select part="filter" data-filter=${field} @change=${(event: Event) => this.setFilter({ [field]: (event.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${this.filter[field] === ''}>${all}</option>
          ${options.map(([value, text]) => html`<option value=${value} ?selected=${this.filter[field] === value}>${text}</option>`)}
        </select></label
      >`;
    return html`<div part="controls" class="controls" role="search">
      <label class="field search"
        ><span>Search titles and authors</span>
        <input
          part="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          .value=${this.filter.query}
          @input=${(event: Event) => this.setFilter({ query: (event.target as HTMLInputElement).value })}
      /></label>
      ${index.tracks.length > 1 ? menu('Track', 'track', 'All tracks', index.tracks.map((id) => [id, trackNames.get(id) ?? id])) : nothing}
      ${index.presentations.length > 1 ? menu('Presentation', 'presentation', 'All presentations', index.presentations.map((p) => [p, PRESENTATION_LABELS[p] ?? p])) : nothing}
      ${index.awards.length > 0 ? menu('Award', 'award', 'All papers', [[ANY_AWARD, 'Any award'], ...index.awards.map((a): [string, string] => [a, a])]) : nothing}
      ${filtered ? html`<button type="button" class="button clear" @click=${() => this.setFilter(EMPTY_FILTER)}>Clear filters</button>` : nothing}
    </div>`;
  }

  private renderPaper(workshop: Workshop, paper: Paper) {
    const track = paper.track ? (workshop.callForPapers?.tracks ?? []).find((t) => t.id === paper.track)?.name ?? paper.track : undefined;
    const links = PAPER_LINK_KINDS.filter((kind) => paper.links?.[kind]);
    return html`<li part="paper" class="paper">
      ${heading(headingLevel(this.headingLevel, 3), paper.title, 'title')}
      ${paper.authors.length ? html`<p part="authors" class="authors">${paper.authors.join(', ')}</p>` : nothing}
      ${paper.presentation || track || paper.awards?.length
        ? html`<p class="badges">
            ${paper.presentation ? html`<span part="badge" class="badge" data-presentation=${paper.presentation}>${PRESENTATION_LABELS[paper.presentation]}</span>` : nothing}
            ${track ? html`<span part="badge" class="badge track">${track}</span>` : nothing}
            ${(paper.awards ?? []).map((award) => html`<span part="badge" class="badge award"><span aria-hidden="true">★ </span>${award}</span>`)}
          </p>`
        : nothing}
      <ul part="links" class="links" role="list">
        ${links.map((kind) => html`<li>${link(paper.links![kind], LINK_LABELS[kind], 'link', `${LINK_LABELS[kind]}: ${paper.title}`)}</li>`)}
        <li>
          <button part="copy" type="button" class="button copy" aria-label=${`Copy BibTeX: ${paper.title}`} @pointerenter=${bibtex.warm} @focus=${bibtex.warm} @click=${() => void this.copy(paper, workshop)}>Copy BibTeX</button>
        </li>
      </ul>
      ${paper.abstract
        ? html`<details class="abstract" @toggle=${(event: Event) => this.toggleAbstract(paper.id, event)}>
            <summary>Abstract</summary>
            ${this.openAbstracts.has(paper.id) ? html`<div class="markdown">${markdown(paper.abstract)}</div>` : nothing}
          </details>`
        : nothing}
      ${this.shownBibtex.has(paper.id)
        ? html`<textarea part="bibtex" class="bibtex" readonly rows="7" data-paper=${paper.id} aria-label=${`BibTeX: ${paper.title}`} .value=${this.shownBibtex.get(paper.id)!}></textarea>`
        : nothing}
    </li>`;
  }
}
