import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { asOfDate, datetimeValue, isTimed, keyInstant, localText, recordText } from '../../data/date-display.js';
import type { Workshop } from '../../data/schema.js';
import { remainingUntil, type Remaining } from '../../data/time.js';
import { datedEntries, deadlines, nextDeadline, type DatedEntry } from '../../data/workshop.js';
import { subscribeToClock } from '../../internal/clock.js';
import { WorkshopElement } from '../../internal/workshop-element.js';
import { countdownDeadlineStyles } from './countdown-deadline.styles.js';

export interface DeadlinePassedDetail {
  id: string;
  label: string;
  /** The instant that passed (ms since epoch). */
  instant: number;
  /** Id of the deadline counted down to next, when there is one. */
  next?: string;
}

type Unit = 'day' | 'hour' | 'minute' | 'second';
const UNITS: [Unit, keyof Remaining][] = [
  ['day', 'days'],
  ['hour', 'hours'],
  ['minute', 'minutes'],
  ['second', 'seconds'],
];

const unitFormats = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: string | undefined, unit: Unit, display: 'long' | 'narrow'): Intl.NumberFormat {
  const key = `${locale ?? ''}|${unit}|${display}`;
  let format = unitFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: display });
    unitFormats.set(key, format);
  }
  return format;
}

/** The unit's name as the locale writes it next to `value` ("days", "Tage", "d"). */
function unitName(locale: string | undefined, unit: Unit, value: number, display: 'long' | 'narrow'): string {
  return unitFormat(locale, unit, display).formatToParts(value).filter((part) => part.type === 'unit').map((part) => part.value).join('') || unit;
}

/**
 * Counts down to one deadline: the one named by `deadline`, or by default the next deadline that has not
 * passed, moving on to the following one by itself. Screen readers hear the remaining time when its
 * coarse value changes (hours, or minutes in the last day), not every second.
 *
 * With reduced motion requested, the seconds are not shown.
 *
 * @summary A live countdown to the next (or a chosen) deadline.
 * @csspart countdown - The whole countdown; has `data-state` (counting, tbd, passed, done).
 * @csspart label - The deadline's label.
 * @csspart date - The deadline in its zone of record.
 * @csspart local - The deadline on the reader's clock.
 * @csspart timer - The ticking digits (hidden from screen readers; see `status`).
 * @csspart unit - One unit of the timer (days, hours, minutes, seconds); has `data-unit`.
 * @csspart value - The digits of a unit.
 * @csspart unit-name - The name of a unit.
 * @csspart status - The message for TBD and passed deadlines.
 * @cssproperty --countdown-deadline-accent - Colour of the digits; defaults to `--ww-accent`.
 * @cssproperty --countdown-deadline-digit-size - Font size of the digits in the full format.
 * @fires ww-deadline-passed - The deadline counted down to has passed. `detail`: `id`, `label`, `instant`, `next` (id of the next one).
 * @fires ww-load - The workshop data is ready. `detail.workshop` holds it.
 * @fires ww-error - The data could not be loaded, or some of its entries were skipped. `detail` has `error` and `issues`.
 * @slot - Fallback content shown while the data loads (and by browsers without JavaScript).
 */
export class CountdownDeadline extends WorkshopElement {
  static override styles = [...WorkshopElement.styles, countdownDeadlineStyles];
  protected static override dataKeys = ['importantDates', 'deadlineTimeZone'];

  /** Id of the important date to count down to; unset: the next deadline that has not passed. */
  @property() deadline?: string;

  /** `full` (big digits with unit names) or `compact` (one line: 3d 04h 12m 09s). */
  @property({ reflect: true }) format: 'full' | 'compact' = 'full';

  /** Hide the absolute date and time under the label. */
  @property({ attribute: 'hide-date', type: Boolean }) hideDate = false;

  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = subscribeToClock((now) => this.readerKnown && this.tick(now));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private tick(now: number): void {
    const before = this.now;
    this.now = now;
    const workshop = this.workshop;
    if (!workshop) return;
    const target = this.target(workshop, before);
    const instant = target ? keyInstant(target) : null;
    if (!target || instant === null || instant <= before || instant > now) return;
    const next = this.target(workshop, now);
    this.emit<DeadlinePassedDetail>('ww-deadline-passed', {
      id: target.entry.id,
      label: target.entry.label,
      instant,
      ...(next && next !== target && { next: next.entry.id }),
    });
  }

  /** The date counted down to at `now`: the chosen one, or the next deadline (a TBD one when no dated one is left). */
  private target(workshop: Workshop, now: number): DatedEntry | null {
    if (this.deadline) return datedEntries(workshop).find((item) => item.entry.id === this.deadline) ?? null;
    return nextDeadline(workshop, now);
  }

