import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { calendarFileName, dateEvent, type CalendarEvent } from '../../data/calendar.js';
import { asOfDate, datetimeValue, isTimed, keyInstant, localText, previousText, recordText } from '../../data/date-display.js';
import type { Workshop } from '../../data/schema.js';
import { formatRelative } from '../../data/time.js';
import { datedEntries, firstAfter, isPassed, type DatedEntry } from '../../data/workshop.js';
import { subscribeToClock } from '../../internal/clock.js';
import { calendarFiles } from '../../internal/download.js';
import { markdown } from '../../internal/markdown.js';
import { WorkshopElement } from '../../internal/workshop-element.js';
import { workshopDatesStyles } from './workshop-dates.styles.js';

type DateState = 'passed' | 'next' | 'upcoming' | 'tbd';

interface Row {
  item: DatedEntry;
  state: DateState;
}

const STATE_LABELS = { passed: 'statePassed', next: 'stateNext', tbd: 'stateTbd' } as const;

/**
 * The important dates in the organizers' order: each in the zone the organizers wrote it in and in the
 * reader's own, with how far away it is, which one is next (by time), which have passed, and extensions;
 * above them the workshop's `importantDatesIntro`, under them its `importantDatesNote`.
 *
 * @summary Important dates with the zone of record, the reader's local time and live state.
 * @csspart list - The list of dates (list layout).
 * @csspart table - The table of dates (table layout).
 * @csspart item - Each date (a list item or table row); has `data-state` (passed, next, upcoming, tbd).
 * @csspart label - What happens.
 * @csspart date - The date in its zone of record.
 * @csspart local - The date on the reader's clock.
 * @csspart relative - "in 3 days", "2 days ago".
 * @csspart badge - The state and flags (Next, Passed, TBD, Tentative, Extended).
 * @csspart previous - "Extended from …": the earlier dates of an extended deadline, under the current one.
 * @csspart note - The note under a date.
 * @csspart list-intro - The `importantDatesIntro` above the list.
 * @csspart list-note - The `importantDatesNote` under the list.
 * @csspart calendar-button - The one "Add to calendar" button under the list: every upcoming dated entry in one `.ics` file.
 * @csspart calendar-failed - The status line under the calendar button, empty unless the calendar file could not be made.
 * @cssproperty --workshop-dates-accent - Colour of the next date's marker; defaults to `--ww-accent`.
 * @cssproperty --workshop-dates-highlight - Background of the next date; defaults to `--ww-highlight`.
 * @cssproperty --workshop-dates-passed-color - Text colour of passed dates; defaults to `--ww-muted`.
 * @fires ww-load - The workshop data is ready. `detail.workshop` holds it.
 * @fires ww-error - The data could not be loaded, or some of its entries were skipped. `detail` has `error` and `issues`.
 * @slot - Fallback content shown while the data loads (and by browsers without JavaScript).
 */
export class WorkshopDates extends WorkshopElement {
  static override styles = [...WorkshopElement.styles, workshopDatesStyles];
  protected static override dataKeys = ['importantDates', 'importantDatesIntro', 'importantDatesNote', 'timeZone', 'deadlineTimeZone'];

  /** Kinds to show, separated by spaces or commas (`deadline notification event period`); all when unset. */
  @property() kinds?: string;

  /** Show only the dates of this track (dates without a track are shown too). */
  @property() track?: string;

  /** Leave out dates that have passed. */
  @property({ attribute: 'hide-passed', type: Boolean }) hidePassed = false;

  /** `list` (default) or `table`. */
  @property({ reflect: true }) layout: 'list' | 'table' = 'list';

