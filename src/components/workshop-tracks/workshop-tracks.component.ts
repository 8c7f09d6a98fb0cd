import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { PageLimit, Track, Workshop } from '../../data/schema.js';
import { asOfDate, datetimeValue, recordText } from '../../data/date-display.js';
import type { Translate } from '../../data/messages/index.js';
import { authorDates, isPassed, submissionStatus, type DatedEntry } from '../../data/workshop.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { link } from '../../internal/links.js';
import { markdown } from '../../internal/markdown.js';
import { WorkshopElement } from '../../internal/workshop-element.js';
import { workshopTracksStyles } from './workshop-tracks.styles.js';

const ANONYMITY = {
  'double-blind': 'doubleBlind',
  'single-blind': 'singleBlind',
  open: 'openReview',
} as const satisfies Record<NonNullable<Track['anonymity']>, string>;

const STATUS = { open: 'submissionsOpen', closed: 'submissionsClosed', 'not-yet-open': 'submissionsNotYetOpen' } as const;

/** "6 pages", "1 page", "4–9 pages". */
const pages = (limit: PageLimit, msg: Translate): string =>
  typeof limit === 'number'
    ? msg('pages', { count: limit })
    : limit.min === undefined || limit.min === limit.max
      ? pages(limit.max!, msg)
      : msg('pageRange', { min: limit.min, max: limit.max! });


interface Fact {
  label: string;
  value: unknown;
}

function facts(track: Track, msg: Translate): Fact[] {
  const list: Fact[] = [];
  if (track.pageLimit !== undefined) {
    const excludes = track.pageLimitExcludes ? msg('notCounting', { what: track.pageLimitExcludes }) : '';
    list.push({ label: msg('pageLimit'), value: pages(track.pageLimit, msg) + excludes });
  } else if (track.pageLimitExcludes) list.push({ label: msg('notCounted'), value: track.pageLimitExcludes });
  if (track.cameraReadyPageLimit !== undefined) list.push({ label: msg('cameraReady'), value: pages(track.cameraReadyPageLimit, msg) });
  if (track.format) list.push({ label: msg('format'), value: track.format });
  if (track.anonymity) list.push({ label: msg('review'), value: msg(ANONYMITY[track.anonymity]) });
  if (track.archival !== undefined) list.push({ label: msg('proceedings'), value: msg(track.archival ? 'archival' : 'nonArchival') });
  if (track.eligibleForOral !== undefined) list.push({ label: msg('orals'), value: msg(track.eligibleForOral ? 'oralEligible' : 'oralIneligible') });
  return list;
}

/** Whether the cards have dates to compare: several tracks, and an important date of one track alone. */
const datesDiffer = (workshop: Workshop) =>
  (workshop.callForPapers?.tracks?.length ?? 0) > 1 && (workshop.importantDates ?? []).some((entry) => entry.track !== undefined);

/**
 * The call for papers' submission tracks: each with its description, page limits and what they exclude,
 * format, review mode and criteria, whether it is archival and eligible for orals, further rules, the dates
 * that concern its authors (important dates whose `audience` is, or is taken to be, `authors`: its own and
 * the workshop-wide ones, each in its zone, e.g. "Feb 10, 2025, 23:59 AoE"; the workshop-wide ones only when
 * several tracks have different dates, else they are left to the important dates), and the submission and
 * style-file links (the track's own, else the call's). Page limits may be ranges ("4–9 pages"). The track's
 * submission status replaces the submit link while submissions are closed or not yet open: its `status`, else
 * read from its dates (closed once every submission deadline has passed; not yet open before a "Submissions
 * open" date). Prerendered HTML says when a status read from the clock was true ("as of Feb 1, 2025").
 *
 * One track takes the full width; several share rows of cards that each keep their own height.
 *
 * @summary Submission tracks with their rules, deadlines and submit links.
 * @csspart tracks - The list of tracks.
 * @csspart track - One track (list item).
 * @csspart name - A track's name (a heading).
 * @csspart description - A track's description.
 * @csspart facts - The page limit, format, review and archival facts.
 * @csspart criteria - The review criteria list.
 * @csspart notes - The list of further rules.
 * @csspart deadlines - The dates that concern the track's authors.
 * @csspart deadline - One date; has `data-state` (passed, upcoming, tbd).
 * @csspart details - In the list layout, the disclosure holding description, criteria and notes.
 * @csspart actions - The submit and style-file links.
 * @csspart link - Each link.
 * @csspart submit - The submit link (also has the part `link`).
 * @csspart status - "Submissions closed", "Submissions not yet open" (in place of the submit link), or "Submissions open" when there is no link; has `data-status`.
 * @csspart closed - The status once it is "Submissions closed" (also has the part `status`).
 * @cssproperty --workshop-tracks-card-min-width - Narrowest a card gets before the grid drops a column (default 14rem).
 * @cssproperty --workshop-tracks-card-background - Card background; none by default (a hairline border draws the card).
 * @cssproperty --workshop-tracks-accent - Colour of the submit button; defaults to `--ww-accent`.
 * @fires ww-load - The workshop data is ready. `detail.workshop` holds it.
 * @fires ww-error - The data could not be loaded, or some tracks or dates were skipped. `detail` has `error` and `issues`.
 * @slot - Fallback content shown while the data loads.
 */