  protected renderWorkshop(workshop: Workshop) {
    if (this.deadline && !datedEntries(workshop).some((item) => item.entry.id === this.deadline)) {
      return this.renderEmpty(this.msg('noDateId', { id: this.deadline }));
    }
    if (!this.deadline && deadlines(workshop).length === 0) return this.renderEmpty(this.msg('noDeadlines'));
    const target = this.target(workshop, this.now);
    const instant = target ? keyInstant(target) : null;
    const state = !target ? 'done' : instant === null ? 'tbd' : instant <= this.now ? 'passed' : 'counting';
    const remaining = instant === null ? null : remainingUntil(instant, this.now);
    const label = target?.entry.label ?? '';
    const message =
      state === 'done' ? this.msg('allDeadlinesPassed') : state === 'tbd' ? this.msg('labelTba', { label }) : state === 'passed' ? this.msg('labelPassed', { label }) : null;
    // On screen the label stands right above, so the message does not repeat it; the live region says it whole.
    const shown = state === 'tbd' ? this.msg('dateTba') : state === 'passed' ? this.msg('deadlinePassed') : message;
    // One template for every state, so the live region stays in place and announces the change.
    return html`<div part="countdown" class="countdown" data-state=${state}>
      ${target
        ? html`<p part="label" class="label"><span dir="auto">${label}</span>${target.entry.tentative ? html` <span class="muted">${this.msg('tentative')}</span>` : nothing}</p>
            ${target.resolved ? this.renderWhen(target) : nothing}`
        : nothing}
      ${message === null
        ? html`<div part="timer" class="timer" aria-hidden="true">${UNITS.map(([unit, key]) => this.renderUnit(unit, this.readerKnown ? remaining![key] : null))}</div>`
        : html`<p part="status" class="status" aria-hidden="true">${shown}</p>`}
      <p class="visually-hidden" role="status">${message ?? (this.readerKnown ? this.announcement(target!, remaining!) : nothing)}</p>
    </div>`;
  }

  private renderWhen(item: DatedEntry): TemplateResult | typeof nothing {
    if (this.hideDate) return nothing;
    const datetime = datetimeValue(item);
    let local: unknown = nothing;
    if (!this.readerKnown) {
      // Prerendered: the place of the reader's time says when this was the next deadline, or stays empty.
      local = this.deadline ? nothing : html`<span part="local" class="local">${this.msg('nextDeadlineAsOf', { date: asOfDate(this.now, this.locale) })}</span>`;
    } else if (isTimed(item)) {
      const text = localText(item, this.viewerZone, this.locale);
      local = html`<span part="local" class="local">${this.msg('yourTimeIs')} ${text ? html`<time datetime=${datetime ?? nothing}>${text}</time>` : this.msg('theSame')}</span>`;
    }
    return html`<p class="when"><time part="date" datetime=${datetime ?? nothing}>${recordText(item, this.locale, this.msg('tba'))}</time> ${local}</p>`;
  }

  /** `value` null: prerendered, the time left is unknown until the reader's clock runs. */
  private renderUnit(unit: Unit, value: number | null): TemplateResult {
    const compact = this.format === 'compact';
    const digits = value === null ? '––' : unit === 'day' ? String(value) : String(value).padStart(2, '0');
    return html`<span part="unit" class="unit" data-unit=${unit}
      ><span part="value" class="value">${digits}</span
      ><span part="unit-name" class="unit-name">${unitName(this.locale, unit, value ?? 2, compact ? 'narrow' : 'long')}</span></span
    > `;
  }

  /** "Paper submission deadline: 3 days, 4 hours left." Changes once an hour, or once a minute in the last day. */
  private announcement(item: DatedEntry, remaining: Remaining): string {
    const format = (unit: Unit, value: number) => unitFormat(this.locale, unit, 'long').format(value);
    const pair = (big: Unit, bigValue: number, small: Unit, smallValue: number) => (smallValue > 0 ? [format(big, bigValue), format(small, smallValue)] : [format(big, bigValue)]);
    const parts =
      remaining.days > 0
        ? pair('day', remaining.days, 'hour', remaining.hours)
        : remaining.hours > 0
          ? pair('hour', remaining.hours, 'minute', remaining.minutes)
          : remaining.minutes > 0
            ? [format('minute', remaining.minutes)]
            : null;
    const label = item.entry.label;
    return parts ? this.msg('timeLeft', { label, time: new Intl.ListFormat(this.locale, { type: 'unit', style: 'long' }).format(parts) }) : this.msg('underMinuteLeft', { label });
  }
}
