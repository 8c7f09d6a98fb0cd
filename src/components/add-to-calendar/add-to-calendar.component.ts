import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { calendarFileName, dateEvent, googleCalendarUrl, workshopDayEvent, type CalendarEvent } from '../../data/calendar.js';
import { datetimeValue, recordText } from '../../data/date-display.js';
import type { Workshop } from '../../data/schema.js';
import { formatCalendarDate, resolveDate } from '../../data/time.js';
import { datedEntries, deadlines, eventTimeZone } from '../../data/workshop.js';
import { calendarFiles } from '../../internal/download.js';
import { link } from '../../internal/links.js';
import { WorkshopElement } from '../../internal/workshop-element.js';
import { addToCalendarStyles } from './add-to-calendar.styles.js';

interface Entry {
  id: string;
  label: string;
  when: TemplateResult;
  event: CalendarEvent;
}

/**
 * Calendar actions for the workshop day and each upcoming deadline: a `.ics` file built in the browser and
 * a Google Calendar link. Deadlines are written as UTC instants, so AoE and every IANA zone land right.
 *
 * @summary "Add to calendar" for the workshop day and the deadlines.
 * @csspart list - The list of entries.
 * @csspart item - Each entry.
 * @csspart label - What the entry is.
 * @csspart date - When it is, in its zone of record.
 * @csspart download-button - The button that downloads the `.ics` file.
 * @csspart google-link - The Google Calendar link.
 * @csspart all-button - The button that downloads every entry in one file.
 * @csspart calendar-failed - The status line under the calendar button, empty unless the calendar file could not be made.
 * @cssproperty --add-to-calendar-gap - Space between entries; defaults to `--ww-gap`.
 * @fires ww-calendar-download - A calendar file was downloaded. `detail`: `filename`, `ids` (entry ids).
 * @fires ww-load - The workshop data is ready. `detail.workshop` holds it.
 * @fires ww-error - The data could not be loaded, or some of its entries were skipped. `detail` has `error` and `issues`.
 * @slot - Fallback content shown while the data loads (and by browsers without JavaScript).
 */
export class AddToCalendar extends WorkshopElement {
  static override styles = [...WorkshopElement.styles, addToCalendarStyles];
  protected static override dataKeys = ['date', 'endDate', 'dateTbd', 'importantDates', 'venue'];

  /**
   * Only this important date (any kind), by id; `workshop` for the workshop day (an important date with the
   * id `workshop` then stands for the same day and is not listed twice). Unset: the workshop day and every
   * upcoming deadline. Dates that have passed are never offered unless `show-passed` is set.
   */
  @property({ attribute: 'date-id' }) dateId?: string;

  /** Also list dates that have passed (the workshop day included). */
  @property({ attribute: 'show-passed', type: Boolean }) showPassed = false;

  /** What to offer, and whether dated entries were left out because they are over. */
  private entries(workshop: Workshop): { entries: Entry[]; passed: boolean } {
    const all: (Entry & { end: number })[] = [];
    const day = workshopDayEvent(workshop);
    const dayListed = !!day && (!this.dateId || this.dateId === 'workshop');
    if (dayListed) {
      const when = formatCalendarDate(workshop.date!, { locale: this.locale, ...(workshop.endDate && { end: workshop.endDate }) });
      // Over at the end of its last day in the event's zone.
      const end = resolveDate(workshop.endDate ?? workshop.date!, eventTimeZone(workshop), { kind: 'event' })!.end;
      all.push({ id: 'workshop', label: workshop.shortName ?? workshop.title, when: html`<time part="date" datetime=${workshop.date!}>${when}</time>`, event: day, end });
    }
    // An important date with the id `workshop` is the workshop day again.
    const items = (this.dateId ? datedEntries(workshop).filter((item) => item.entry.id === this.dateId) : deadlines(workshop)).filter(
      (item) => !(dayListed && item.entry.id === 'workshop'),
    );
    for (const item of items) {
      const event = dateEvent(workshop, item, this.locale);
      if (!event) continue;
      const when = html`<time part="date" datetime=${datetimeValue(item) ?? nothing}>${recordText(item, this.locale, this.msg('tba'))}</time>`;
      // Over means a deadline has closed, an event or period has ended.
      all.push({ id: item.entry.id, label: item.entry.label, when, event, end: item.resolved!.end });
    }
    const entries = all.filter((entry) => this.showPassed || entry.end > this.now);
    return { entries, passed: entries.length < all.length };
  }

  protected renderWorkshop(workshop: Workshop) {
    const { entries, passed } = this.entries(workshop);
    if (entries.length === 0) {
      if (passed) return this.renderEmpty(this.msg(this.dateId ? 'datePassed' : 'allDatesPassed'));
      return this.renderEmpty(this.dateId ? this.msg('noDatedEntry', { id: this.dateId }) : this.msg('nothingToAdd'));
    }
    return html`<ul part="list" class="list">
        ${entries.map(
          (entry) => html`<li part="item" class="item">
            <span class="what"><span part="label" class="label" dir="auto">${entry.label}</span> ${entry.when}</span>
            <span class="actions">
              <button part="download-button" class="text-button" type="button" @pointerenter=${calendarFiles.warm} @focus=${calendarFiles.warm} @click=${() => this.download(workshop, [entry])}>
                ${this.msg('downloadIcs')}<span class="visually-hidden">: ${entry.label}</span>
              </button>
              ${link(
                googleCalendarUrl(entry.event),
                html`${this.msg('googleCalendar')}<span class="visually-hidden">: ${entry.label} ${this.msg('newTab')}</span>`,
                'google-link',
              )}
            </span>
          </li>`,
        )}
      </ul>
      ${entries.length > 1
        ? html`<button part="all-button" class="button all" type="button" @pointerenter=${calendarFiles.warm} @focus=${calendarFiles.warm} @click=${() => this.download(workshop, entries)}>
            ${this.msg('downloadAllIcs')}
          </button>`
        : nothing}
      ${this.renderCalendarFailure()}`;
  }

  private async download(workshop: Workshop, entries: Entry[]): Promise<void> {
    const filename = calendarFileName(workshop, entries.length === 1 ? entries[0]!.id : undefined);
    if (await this.saveCalendar(filename, entries.map((entry) => entry.event), { name: workshop.shortName ?? workshop.title })) {
      this.emit('ww-calendar-download', { filename, ids: entries.map((entry) => entry.id) });
    }
  }
}
