import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { ANY_AWARD, decodeFilter, EMPTY_FILTER, encodeFilter, filterPapers, paperIndex, type PaperFilter } from '../../data/papers.js';
import { PAPER_LINK_KINDS, type Paper, type PaperLinkKind, type Workshop } from '../../data/schema.js';
import { onStarsChange, paperStarId, readStars, toggleStar } from '../../data/stars.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { link } from '../../internal/links.js';
import { markdown } from '../../internal/markdown.js';
import { onDemand } from '../../internal/on-demand.js';
import { emptyNote } from '../../internal/section-note.js';
import { skipLink, skipTarget } from '../../internal/skip-link.js';
import { starButton, starStyles } from '../../internal/star-button.js';
import { WorkshopElement } from '../../internal/workshop-element.js';
import { paperListStyles } from './paper-list.styles.js';
import { addEnglish } from '../../data/messages/index.js';
import { enProgram } from '../../data/messages/en-program.js';

// The words only the elements that load on demand say, with them.
addEnglish(enProgram);

/** BibTeX is written only when someone copies it. */
const bibtex = onDemand(() => import('../../data/bibtex.js'));

/** Links named after a service or format, the same in every language; the other kinds are message keys. */
const NAMED_LINKS: Partial<Record<PaperLinkKind, string>> = { openreview: 'OpenReview', pdf: 'PDF', arxiv: 'arXiv' };

const PRESENTATION_LABELS = { oral: 'oral', spotlight: 'spotlight', poster: 'poster' } as const;

/** Rows added per frame on mount: the first screenful appears at once and 5,000 rows never block a frame for long. */
const CHUNK = 200;
/**
 * Rows per group. In a long list each group skips style and layout while off screen (`content-visibility: auto`),
 * so hiding or showing thousands of rows costs work only on screen. The rows themselves render whole: skipping
 * them too saved little within a group of 25, and made the browser's find miss a row on its first search.
 * (With that on the rows alone, each row hidden or shown costs a style and layout update of its own: over a
 * second for 2,500 rows.)
 */
const GROUP = 25;
/** Lists longer than this skip rendering the groups off screen; shorter ones render every row (they are cheap,
 * and tools that measure the page, such as axe, see every row where it is). */
const LONG = 100;
/** Rows shown from the top of the viewport down whose groups a search sizes exactly (screens of them). */
const NEAR_ROWS = 200;
/** Typing updates the list at once; only the address bar waits, since browsers throttle history updates. */
const URL_DELAY_MS = 300;
/** How long a copy button says "Copied". */
const COPIED_MS = 2500;

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
 * Accepted papers with search over titles, authors and keywords, filters (chips) by track, presentation and award, links,
 * a copy-BibTeX action, and a star per paper: the visitor's starred papers join "My schedule" in
 * `<workshop-schedule>` (through the sessions that present them) and a "Starred" chip shows only them. The filters live in the address (`?papers-q=...`), so a filtered view can be
 * shared. Every paper is rendered once (in chunks, so 5,000 appear without a long frame) and stays in the
 * page, so the browser's find-in-page finds it; a search only toggles `hidden` on the rows it leaves out,
 * and rows off screen skip style and layout, so a keystroke stays fast at 5,000 papers.
 *
 * @summary Searchable list of accepted papers with filter chips, stars and BibTeX.
 * @csspart controls - The search box and filter chips.
 * @csspart search - The search box.
 * @csspart filter - Each group of filter chips (`data-filter` names it: track, presentation, award).
 * @csspart chip - Each filter chip (a button with aria-pressed and the filter value as `value`).
 * @csspart starred - The "Starred" chip, shown once the reader has starred a paper.
 * @csspart count - The "Showing N of M papers" line (a polite live region).
 * @csspart list - The list of papers.
 * @csspart paper - Each paper.
 * @csspart title - Each paper's title heading.
 * @csspart authors - The authors line.
 * @csspart keywords - The paper's keywords, in one quiet line under the authors.
 * @csspart badge - Presentation, track and award labels.
 * @csspart links - The links and the copy button of a paper.
 * @csspart link - Each link.
 * @csspart copy - The copy-BibTeX button; it says "Copied" for a few seconds after copying.
 * @csspart star - Each paper's star button (aria-pressed tells whether it is starred).
 * @csspart bibtex - The BibTeX shown for copying by hand when the clipboard is unavailable.
 * @cssproperty --paper-list-accent - Colour of the award label; defaults to `--ww-accent`.
 * @cssproperty --paper-list-row-height - Estimated height of an off-screen row (keeps the scrollbar steady).
 * @fires ww-copy - The reader asked for a paper's BibTeX. `detail` has `paper` (id), `bibtex` and `copied`.
 * @fires ww-load - The workshop data is ready. `detail.workshop` holds it.
 * @fires ww-error - The data could not be loaded, or some of its entries were skipped. `detail` has `error` and `issues`.
 * @slot - Fallback content shown while the data loads (and by browsers without JavaScript).
 */
