import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  dayOffset,
  dayOffsetLabel,
  currentItems,
  eventZoneName,
  overlapNote,
  runningDay,
  scheduleEvents,
  timedSchedule,
  type ScheduleRow,
  type TimedDay,
  type TimedItem,
  type TimedSchedule,
} from '../../data/schedule.js';
import { calendarFileName, type CalendarEvent } from '../../data/calendar.js';
import { distinctNames, inMySchedule, itemStarId, myScheduleEvents, onStarsChange, paperStarId, readStars, toggleStar } from '../../data/stars.js';
import type { Paper, ScheduleItem, ScheduleKind, Workshop } from '../../data/schema.js';
import { formatCalendarDate, formatTimeOfDay, isKnownTimeZone, offsetLabel, offsetMinutesAt, zoneLabel } from '../../data/time.js';
import { peopleById } from '../../data/workshop.js';
import { subscribeToClock } from '../../internal/clock.js';
import { calendarFiles } from '../../internal/download.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { link } from '../../internal/links.js';
import { markdown } from '../../internal/markdown.js';
import { emptyNote } from '../../internal/section-note.js';
import { skipLink, skipTarget } from '../../internal/skip-link.js';
import { starButton, starStyles } from '../../internal/star-button.js';
import { WorkshopElement } from '../../internal/workshop-element.js';
import { workshopScheduleStyles } from './workshop-schedule.styles.js';
import { addEnglish } from '../../data/messages/index.js';
import { enProgram } from '../../data/messages/en-program.js';

// The words only the elements that load on demand say, with them.
addEnglish(enProgram);

export type ZoneChoice = 'event' | 'local';

/** Where the reader's choice of zone is remembered, shared by every schedule on the site. */
export const ZONE_STORAGE_KEY = 'workshop-widgets:schedule-zone';

/** Message keys of the kinds' labels; `other` has none. */
const KIND_LABELS = {
  opening: 'opening',
  keynote: 'keynote',
  'invited-talk': 'invitedTalk',
  'contributed-talk': 'contributedTalk',
  'poster-session': 'posterSession',
  panel: 'panel',
  break: 'break',
  lunch: 'lunch',
  closing: 'closing',
  social: 'social',
} as const satisfies Partial<Record<ScheduleKind, string>>;

/** Nobody plans their day around a coffee break: these get no star. */
const UNSTARRED = new Set<ScheduleKind | undefined>(['break', 'lunch']);

/** "Berlin, " from "Europe/Berlin": the reader's zone named by its city, before its offset. */
const cityOf = (zone: string) => (zone.includes('/') ? `${zone.split('/').pop()!.replace(/_/g, ' ')}, ` : '');

/** Storage can throw (privacy modes, sandboxed frames); the schedule works without it. */
function readStoredChoice(): ZoneChoice | undefined {
  try {
    const value = localStorage.getItem(ZONE_STORAGE_KEY);
    return value === 'event' || value === 'local' ? value : undefined;
  } catch {
    return undefined;
  }
}

function storeChoice(choice: ZoneChoice): void {
  try {
    localStorage.setItem(ZONE_STORAGE_KEY, choice);
  } catch {
    // Not remembered; the choice still applies on this page.
  }
}

const paperIndexes = new WeakMap<Workshop, Map<string, Paper>>();

function papersById(workshop: Workshop): Map<string, Paper> {
  let index = paperIndexes.get(workshop);
  if (!index) paperIndexes.set(workshop, (index = new Map((workshop.papers ?? []).map((paper) => [paper.id, paper]))));
  return index;
}

const iso = (instant: number) => new Date(instant).toISOString();

