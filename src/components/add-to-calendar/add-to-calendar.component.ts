import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { calendarFileName, dateEvent, googleCalendarUrl, workshopDayEvent, type CalendarEvent } from '../../data/calendar.js';
import { datetimeValue, keyInstant, recordText } from '../../data/date-display.js';
import type { Workshop } from '../../data/schema.js';
import { formatCalendarDate } from '../../data/time.js';
import { datedEntries, deadlines } from '../../data/workshop.js';
import { calendarFiles, downloadCalendar } from '../../internal/download.js';
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
 * @cssproperty --add-to-calendar-gap - Space between entries; defaults to `--ww-gap`.
 * @fires ww-calendar-download - A calendar file was downloaded. `detail`: `filename`, `ids` (entry ids).
 * @fires ww-load - The workshop data is ready. `detail.workshop` holds it.
 * @fires ww-error - The data could not be loaded, or some of its entries were skipped. `detail` has `error` and `issues`.
 * @slot - Fallback content shown while the data loads (and by browsers without JavaScript).
 */
export class AddToCalendar extends WorkshopElement {
  static override styles = [...WorkshopElement.styles, addToCalendarStyles];
  protected static override dataKeys = ['date', 'endDate', 'dateTbd', 'importantDates', 'venue'];

  /** Only this important date (any kind), by id; `workshop` for the workshop day. Unset: the workshop day and every upcoming deadline. */
  @property({ attribute: 'date-id' }) dateId?: string;

  /** Also list deadlines that have passed. */
  @property({ attribute: 'show-passed', type: Boolean }) showPassed = false;

  private entries(workshop: Workshop): Entry[] {
    const result: Entry[] = [];
    const day = workshopDayEvent(workshop);
    if (day && (!this.dateId || this.dateId === 'workshop')) {
      const when = formatCalendarDate(workshop.date!, { locale: this.locale, ...(workshop.endDate && { end: workshop.endDate }) });
      result.push({ id: 'workshop', label: workshop.shortName ?? workshop.title, when: html`<time part="date" datetime=${workshop.date!}>${when}</time>`, event: day });
    }
    const items = this.dateId ? datedEntries(workshop).filter((item) => item.entry.id === this.dateId) : deadlines(workshop);
    for (const item of items) {
      const event = dateEvent(workshop, item, this.locale);
      const instant = keyInstant(item);
      if (!event || instant === null || (!this.dateId && !this.showPassed && instant <= this.now)) continue;
      result.push({
        id: item.entry.id,
        label: item.entry.label,
        when: html`<time part="date" datetime=${datetimeValue(item) ?? nothing}>${recordText(item, this.locale)}</time>`,
        event,
      });
    }
    return result;
  }

  protected renderWorkshop(workshop: Workshop) {
    const entries = this.entries(workshop);
    if (entries.length === 0) {
      return this.renderEmpty(this.dateId ? `There is no dated entry “${this.dateId}” to add to a calendar.` : 'Nothing to add to a calendar yet.');
    }
    return html`<ul part="list" class="list">
        ${entries.map(
          (entry) => html`<li part="item" class="item">
            <span class="what"><span part="label" class="label">${entry.label}</span> ${entry.when}</span>
            <span class="actions">
              <button part="download-button" class="button" type="button" @pointerenter=${calendarFiles.warm} @focus=${calendarFiles.warm} @click=${() => this.download(workshop, [entry])}>
                Download .ics<span class="visually-hidden">: ${entry.label}</span>
              </button>
              ${link(
                googleCalendarUrl(entry.event),
                html`Google Calendar<span class="visually-hidden">: ${entry.label} (opens in a new tab)</span>`,
                'google-link',
              )}
            </span>
          </li>`,
        )}
      </ul>
      ${entries.length > 1
        ? html`<button part="all-button" class="button all" type="button" @pointerenter=${calendarFiles.warm} @focus=${calendarFiles.warm} @click=${() => this.download(workshop, entries)}>
            Download all dates (.ics)
          </button>`
        : nothing}`;
  }

  private async download(workshop: Workshop, entries: Entry[]): Promise<void> {
    const filename = calendarFileName(workshop, entries.length === 1 ? entries[0]!.id : undefined);
    if (await downloadCalendar(filename, entries.map((entry) => entry.event), { name: workshop.shortName ?? workshop.title })) {
      this.emit('ww-calendar-download', { filename, ids: entries.map((entry) => entry.id) });
    }
  }
}