  /** Hide the "Add to calendar" button. */
  @property({ attribute: 'no-calendar', type: Boolean }) noCalendar = false;

  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // Once a minute: every instant here is a whole minute.
    this.unsubscribe = subscribeToClock((now) => {
      if (this.readerKnown && Math.floor(now / 60_000) !== Math.floor(this.now / 60_000)) this.now = now;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private rows(workshop: Workshop): Row[] {
    const kinds = this.kinds?.split(/[\s,]+/).filter(Boolean);
    const shown = datedEntries(workshop).filter(
      ({ entry }) =>
        (!kinds?.length || kinds.includes(entry.kind)) && (!this.track || entry.track === undefined || entry.track === this.track),
    );
    const next = firstAfter(shown, this.now);
    return shown
      .map((item): Row => ({ item, state: !item.resolved ? 'tbd' : isPassed(item, this.now) ? 'passed' : item === next ? 'next' : 'upcoming' }))
      .filter((row) => !(this.hidePassed && row.state === 'passed'));
  }

  protected renderWorkshop(workshop: Workshop) {
    const all = workshop.importantDates ?? [];
    if (all.length === 0) return this.renderEmpty(this.msg('noDates'));
    const rows = this.rows(workshop);
    if (rows.length === 0) return this.renderEmpty(this.msg(this.hidePassed ? 'datesPassed' : 'noDatesOfKind'));
    return this.layout === 'table' ? this.renderTable(workshop, rows) : this.renderList(workshop, rows);
  }

  private renderList(workshop: Workshop, rows: Row[]) {
    return html`${this.renderListIntro(workshop)}<ol part="list" class="list">
        ${rows.map(
          (row) => html`<li part="item" class="item" data-state=${row.state} aria-current=${row.state === 'next' ? 'step' : nothing}>
            <div class="head">
              <span part="label" class="label" dir="auto">${row.item.entry.label}</span>
              ${this.renderBadges(row)}
            </div>
            ${this.renderRecord(row)} ${this.renderSub(row)} ${this.renderPrevious(row)} ${this.renderNote(row)}
          </li>`,
        )}
      </ol>
      ${this.renderListNote(workshop)}${this.renderCalendar(workshop, rows)}`;
  }

  private renderTable(workshop: Workshop, rows: Row[]) {
    return html`${this.renderListIntro(workshop)}<div class="scroll" role="region" aria-label=${this.msg('importantDates')} tabindex="0">
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${this.msg('what')}</th>
              <th scope="col">${this.msg('when')}</th>
              <th scope="col">${this.msg('yourTime')}</th>
              <th scope="col">${this.msg('status')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) => html`<tr part="item" class="item" data-state=${row.state} aria-current=${row.state === 'next' ? 'step' : nothing}>
                <th scope="row"><span part="label" class="label" dir="auto">${row.item.entry.label}</span>${this.renderNote(row)}</th>
                <td>${this.renderRecord(row)}${this.renderPrevious(row)}</td>
                <td>${this.renderLocal(row, false) ?? html`<span class="muted">–</span>`}</td>
                <td>${this.renderBadges(row)} ${this.renderRelative(row) ?? nothing}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.renderListNote(workshop)}${this.renderCalendar(workshop, rows)}`;
  }

  private renderBadges({ item, state }: Row): TemplateResult {
    // `data-flag` stays English whatever the language: styles and scripts select by it.
    const flags = [
      state !== 'upcoming' ? ([state, STATE_LABELS[state]] as const) : null,
      item.entry.tentative ? (['tentative', 'flagTentative'] as const) : null,
      item.previous.length > 0 ? (['extended', 'flagExtended'] as const) : null,
    ].filter((flag) => flag !== null);
    return html`${flags.map(([flag, key]) => html`<span part="badge" class="badge" data-flag=${flag}>${this.msg(key)}</span>`)}`;
  }

  private renderRecord({ item }: Row): TemplateResult {
    const text = recordText(item, this.locale, this.msg('tba'));
    const datetime = datetimeValue(item);
    return datetime
      ? html`<time part="date" class="date" datetime=${datetime}>${text}</time>`
      : html`<span part="date" class="date">${text}</span>`;
  }

  /** The moment on the reader's clock; null for whole days, months and TBD, which read the same everywhere. */
  private renderLocal({ item }: Row, labelled: boolean): TemplateResult | null {
    if (!isTimed(item)) return null;
    // Prerendered: an invisible stand-in of about the same length keeps the place, so filling it in moves nothing.
    if (!this.readerKnown) return html`<span class="local reserved" data-space="${this.msg('yourTimeIs')} ${recordText(item, this.locale, '')}"></span>`;
    // In the table, the column header says it; screen readers still hear it in each cell.
    const label = labelled ? `${this.msg('yourTimeIs')} ` : html`<span class="visually-hidden">${this.msg('yourTimeIs')} </span>`;
    const text = localText(item, this.viewerZone, this.locale);
    return html`<span part="local" class="local"
      >${label}${text ? html`<time datetime=${datetimeValue(item)!}>${text}</time>` : this.msg('theSame')}</span
    >`;
  }

  private renderRelative({ item, state }: Row): TemplateResult | null {
    const instant = keyInstant(item);
    if (instant === null) return null;
    // Prerendered: no "in 3 days" that turns false tomorrow; a state says when it was true, other dates keep the place.
    if (!this.readerKnown) {
      return state === 'passed' || state === 'next'
        ? html`<span part="relative" class="relative">${this.msg('asOf', { date: asOfDate(this.now, this.locale) })}</span>`
        : html`<span class="relative reserved" data-space=${formatRelative(this.now + 10 * 86_400_000, this.now, this.locale)}></span>`;
    }
    const ongoing = state !== 'passed' && item.resolved!.start <= this.now && item.resolved!.end > this.now && item.resolved!.start !== item.resolved!.end;
    const text = ongoing ? this.msg('ends', { when: formatRelative(item.resolved!.end, this.now, this.locale) }) : formatRelative(state === 'passed' ? item.resolved!.end : instant, this.now, this.locale);
    return html`<span part="relative" class="relative">${text}</span>`;
  }

  /** "Extended from Feb 3, 2025, 23:59 AoE": earlier dates after the current one, not struck through in between. */
  private renderPrevious({ item }: Row): TemplateResult | typeof nothing {
    if (item.previous.length === 0) return nothing;
    const texts = item.previous.map((previous) => previousText(item, previous, this.locale));
    return html`<div part="previous" class="previous">${this.msg('extendedFrom', { dates: texts })}</div>`;
  }

  /** The reader's time and how far away it is, on one quiet line that wraps between the two, never inside one. */
  private renderSub(row: Row): TemplateResult | typeof nothing {
    const parts = [this.renderLocal(row, true), this.renderRelative(row)].filter((part) => part !== null);
    return parts.length ? html`<div class="when">${parts}</div>` : nothing;
  }

  private renderNote({ item }: Row): TemplateResult | typeof nothing {
    return item.entry.note ? html`<div part="note" class="note markdown">${markdown(item.entry.note)}</div>` : nothing;
  }

  /** The workshop's line leading into its dates ("Tentative important dates (anywhere on earth):"), right above them. */
  private renderListIntro(workshop: Workshop): TemplateResult | typeof nothing {
    return workshop.importantDatesIntro ? html`<div part="list-intro" class="list-intro markdown">${markdown(workshop.importantDatesIntro)}</div>` : nothing;
  }

  /** The workshop's note on all its dates ("All deadlines are 23:59 AoE"), right under them. */
  private renderListNote(workshop: Workshop): TemplateResult | typeof nothing {
    return workshop.importantDatesNote ? html`<div part="list-note" class="list-note markdown">${markdown(workshop.importantDatesNote)}</div>` : nothing;
  }

  /** One button for the whole list: every upcoming dated entry in one file, none once all have passed. */
  private renderCalendar(workshop: Workshop, rows: Row[]): TemplateResult | typeof nothing {
    if (this.noCalendar) return nothing;
    const events = rows
      .filter((row) => row.state === 'next' || row.state === 'upcoming')
      .flatMap((row) => dateEvent(workshop, row.item, this.locale) ?? []);
    if (events.length === 0) return nothing;
    return html`<button part="calendar-button" class="button calendar" type="button" @pointerenter=${calendarFiles.warm} @focus=${calendarFiles.warm} @click=${() => this.download(workshop, events)}>
      ${this.msg('addToCalendar')}<span class="visually-hidden">${this.msg('upcomingDates', { count: events.length })}</span>
    </button>${this.renderCalendarFailure()}`;
  }

  private download(workshop: Workshop, events: CalendarEvent[]): void {
    void this.saveCalendar(calendarFileName(workshop), events, { name: workshop.shortName ?? workshop.title });
  }
}
