import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Mode, Workshop } from '../../data/schema.js';
import { formatCalendarDate, formatTimeOfDay, zoneLabel } from '../../data/time.js';
import { safeUrl } from '../../data/url.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { link } from '../../internal/links.js';
import { hoursOnFirstDay } from '../../data/workshop.js';
import { WorkshopElement } from '../../internal/workshop-element.js';
import { workshopHeaderStyles } from './workshop-header.styles.js';

const MODE_LABELS = { 'in-person': 'inPerson', virtual: 'virtual', hybrid: 'hybrid' } as const satisfies Record<Mode, string>;

/** An image that failed to load is hidden (no broken-image box); one that loads, say after a new src, is shown. */
const showIfLoaded = (event: Event) => ((event.target as HTMLImageElement).hidden = event.type === 'error');

/** "2nd Workshop on ..." is common; only prefix the edition when the title does not already say it. */
function conferenceLine(workshop: Workshop): string | undefined {
  const { conference, shortName } = workshop;
  const venue = conference ? [conference.name, conference.year].filter(Boolean).join(' ') : undefined;
  if (shortName && venue) return `${shortName} @ ${venue}`;
  return shortName ?? venue;
}

function placeLine(workshop: Workshop): string | undefined {
  const venue = workshop.venue;
  if (!venue) return undefined;
  const parts = [venue.name, venue.room, venue.city, venue.country].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/**
 * The workshop's masthead: title, acronym and host conference, tagline, date, hours (in the event zone, named,
 * and on the reader's clock once it is known), place, how to attend, and links. A banner or logo that fails
 * to load is left out, as if there were none.
 *
 * @summary Workshop title, date, place and links.
 * @csspart banner - The banner image.
 * @csspart logo - The logo image.
 * @csspart eyebrow - The "MLMP @ ICLR 2025" line above the title.
 * @csspart heading - The title.
 * @csspart tagline - The line under the title.
 * @csspart facts - The date, hours, place and modes list.
 * @csspart local - The hours on the reader's clock ("your time: 15:00–23:00 UTC+8").
 * @csspart links - The list of links.
 * @csspart link - Each link.
 * @cssproperty --workshop-header-accent - Colour of the conference line; defaults to `--ww-accent`.
 * @cssproperty --workshop-header-title-size - Font size of the title.
 * @cssproperty --workshop-header-banner-height - Height of the banner image.
 * @fires ww-load - The workshop data is ready. `detail.workshop` holds it.
 * @fires ww-error - The data could not be loaded, or some of its entries were skipped. `detail` has `error` and `issues`.
 * @slot - Fallback content shown while the data loads (and by browsers without JavaScript).
 */
export class WorkshopHeader extends WorkshopElement {
  static override styles = [...WorkshopElement.styles, workshopHeaderStyles];
  protected static override dataKeys = ['title', 'shortName', 'edition', 'tagline', 'conference', 'website', 'links', 'logo', 'banner', 'date', 'endDate', 'hours', 'timeZone', 'venue', 'modes', 'virtualUrl'];

  /** Level of the title heading (1-6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 1;

  /** Hide the banner image even when the workshop has one. */
  @property({ attribute: 'hide-banner', type: Boolean }) hideBanner = false;

  protected renderWorkshop(workshop: Workshop) {
    const eyebrow = conferenceLine(workshop);
    const place = placeLine(workshop);
    const date = workshop.dateTbd || !workshop.date
      ? this.msg('tba')
      : formatCalendarDate(workshop.date, { locale: this.locale, ...(workshop.endDate && { end: workshop.endDate }), weekday: !!workshop.date && workshop.date.length === 10 });
    const banner = !this.hideBanner && workshop.banner && safeUrl(workshop.banner.src);
    const logo = workshop.logo && safeUrl(workshop.logo.src);
    const links = [
      ...(workshop.website ? [{ label: this.msg('website'), url: workshop.website }] : []),
      ...(workshop.virtualUrl ? [{ label: this.msg('joinOnline'), url: workshop.virtualUrl }] : []),
      ...(workshop.links ?? []),
    ];
    return html`<header>
      ${banner ? html`<img part="banner" class="banner" src=${banner} alt=${workshop.banner?.alt ?? ''} decoding="async" @error=${showIfLoaded} @load=${showIfLoaded} />` : nothing}
      <div class="identity">
        ${logo ? html`<img part="logo" class="logo" src=${logo} alt=${workshop.logo?.alt ?? ''} width="64" height="64" decoding="async" @error=${showIfLoaded} @load=${showIfLoaded} />` : nothing}
        <div>
          ${eyebrow ? html`<p part="eyebrow" class="eyebrow" dir="auto">${eyebrow}</p>` : nothing}
          ${heading(headingLevel(this.headingLevel, 1), workshop.edition && !workshop.title.includes(workshop.edition) ? `${workshop.edition} ${workshop.title}` : workshop.title)}
        </div>
      </div>
      ${workshop.tagline ? html`<p part="tagline" class="tagline" dir="auto">${workshop.tagline}</p>` : nothing}
      <dl part="facts" class="facts">
        <div class="fact"><dt>${this.msg('date')}</dt><dd>${date}</dd></div>
        ${this.renderHours(workshop)}
        ${place ? html`<div class="fact"><dt>${this.msg('place')}</dt><dd dir="auto">${link(workshop.venue?.mapUrl, place, 'place')}</dd></div>` : nothing}
        ${workshop.modes?.length
          ? html`<div class="fact">
              <dt>${this.msg('attend')}</dt>
              <dd class="modes">${new Intl.ListFormat(this.locale, { type: 'conjunction', style: 'narrow' }).format(workshop.modes.map((mode) => this.msg(MODE_LABELS[mode])))}</dd>
            </div>`
          : nothing}
      </dl>
      ${links.length
        ? html`<ul part="links" class="links">
            ${links.map((item) => html`<li>${link(item.url, item.label, 'link')}</li>`)}
          </ul>`
        : nothing}
    </header>`;
  }

  /** "09:00–17:00 UTC+2", then the same hours on the reader's clock when they differ (space kept until the reader is known). */
  private renderHours(workshop: Workshop) {
    const { hours } = workshop;
    if (!hours) return nothing;
    const on = hoursOnFirstDay(workshop);
    const span = (zone: string) => `${formatTimeOfDay(on!.start, zone, this.locale)}–${formatTimeOfDay(on!.end, zone, this.locale)} ${zoneLabel(zone, on!.start)}`;
    // Without a day the offset (daylight-saving time) is unknown: the zone is named as the organizers wrote it.
    const record = on ? span(on.zone) : `${hours.start}–${hours.end} ${workshop.schedule?.timeZone ?? workshop.timeZone ?? ''}`;
    const local = on && this.readerKnown ? span(this.viewerZone) : record;
    const reader = this.readerKnown ? (local !== record ? this.msg('yourHours', { time: local }) : '') : html`<span class="reserved" data-space=${this.msg('yourHours', { time: record })}></span>`;
    return html`<div class="fact"><dt>${this.msg('hours')}</dt><dd>${record}${on ? html`<span part="local" class="local muted">${reader}</span>` : nothing}</dd></div>`;
  }
}