/**
 * The program: each day's items in the event's zone with the reader's own time beside them (or the other
 * way round, by the reader's choice), parallel rooms as columns, the item under way highlighted, and the
 * whole program as a calendar file.
 *
 * Visitors star items (and papers, in `<paper-list>`); "My schedule" then shows only those, in their own zone,
 * and downloads them as one calendar file. Stars are kept in localStorage per workshop (src/data/stars.ts).
 *
 * The zone choice is read from `?tz=event|local|<IANA zone>`, else from localStorage, else `primary-zone`.
 *
 * @summary Workshop program with local times, parallel rooms, a "now" marker, the visitor's stars ("My schedule") and .ics export.
 * @csspart toolbar - The zone sentence, zone menu and export button.
 * @csspart zone-note - The sentence naming the zones shown.
 * @csspart zone-select - The zone menu.
 * @csspart export - The "Add to calendar" button (in My schedule: "Download my schedule").
 * @csspart my-schedule - The "My schedule" toggle (a button with aria-pressed).
 * @csspart calendar-failed - The status line under the calendar button, empty unless the calendar file could not be made.
 * @csspart star - Each item's star button (aria-pressed tells whether it is starred).
 * @csspart note - The organizers' note above the program.
 * @csspart day - Each day.
 * @csspart heading - Each day's heading.
 * @csspart program - The list of a day's items.
 * @csspart item - Each item; `data-kind` names its kind and `aria-current="time"` marks the one under way.
 * @csspart parallel - A block of items running in parallel rooms.
 * @csspart time - The primary time of an item.
 * @csspart local-time - The time in the other zone.
 * @csspart kind - The kind label ("Invited talk").
 * @csspart now - The "now" marker.
 * @csspart link - Links (speakers, papers, item links).
 * @cssproperty --workshop-schedule-accent - Colour of the "now" marker and current item; defaults to `--ww-accent`.
 * @cssproperty --workshop-schedule-time-width - Width of the time column in wide layouts.
 * @cssproperty --workshop-schedule-current - Background of the item under way; defaults to `--ww-highlight`.
 * @fires ww-zone-change - The reader switched zones. `detail.zone` is `event` or `local`.
 * @fires ww-load - The workshop data is ready. `detail.workshop` holds it.
 * @fires ww-error - The data could not be loaded, or some of its entries were skipped. `detail` has `error` and `issues`.
 * @slot - Fallback content shown while the data loads (and by browsers without JavaScript).
 */
export class WorkshopSchedule extends WorkshopElement {
  static override styles = [...WorkshopElement.styles, starStyles, workshopScheduleStyles];
  protected static override dataKeys = ['schedule', 'timeZone'];

  /** Level of each day's heading (1-6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** The zone shown first until the reader chooses: `event` (the organizers' zone) or `local` (the reader's). */
  @property({ attribute: 'primary-zone' }) primaryZone: ZoneChoice = 'event';

  /** Hide the "Add to calendar" button. */
  @property({ attribute: 'hide-export', type: Boolean }) hideExport = false;

  /** Show only the reader's starred items and the sessions of their starred papers ("My schedule"), in their zone. */
  @property({ attribute: 'my-schedule', type: Boolean }) mySchedule = false;

  /** The reader's stars, read before each update once the reader is known. */
  private stars = new Set<string>();
  /** The stars when the reader opened My schedule: an item unstarred there stays until they open it again, so focus stays put. */
  private pinned = new Set<string>();
  private stopStars: (() => void) | undefined;