export class WorkshopTracks extends WorkshopElement {
  static override styles = [...WorkshopElement.styles, workshopTracksStyles];
  protected static override dataKeys = ['callForPapers', 'importantDates'];

  /** Show only the track with this id. */
  @property({ reflect: true }) track?: string;

  /** `cards`: every detail in a grid of cards. `list`: one compact row per track, the longer texts behind a disclosure. */
  @property({ reflect: true }) layout: 'cards' | 'list' = 'cards';

  /** Level of each track's name heading (1-6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  protected renderWorkshop(workshop: Workshop) {
    const all = workshop.callForPapers?.tracks ?? [];
    const tracks = this.track ? all.filter((track) => track.id === this.track) : all;
    if (tracks.length === 0) {
      return this.renderEmpty(this.track && all.length > 0 ? this.msg('noTrack', { id: this.track }) : this.msg('noTracks'));
    }
    const layout = this.layout === 'list' ? 'list' : 'cards';
    return html`<ul part="tracks" class="tracks" data-layout=${layout}>
      ${tracks.map((track) => this.renderTrack(workshop, track, layout === 'list'))}
    </ul>`;
  }

  private renderTrack(workshop: Workshop, track: Track, compact: boolean): TemplateResult {
    const cfp = workshop.callForPapers;
    const submit = track.submissionUrl ?? cfp?.submissionUrl;
    const style = track.styleFileUrl ?? cfp?.styleFileUrl;
    const description = track.description
      ? html`<div part="description" class="markdown description">${markdown(track.description)}</div>`
      : nothing;
    // Criteria and notes are the long tail: after the facts and deadlines in cards, behind "Details" in the list.
    const rules = [
      track.reviewCriteria?.length
        ? html`<div class="criteria"><p class="label">${this.msg('reviewCriteria')}</p>
            <ul part="criteria">${track.reviewCriteria.map((criterion) => html`<li>${criterion}</li>`)}</ul></div>`
        : nothing,
      track.notes?.length
        ? html`<div class="notes-block"><p class="label">${this.msg('notes')}</p>
            <ul part="notes" class="notes">${track.notes.map((note) => html`<li class="markdown">${markdown(note)}</li>`)}</ul></div>`
        : nothing,
    ];
    const hasLonger = !!(track.description || track.reviewCriteria?.length || track.notes?.length);
    const trackFacts = facts(track, this.msg);
    const dates = authorDates(workshop, track.id);
    const state = submissionStatus(track, dates, this.now);
    // Workshop-wide dates are the important-dates list itself; the cards repeat them only to compare tracks whose dates differ.
    const shownDates = datesDiffer(workshop) ? dates : dates.filter((item) => item.entry.track === track.id);
    const open = !state || state.status === 'open';
    // An open track with a submit link needs no words: the link says it.
    const status = state && !(open && submit)
      ? html`<span part=${state.status === 'closed' ? 'status closed' : 'status'} class="status" data-status=${state.status}>${this.msg(STATUS[state.status])}${state.derived ? html`<span class="as-of">${this.readerKnown ? '' : ` (${this.msg('asOf', { date: asOfDate(this.now, this.locale) })})`}</span>` : nothing}</span>`
      : nothing;
    return html`<li part="track" class="track" data-track=${track.id}>
      ${heading(headingLevel(this.headingLevel, 3), track.name, 'name')}
      ${compact ? nothing : description}
      ${trackFacts.length
        ? html`<dl part="facts" class="facts">
            ${trackFacts.map((fact) => html`<div class="fact"><dt>${fact.label}</dt><dd>${fact.value}</dd></div>`)}
          </dl>`
        : nothing}
      ${this.renderDates(shownDates)}
      ${!compact
        ? rules
        : hasLonger
          ? html`<details part="details" class="details"><summary>${this.msg('details')}<span class="visually-hidden">${this.msg('detailsOf', { name: track.name })}</span></summary>${description}${rules}</details>`
          : nothing}
      ${submit || style || status !== nothing
        ? html`<p part="actions" class="actions">
            ${status}${open && submit ? link(submit, this.msg('submit'), 'link submit', this.msg('submitTo', { name: track.name })) : nothing}
            ${style ? link(style, this.msg('styleFiles'), 'link', this.msg('styleFilesFor', { name: track.name })) : nothing}
          </p>`
        : nothing}
    </li>`;
  }

  private renderDates(items: DatedEntry[]): unknown {
    if (items.length === 0) return nothing;
    return html`<div class="dates"><p class="label">${this.msg('dates')}</p>
      <ul part="deadlines" class="deadlines">
        ${items.map((item) => {
          const datetime = datetimeValue(item);
          const when = recordText(item, this.locale, this.msg('tba'));
          return html`<li part="deadline" class="deadline" data-state=${!item.resolved ? 'tbd' : isPassed(item, this.now) ? 'passed' : 'upcoming'}>
            <span dir="auto">${item.entry.label}</span>
            <span class="when">${datetime ? html`<time datetime=${datetime}>${when}</time>` : when}${item.entry.tentative && item.resolved ? html` <span class="muted">${this.msg('tentative')}</span>` : nothing}</span>
          </li>`;
        })}
      </ul></div>`;
  }
}