export class PaperList extends WorkshopElement {
  static override styles = [...WorkshopElement.styles, starStyles, paperListStyles];
  protected static override dataKeys = ['papers'];

  /** Level of each paper's title heading (1-6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Do not read or write the filters in the page address (for several lists on one page). */
  @property({ attribute: 'no-url-state', type: Boolean }) noUrlState = false;

  @state() private filter: PaperFilter = EMPTY_FILTER;
  /** Rows rendered so far; grows a chunk per frame until every paper is in the page. */
  @state() private limit = CHUNK;
  @state() private announcement = '';
  /** BibTeX entries shown for copying by hand (copying failed), by paper id. */
  @state() private shownBibtex = new Map<string, string>();
  @state() private openAbstracts = new Set<string>();
  /** The paper whose copy button says "Copied". */
  @state() private copied: string | undefined;
  /** "Starred" chip pressed: the stars as they were then, so unstarring a paper does not pull its row from under the reader. */
  @state() private starredOnly: Set<string> | null = null;

  /** The reader's stars, read before each update once the reader is known. */
  private stars = new Set<string>();
  private stopStars: (() => void) | undefined;
  private copiedTimer: ReturnType<typeof setTimeout> | undefined;

  private results: Paper[] = [];
  /** All papers in groups of rows, cut once per workshop: a search changes no group, so Lit re-renders no row. */
  private groups: Paper[][] = [];
  private groupsFor: Workshop | undefined;
  /** Rows each rendered group is sized for while off screen. */
  private sizes: number[] = [];
  private resultsFor: { workshop: Workshop | undefined; filter: PaperFilter; starred: Set<string> | null } | undefined;
  /** Cancels the pending chunk. */
  private frame: (() => void) | undefined;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private focusBibtex: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.noUrlState && typeof location !== 'undefined') this.filter = decodeFilter(new URLSearchParams(location.search));
    // Stars given anywhere on the page show here; subscribed once, as this runs again when defer-hydration goes.
    this.stopStars ??= onStarsChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.frame?.();
    this.frame = undefined;
    if (this.urlTimer !== undefined) this.writeUrl();
    this.stopStars?.();
    this.stopStars = undefined;
  }

  /** The papers shown by the current search and filters. */
  get visiblePapers(): readonly Paper[] {
    return this.results;
  }

  /** Sets the search and filters as a reader would (fields left out keep their value). */
  setFilter(change: Partial<PaperFilter>): void {
    this.filter = { ...this.filter, ...change };
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
    if (this.groupsFor !== workshop) {
      const papers = workshop ? paperIndex(workshop).entries.map((entry) => entry.paper) : [];
      this.groups = [];
      for (let i = 0; i < papers.length; i += GROUP) this.groups.push(papers.slice(i, i + GROUP));
      this.groupsFor = workshop;
      this.sizes = [];
      this.limit = CHUNK;
    }
    // Prerendered, and while the browser adopts that HTML, every paper is in the page (readers without
    // JavaScript, search engines); only a list rendered in the browser arrives in chunks.
    if (!this.readerKnown) this.limit = this.groups.length * GROUP;
    this.stars = this.readerKnown && workshop ? readStars(workshop) : new Set();
    const starred = this.starredOnly;
    if (this.resultsFor?.workshop !== workshop || this.resultsFor?.filter !== this.filter || this.resultsFor?.starred !== starred) {
      const found = workshop ? filterPapers(paperIndex(workshop), this.filter) : [];
      this.results = starred ? found.filter((paper) => starred.has(paperStarId(paper))) : found;
      this.resultsFor = { workshop, filter: this.filter, starred };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.limit < this.groups.length * GROUP && this.frame === undefined) this.frame = nextFrame(() => {
      this.frame = undefined;
      this.limit += CHUNK;
    });
    // A search (not the first render, where the old values are undefined; the fields are private, so not in PropertyValues<this>).
    const old = changed as Map<PropertyKey, unknown>;
    this.showMatches(old.get('filter') !== undefined || old.get('starredOnly') !== undefined);
    if (this.focusBibtex) {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[data-paper="${CSS.escape(this.focusBibtex)}"]`);
      this.focusBibtex = undefined;
      area?.focus();
      area?.select();
    }
  }

  /**
   * Shows the matching rows and hides the rest (the rendered groups and rows follow `groups`). In a long list,
   * each group skips rendering while off screen (`content-visibility: auto`; find-in-page still searches it) with
   * the size of its rows × `--paper-list-row-height`; an empty group is skipped entirely. Restyling a group that
   * has not been on screen yet costs about as much as rendering it, so after a search only the groups from the
   * top of the viewport down get their exact size (the first frame shows the result laid out right); a group
   * further down is resized when its estimate is off more than 4× (or it empties), and renders at its true size
   * once it comes near the viewport anyway.
   */
  private showMatches(searched: boolean): void {
    const groups = this.renderRoot.querySelector('.list')?.children ?? [];
    const matching = new Set(this.results);
    // The last group always renders, so the list's end is where its rows end even before it has been on screen.
    const last = this.groups.length * GROUP > LONG ? this.groups.length - 1 : 0;
    // After a search, from the group before the first one that reaches into the viewport (off screen, groups are
    // estimates: no row renders to find it), `near` rows shown get their groups' exact size.
    let first = groups.length;
    if (searched) {
      for (let low = 0; low < first; ) {
        const mid = (low + first) >> 1;
        if (groups[mid]!.getBoundingClientRect().bottom < 0) low = mid + 1;
        else first = mid;
      }
      first--;
    }
    let near = NEAR_ROWS;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g] as HTMLElement;
      const rows = group.firstElementChild!.children;
      let shown = 0;
      for (let i = 0; i < rows.length; i++) {
        const show = matching.has(this.groups[g]![i]!);
        const row = rows[i] as HTMLElement;
        if (row.hidden === show) row.hidden = !show;
        if (show) shown++;
      }
      const sized = this.sizes[g];
      const exact = g >= first && near > 0;
      if (exact) near -= shown;
      if (sized === undefined || (exact ? shown !== sized : shown * 4 < sized || shown > sized * 4 || (!shown && sized))) {
        this.sizes[g] = shown;
        group.style.cssText = `content-visibility:${shown ? (g < last ? 'auto' : 'visible') : 'hidden'};contain-intrinsic-block-size:calc(${shown} * var(--_row-height))`;
      }
    }
  }

  /** Copies the paper's BibTeX, or shows it when the clipboard refuses. Once the BibTeX code is loaded this
   * starts within the click, which some browsers require of the clipboard. */
  private copy(paper: Paper, workshop: Workshop): Promise<void> {
    return bibtex.run(({ bibtexEntry }) => this.copyText(paper, bibtexEntry(paper, workshop))).catch(() => {
      this.announcement = this.msg('bibtexFailed');
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
    this.announcement = this.msg(copied ? 'bibtexCopied' : 'bibtexShown', { title: paper.title });
    if (copied) {
      // Seen on the button too, not only heard: it says "Copied" for a moment.
      this.copied = paper.id;
      clearTimeout(this.copiedTimer);
      this.copiedTimer = setTimeout(() => (this.copied = undefined), COPIED_MS);
    }
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
    if (index.entries.length === 0) return emptyNote(workshop, 'papers') ?? this.renderEmpty(this.msg('noPapers'));
    const total = index.entries.length;
    const shown = this.results;
    const filtered = this.filter.query.trim() !== '' || !!this.filter.track || !!this.filter.presentation || !!this.filter.award || !!this.starredOnly;
    // What of a group the reader changes (stars, "Copied"): a group re-renders only when its own papers change.
    const marks = (group: Paper[]) => (this.readerKnown ? group.map((paper) => +this.stars.has(paperStarId(paper)) + 2 * +(paper.id === this.copied)).join('') : '');
    return html`
      ${this.renderControls(workshop, filtered)}
      <p part="count" class="count" role="status">${this.msg('papersShown', { shown: shown.length, total })}</p>
      ${shown.length > 5 ? skipLink(this.msg('skipPapers', { count: shown.length }), 'papers-end') : nothing}
      ${shown.length === 0
        ? html`<p class="no-match muted">${this.msg('noPaperMatches')} <button type="button" class="button" @click=${this.clearFilters}>${this.msg('clearFilters')}</button></p>`
        : nothing}
      <ol part="list" class="list" role="list" ?hidden=${shown.length === 0}>
        ${this.groups.slice(0, Math.ceil(this.limit / GROUP)).map(
          (group) =>
            html`<li role="none"><ol role="none">${guard([group, workshop, this.headingLevel, this.openAbstracts, this.shownBibtex, this.readerKnown, marks(group), this.locale], () =>
              repeat(group, (paper) => paper.id, (paper) => this.renderPaper(workshop, paper)),
            )}</ol></li>`,
        )}
      </ol>
      ${shown.length > 5 ? skipTarget('papers-end', this.msg('endOfPapers')) : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }

  private readonly clearFilters = () => {
    this.starredOnly = null;
    this.setFilter(EMPTY_FILTER);
  };

  private renderControls(workshop: Workshop, filtered: boolean) {
    const index = paperIndex(workshop);
    const trackNames = new Map((workshop.callForPapers?.tracks ?? []).map((track) => [track.id, track.name]));
    // A pressed chip filters; pressing it again, or another of its group, changes the filter.
    const chips = (label: string, field: Exclude<keyof PaperFilter, 'query'>, options: [string, string][]) =>
      html`<div part="filter" class="chips" role="group" aria-label=${label} data-filter=${field}
        ><span class="chips-label" aria-hidden="true">${label}</span>${options.map(
          ([value, text]) =>
            html`<button part="chip" type="button" class="chip" value=${value} aria-pressed=${String(this.filter[field] === value)}
              @click=${() => this.setFilter({ [field]: this.filter[field] === value ? '' : value })}>${text}</button>`,
        )}</div
      >`;
    const starred = this.starredOnly;
    return html`<div part="controls" class="controls" role="search">
      <label class="field search"
        ><span>${this.msg('searchPapers')}</span>
        <input
          part="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          .value=${this.filter.query}
          @input=${(event: Event) => this.setFilter({ query: (event.target as HTMLInputElement).value })}
      /></label>
      <div class="filters">
        ${index.tracks.length > 1 ? chips(this.msg('track'), 'track', index.tracks.map((id) => [id, trackNames.get(id) ?? id])) : nothing}
        ${index.presentations.length > 1 ? chips(this.msg('presentation'), 'presentation', index.presentations.map((p) => [p, this.presentation(p)])) : nothing}
        ${index.awards.length > 0 ? chips(this.msg('award'), 'award', [[ANY_AWARD, this.msg('anyAward')], ...index.awards.map((a): [string, string] => [a, a])]) : nothing}
        <button part="starred" type="button" class="chip" ?hidden=${!this.readerKnown || !(this.stars.size || starred)} aria-pressed=${String(!!starred)}
          @click=${() => (this.starredOnly = starred ? null : this.stars)}><span aria-hidden="true">★ </span>${this.msg('starred')} <span class="counter">${this.stars.size.toLocaleString(this.locale)}</span></button>
        ${filtered ? html`<button type="button" class="clear" @click=${this.clearFilters}>${this.msg('clearFilters')}</button>` : nothing}
      </div>
    </div>`;
  }

  /** "Oral", "Spotlight", "Poster" in the element's language; another kind as written. */
  private presentation(kind: string): string {
    return Object.hasOwn(PRESENTATION_LABELS, kind) ? this.msg(PRESENTATION_LABELS[kind as keyof typeof PRESENTATION_LABELS]) : kind;
  }

  private linkLabel(kind: PaperLinkKind): string {
    return NAMED_LINKS[kind] ?? this.msg(kind as Exclude<PaperLinkKind, 'openreview' | 'pdf' | 'arxiv'>);
  }

  private renderPaper(workshop: Workshop, paper: Paper) {
    const track = paper.track ? (workshop.callForPapers?.tracks ?? []).find((t) => t.id === paper.track)?.name ?? paper.track : undefined;
    const links = PAPER_LINK_KINDS.filter((kind) => paper.links?.[kind]);
    const star = paperStarId(paper);
    const copied = this.copied === paper.id;
    // No whitespace between the tags (it renders nothing here): 5,000 rows hold 100,000 fewer text nodes.
    return html`<li part="paper" class="paper" role="listitem"
      >${heading(headingLevel(this.headingLevel, 3), paper.title, 'title')}${starButton(this.readerKnown ? this.stars.has(star) : undefined, this.msg('star', { name: paper.title }), () =>
        toggleStar(workshop, star),
      )}${paper.authors.length
        ? html`<p part="authors" class="authors" dir="auto">${paper.authors.join(', ')}</p>`
        : nothing}${paper.keywords?.length
        ? html`<p part="keywords" class="keywords">${paper.keywords.join(' · ')}</p>`
        : nothing}<div class="meta">${paper.presentation || track || paper.awards?.length
        ? html`<p class="badges"
            >${paper.presentation
              ? html`<span part="badge" class="badge" data-presentation=${paper.presentation}>${this.presentation(paper.presentation)}</span>`
              : nothing}${track ? html`<span part="badge" class="badge track" dir="auto">${track}</span>` : nothing}${(paper.awards ?? []).map(
              (award) => html`<span part="badge" class="badge award"><span aria-hidden="true">★ </span><span dir="auto">${award}</span></span>`,
            )}</p
          >`
        : nothing}<ul part="links" class="links" role="list"
        >${links.map((kind) => html`<li>${link(paper.links![kind], this.linkLabel(kind), 'link', `${this.linkLabel(kind)}: ${paper.title}`)}</li>`)}<li
          ><button part="copy" type="button" class="copy" data-copied=${copied || nothing} aria-label=${this.msg(copied ? 'copiedBibtexOf' : 'copyBibtexOf', { title: paper.title })}
            @pointerenter=${bibtex.warm} @focus=${bibtex.warm} @click=${() => void this.copy(paper, workshop)}>${this.msg(copied ? 'copied' : 'copyBibtex')}</button></li
        ></ul
      ></div>${paper.abstract
        ? html`<details class="abstract" @toggle=${(event: Event) => this.toggleAbstract(paper.id, event)}
            ><summary>${this.msg('abstract')}</summary>${this.openAbstracts.has(paper.id) ? html`<div class="markdown">${markdown(paper.abstract)}</div>` : nothing}</details
          >`
        : nothing}${this.shownBibtex.has(paper.id)
        ? html`<textarea part="bibtex" class="bibtex" readonly rows="7" data-paper=${paper.id} aria-label=${`BibTeX: ${paper.title}`} .value=${this.shownBibtex.get(paper.id)!}></textarea>`
        : nothing}</li
    >`;
  }
}