  @state() private chosen: ZoneChoice | undefined;
  /** A zone named in `?tz=`, shown as the reader's zone. */
  @state() private urlZone: string | undefined;
  private stopClock: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.readerKnown) this.readZoneChoice();
    // A star given anywhere on the page (a <paper-list> too) shows here. Once: this runs again when a prerendered
    // page's defer-hydration mark goes.
    this.stopStars ??= onStarsChange(() => this.requestUpdate());
    // Re-renders once a minute, not once a second.
    this.stopClock ??= subscribeToClock((now) => {
      if (this.readerKnown && Math.floor(now / 60_000) !== Math.floor(this.now / 60_000)) this.now = now;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The reader's stored choice applies once they are known (after a prerendered schedule is adopted).
    if ((changed as Map<PropertyKey, unknown>).get('readerKnown') === false && this.readerKnown) this.readZoneChoice();
    this.stars = this.readerKnown && this.workshop ? readStars(this.workshop) : new Set();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopClock?.();
    this.stopClock = undefined;
    this.stopStars?.();
    this.stopStars = undefined;
  }

  private readZoneChoice(): void {
    const param = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('tz');
    this.urlZone = undefined;
    if (param === 'event' || param === 'local') {
      this.chosen = param;
    } else if (param && isKnownTimeZone(param)) {
      this.urlZone = param;
      this.chosen = 'local';
    } else {
      this.chosen = readStoredChoice();
    }
  }

  /** The zone shown first now. */
  get zoneChoice(): ZoneChoice {
    return this.chosen ?? (this.primaryZone === 'local' ? 'local' : 'event');
  }

  /** Prerendered, the reader's zone is unknown: times show in the event's zone, with room kept for theirs. */
  private get readerZone(): string | null {
    return this.readerKnown ? (this.urlZone ?? this.viewerZone) : null;
  }

  private onZoneChange(event: Event): void {
    const choice = (event.target as HTMLSelectElement).value === 'local' ? 'local' : 'event';
    this.chosen = choice;
    storeChoice(choice);
    // A shared ?tz= link must not undo the reader's own choice on reload.
    if (new URLSearchParams(location.search).has('tz')) {
      const url = new URL(location.href);
      url.searchParams.set('tz', choice);
      history.replaceState(history.state, '', url);
      if (choice === 'event') this.urlZone = undefined;
    }
    this.emit('ww-zone-change', { zone: choice });
  }

  /** The current minute. */
  private get nowMinute(): number {
    return Math.floor(this.now / 60_000) * 60_000;
  }

  protected renderWorkshop(workshop: Workshop) {
    const schedule = timedSchedule(workshop);
    const note = workshop.schedule?.note ? html`<div part="note" class="note markdown">${markdown(workshop.schedule.note)}</div>` : nothing;
    // The organizers' note ("Coming soon") says it all; the element's own empty message only without one.
    if (!schedule) {
      // Without a program the note is all the section says: plain, as the other sections say "Coming soon", not set off as a remark.
      const alone = workshop.schedule?.note ? html`<div part="note" class="markdown note" data-kind="note">${markdown(workshop.schedule.note)}</div>` : nothing;
      return html`${alone}${emptyNote(workshop, 'schedule') ?? (alone === nothing ? this.renderEmpty(this.msg('noProgram')) : nothing)}`;
    }
    const reader = this.readerZone;
    // Days whose date is not fixed are shown in the event zone only: their offset elsewhere is not known yet.
    const dated = schedule.days.filter((day) => day.dated);
    const sameZone = dated.length === 0 || (reader !== null && dated.every((day) => day.items.every((t) => offsetMinutesAt(t.start, reader) === offsetMinutesAt(t.start, schedule.zone))));
    const mine = reader !== null && this.mySchedule;
    // My schedule is the reader's own: their time first.
    const choice: ZoneChoice = sameZone || reader === null ? 'event' : mine ? 'local' : this.zoneChoice;
    const current = new Set(reader === null ? [] : currentItems(schedule, this.nowMinute).map((t) => t.key));
    this.nameStars(schedule, choice);
    // My schedule: the items it holds, one row each (a parallel block shrinks to the reader's pick), by day.
    const daysWith = (stars: Set<string>) =>
      schedule.days
        .map((day) => ({ ...day, rows: day.items.filter((t) => inMySchedule(workshop, t, stars)).map((t) => ({ start: t.start, until: t.until, items: [t], rooms: [] })) }))
        .filter((day) => day.rows.length);
    const rowsOf = (list: TimedDay[]) => list.reduce((sum, day) => sum + day.rows.length, 0);
    const days = mine ? daysWith(new Set([...this.pinned, ...this.stars])) : schedule.days;
    const rows = rowsOf(days);
    return html`
      ${this.renderToolbar(workshop, schedule, sameZone, choice, mine, rowsOf(daysWith(this.stars)))}${this.renderCalendarFailure()} ${note}
      ${rows > 5 ? skipLink(this.msg('skipProgram'), 'program-end') : nothing}
      ${days.map((day) => this.renderDay(workshop, schedule, day, sameZone, choice, current))}
      ${mine && !rows ? html`<p part="empty" class="muted">${this.msg('nothingStarred')}</p>` : nothing}
      ${rows > 5 ? skipTarget('program-end', this.msg('endOfProgram')) : nothing}
    `;
  }

  private renderToolbar(workshop: Workshop, schedule: TimedSchedule, sameZone: boolean, choice: ZoneChoice, mine: boolean, count: number) {
    const at = schedule.start;
    const place = eventZoneName(workshop, at, this.locale, this.msg);
    // A fixed offset or UTC is its own name ("UTC−7"): said once, not "UTC−7 (UTC−7)".
    const eventName = place === zoneLabel(schedule.zone, at) ? place : `${place} (${offsetLabel(offsetMinutesAt(at, schedule.zone))})`;
    const reader = this.readerZone;
    const readerZone = reader === null ? null : `${cityOf(reader)}${zoneLabel(reader, at, this.locale)}`;
    const readerName = readerZone === null ? this.msg('readerZone') : this.msg('readerZoneIn', { zone: readerZone });
    const [first, second] = choice === 'event' ? [eventName, readerName] : [readerName, eventName];
    return html`<div part="toolbar" class="toolbar">
      <p part="zone-note" class="zone-note">${sameZone ? this.msg('timesIn', { zone: eventName }) : this.msg('timesInBoth', { first, second })}</p>
      <div class="actions">
        ${sameZone || mine
          ? nothing
          : html`<label class="zone-switch"
              >${this.msg('showTimesIn')}
              <select part="zone-select" @change=${this.onZoneChange}>
                <option value="event" ?selected=${choice === 'event'}>${eventName}</option>
                <option value="local" ?selected=${choice === 'local'}>${readerZone === null ? this.msg('yourTime') : this.msg('readerZoneOption', { zone: readerZone })}</option>
              </select></label
            >`}
        ${reader === null
          ? nothing
          : html`<button part="my-schedule" type="button" class="button" aria-pressed=${String(mine)} @click=${() => {
                this.pinned = new Set(this.stars);
                this.mySchedule = !mine;
              }}>
              ${this.msg('mySchedule')}${mine || !count ? nothing : html` <span class="counter">${count}</span>`}
            </button>`}
        ${this.hideExport || (mine && !count)
          ? nothing
          : schedule.days.some((day) => day.dated)
            ? this.renderExport(mine)
            : html`<p part="export-note" class="muted">${this.msg('noCalendarYet')}</p>`}
      </div>
    </div>`;
  }

  private renderExport(mine: boolean) {
    return html`<button part="export" type="button" class="button" @pointerenter=${calendarFiles.warm} @focus=${calendarFiles.warm} @click=${() => this.exportProgram(mine)}>
      ${this.msg(mine ? 'downloadMySchedule' : 'addProgram')} <span class="muted">(.ics)</span>
    </button>`;
  }

  /** The program's events (only My schedule's when `mine`) and calendar name, or undefined when there are none. */
  private program(mine: boolean): { workshop: Workshop; events: CalendarEvent[]; name: string } | undefined {
    const workshop = this.workshop;
    const events = workshop ? (mine ? myScheduleEvents(workshop, this.stars) : scheduleEvents(workshop)) : [];
    return workshop && events.length ? { workshop, events, name: this.msg(mine ? 'myScheduleFile' : 'programFile', { name: workshop.shortName ?? workshop.title }) } : undefined;
  }

  /** The whole program (My schedule when `mine`) as an iCalendar file, or undefined when it is empty. */
  programIcs(mine = false): Promise<string | undefined> {
    return calendarFiles.run(({ buildIcs }) => {
      const program = this.program(mine);
      return program && buildIcs(program.events, { name: program.name });
    });
  }

  /** Downloads the program as `<workshop>-program.ics` (My schedule as `<workshop>-my-schedule.ics`); resolves true once the download has started. */
  async exportProgram(mine = false): Promise<boolean> {
    const program = this.program(mine);
    return !!program && (await this.saveCalendar(calendarFileName(program.workshop, mine ? 'my-schedule' : 'program'), program.events, { name: program.name }));
  }

  /** A day's heading: "Day 1: Mon, Apr 26, 2027", or its date alone, or the organizers' words while it has none. */
  private dayTitle(day: TimedDay): string {
    const date = day.day.date ? formatCalendarDate(day.day.date, { locale: this.locale, weekday: true }) : (day.day.dateText ?? this.msg('undatedDay'));
    return day.day.label ? `${day.day.label}: ${date}` : date;
  }

  /** The names of the star buttons, made by nameStars for the schedule as it is rendered. */
  private starNames?: { key: string; schedule: TimedSchedule; names: Map<TimedItem, string> };

  /**
   * Names every star button: the item's title, and where another item has the same title, its start as shown
   * (in the zone shown first), then its day, then its room, as far as needed to tell them apart. Made once per
   * schedule, zone choice and language.
   */
  private nameStars(schedule: TimedSchedule, choice: ZoneChoice): void {
    const reader = this.readerZone;
    const key = `${choice} ${reader} ${this.locale}`;
    if (this.starNames?.schedule !== schedule || this.starNames.key !== key) {
      const dayOf = new Map(schedule.days.flatMap((day) => day.items.map((t) => [t, day] as const)));
      const dayTitles = new Map(schedule.days.map((day) => [day, this.dayTitle(day)]));
      const day = (t: TimedItem) => dayTitles.get(dayOf.get(t)!)!;
      // Undated days are shown in the event zone only (see renderDay).
      const time = (t: TimedItem) => formatTimeOfDay(t.start, dayOf.get(t)!.dated && choice === 'local' && reader !== null ? reader : schedule.zone, this.locale);
      const names = distinctNames([...dayOf.keys()], (t) => t.item.title, [(t) => [time(t)], (t) => [day(t), time(t)], (t) => [day(t), time(t), t.item.room ?? '']]);
      this.starNames = { key, schedule, names };
    }
  }

  private renderDay(workshop: Workshop, schedule: TimedSchedule, day: TimedDay, sameZone: boolean, choice: ZoneChoice, current: Set<string>) {
    const title = this.dayTitle(day);
    if (!day.dated) [sameZone, choice] = [true, 'event'];
    const now = this.nowMinute;
    const reader = this.readerZone;
    const markerAt = reader !== null && runningDay(schedule, now) === day ? day.rows.findIndex((row) => row.start > now) : -2;
    const marker = html`<li part="now" class="now">
      <span class="now-label">${this.msg('now')}</span>
      <time datetime=${iso(now)}>${formatTimeOfDay(now, choice === 'event' ? schedule.zone : (reader ?? schedule.zone), this.locale)}</time>
    </li>`;
    return html`<section part="day" class="day">
      ${heading(headingLevel(this.headingLevel, 3), title)}
      <ol part="program" class="program" role="list">
        ${day.rows.map((row, i) => html`${i === markerAt ? marker : nothing}${this.renderRow(workshop, schedule, day, row, sameZone, choice, current)}`)}
        ${markerAt === -1 ? marker : nothing}
      </ol>
    </section>`;
  }

  private renderRow(workshop: Workshop, schedule: TimedSchedule, day: TimedDay, row: ScheduleRow, sameZone: boolean, choice: ZoneChoice, current: Set<string>) {
    if (row.rooms.length === 0) return this.renderItem(workshop, schedule, day, row.items[0]!, sameZone, choice, current, false);
    const running = row.items.some((t) => current.has(t.key));
    return html`<li part="parallel" class="parallel" data-current=${running ? 'true' : nothing}>
      <p class="parallel-label">${this.msg('parallel', { count: row.rooms.length })}</p>
      <ul class="rooms" role="list" style="--rooms: ${row.rooms.length}">
        ${row.rooms.map(
          (room) => html`<li class="room">
            <p class="room-name" dir="auto">${room || this.msg('otherRoom')}</p>
            <ul class="room-items" role="list">
              ${row.items.filter((t) => (t.item.room ?? '') === room).map((t) => this.renderItem(workshop, schedule, day, t, sameZone, choice, current, true))}
            </ul>
          </li>`,
        )}
      </ul>
    </li>`;
  }

  private renderItem(workshop: Workshop, schedule: TimedSchedule, day: TimedDay, timed: TimedItem, sameZone: boolean, choice: ZoneChoice, current: Set<string>, inParallel: boolean) {
    const { item } = timed;
    const reader = this.readerZone;
    const [primaryZone, otherZone] = choice === 'event' || reader === null ? [schedule.zone, reader] : [reader, schedule.zone];
    const kindKey = item.kind && item.kind !== 'other' ? KIND_LABELS[item.kind] : undefined;
    const kind = kindKey ? this.msg(kindKey) : '';
    const showKind = kind && !item.title.toLowerCase().includes(kind.toLowerCase());
    const isCurrent = current.has(timed.key);
    const star = itemStarId(workshop, timed);
    return html`<li part="item" class="item" data-kind=${item.kind ?? 'other'} aria-current=${isCurrent ? 'time' : nothing}>
      <div class="when">
        <span part="time" class="time">${this.renderTimes(timed, primaryZone)}${this.renderOffset(timed, primaryZone, day)}</span>
        ${sameZone
          ? nothing
          : html`<span part="local-time" class="local-time"
              >${otherZone === null
                ? html`<span class="reserved" data-space=${`${formatTimeOfDay(timed.start, schedule.zone, this.locale)}–${formatTimeOfDay(timed.end ?? timed.start, schedule.zone, this.locale)} UTC+1`}></span>`
                : html`${this.renderTimes(timed, otherZone)} ${zoneLabel(otherZone, timed.start, this.locale)}${this.renderOffset(timed, otherZone, day)}`}</span
            >`}
      </div>
      <div class="what">
        <p class="title-line">
          ${isCurrent ? html`<span class="current-label">${this.msg('nowIs')}</span> ` : nothing}
          ${showKind ? html`<span part="kind" class="kind">${kind}</span> ` : nothing}
          <span class="title" dir="auto">${item.url ? link(item.url, item.title) : item.title}</span>
        </p>
        ${this.renderSpeakers(workshop, item)}
        ${item.room && !inParallel ? html`<p class="room-line muted">${this.msg('room', { room: item.room })}</p>` : nothing}
        ${timed.overlapCount ? html`<p class="overlap muted">${overlapNote(timed, this.msg)}</p>` : nothing}
        ${item.description ? html`<div class="description markdown">${markdown(item.description)}</div>` : nothing}
        ${this.renderPapers(workshop, item, this.readerKnown && this.mySchedule && !this.stars.has(star))}
      </div>
      ${UNSTARRED.has(item.kind) ? nothing : starButton(this.readerKnown ? this.stars.has(star) : undefined, this.msg('star', { name: this.starNames?.names.get(timed) ?? item.title }), () => toggleStar(workshop, star))}
    </li>`;
  }

  private renderTimes(timed: TimedItem, zone: string): TemplateResult {
    const start = html`<time datetime=${iso(timed.start)}>${formatTimeOfDay(timed.start, zone, this.locale)}</time>`;
    // One unit: a time range never breaks at its dash.
    if (timed.end === undefined) return start;
    return html`<span class="range">${start}–<time datetime=${iso(timed.end)}>${formatTimeOfDay(timed.end, zone, this.locale)}</time></span>`;
  }

  /** "+1 day" when the time in `zone` falls on another date than the program day. */
  private renderOffset(timed: TimedItem, zone: string, day: TimedDay) {
    const label = day.day.date ? dayOffsetLabel(dayOffset(timed.start, zone, day.day.date), this.msg) : '';
    return label ? html` <span class="day-offset">${label}</span>` : nothing;
  }

  private renderSpeakers(workshop: Workshop, item: ScheduleItem) {
    if (!item.speakers?.length) return nothing;
    const people = peopleById(workshop);
    const names = item.speakers.flatMap((speaker) => {
      if (typeof speaker !== 'string') {
        return [html`<li><span dir="auto">${speaker.name}</span>${speaker.affiliation ? html` <span class="muted" dir="auto">(${speaker.affiliation})</span>` : nothing}</li>`];
      }
      const person = people.get(speaker);
      if (!person) return [];
      const affiliation = person.affiliations?.[0];
      return [html`<li><span dir="auto">${person.homepage ? link(person.homepage, person.name) : person.name}</span>${affiliation ? html` <span class="muted" dir="auto">(${affiliation})</span>` : nothing}</li>`];
    });
    return html`<ul class="speakers" role="list" aria-label=${this.msg('speakers')}>${names}</ul>`;
  }

  /** `starredOnly`: in My schedule, a session there for the reader's papers lists only those. */
  private renderPapers(workshop: Workshop, item: ScheduleItem, starredOnly: boolean) {
    if (!item.papers?.length) return nothing;
    const byId = papersById(workshop);
    const papers = item.papers.flatMap((id) => byId.get(id) ?? []).filter((paper) => !starredOnly || this.stars.has(paperStarId(paper)));
    if (papers.length === 0) return nothing;
    // The reader's starred papers are marked.
    return html`<ul class="papers" role="list" aria-label=${this.msg('papers')}>
      ${papers.map((paper) => {
        const href = paper.links?.openreview ?? paper.links?.pdf ?? paper.links?.arxiv;
        return html`<li>${this.stars.has(paperStarId(paper)) ? html`<span class="starred">★<span class="visually-hidden">${this.msg('starredIs')}</span></span> ` : nothing}<span class="paper-title" dir="auto">${href ? link(href, paper.title) : paper.title}</span> <span class="authors muted" dir="auto">${paper.authors.join(', ')}</span></li>`;
      })}
    </ul>`;
  }
}
