import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Sponsor, Workshop } from '../../data/schema.js';
import { safeUrl } from '../../data/url.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { link } from '../../internal/links.js';
import { emptyNote } from '../../internal/section-note.js';
import { WorkshopElement } from '../../internal/workshop-element.js';
import { sponsorWallStyles } from './sponsor-wall.styles.js';
import { textOr } from '../../internal/define.js';

export interface SponsorGroup {
  /** Tier name; undefined for sponsors without a tier. */
  tier?: string;
  /** 0 for the most prominent tier; logos shrink with the rank. */
  rank: number;
  sponsors: Sponsor[];
}

/** Tiers in the organizers' order, tiers they forgot to list after those, sponsors without a tier last. */
export function groupSponsors(sponsors: readonly Sponsor[], tiers: readonly string[] = []): SponsorGroup[] {
  const order = [...tiers];
  for (const sponsor of sponsors) if (sponsor.tier && !order.includes(sponsor.tier)) order.push(sponsor.tier);
  const groups: SponsorGroup[] = order
    .map((tier, rank) => ({ tier, rank, sponsors: sponsors.filter((sponsor) => sponsor.tier === tier) }))
    .filter((group) => group.sponsors.length > 0);
  const untiered = sponsors.filter((sponsor) => !sponsor.tier);
  if (untiered.length > 0) groups.push({ rank: order.length, sponsors: untiered });
  return groups;
}

/** What a sponsor supports and gives, shown under its logo in this order. */
const NOTES = ['role', 'contribution'] as const;

/** Logo sizes come in three steps; every tier below the third uses the smallest. */
const sizeOf = (rank: number) => Math.min(rank, 3) + 1;

/**
 * Sponsors grouped by tier, in the order of `sponsorTiers`, with logos sized by tier, and under a logo what
 * the sponsor supports and gives ("Best paper award", "$1,000 prize"). A sponsor without a logo, or whose
 * logo fails to load, is shown by name.
 *
 * Sponsors marked `prospective` are not confirmed: like the sponsor blocks that real sites keep commented out
 * until a sponsor signs, they stay off the wall, unless `show-prospective` lists them apart, after the others
 * (for a proposal).
 *
 * @summary Sponsor logos by tier.
 * @csspart tier - Each tier (a section with a heading and a list).
 * @csspart heading - The tier name.
 * @csspart list - The list of sponsors of a tier.
 * @csspart sponsor - Each sponsor (list item).
 * @csspart link - The link around a sponsor's logo or name.
 * @csspart logo - A logo image.
 * @csspart name - A sponsor's name shown as text.
 * @csspart role - What a sponsor supports, under its logo ("Best paper award").
 * @csspart contribution - What a sponsor gives, under its logo ("$1,000 prize").
 * @cssproperty --sponsor-wall-logo-height-1 - Logo height in the first tier (default 5rem).
 * @cssproperty --sponsor-wall-logo-height-2 - Logo height in the second tier (default 3.75rem).
 * @cssproperty --sponsor-wall-logo-height-3 - Logo height in the third tier (default 2.75rem).
 * @cssproperty --sponsor-wall-logo-height-4 - Logo height in later tiers and for untiered sponsors (default 2.25rem).
 * @cssproperty --sponsor-wall-logo-ratio - Width of a logo box relative to its height (default 2.5).
 * @cssproperty --sponsor-wall-tile-background - Background of each sponsor tile; defaults to `--ww-surface`.
 * @fires ww-load - The workshop data is ready. `detail.workshop` holds it.
 * @fires ww-error - The data could not be loaded, or some sponsors were skipped. `detail` has `error` and `issues`.
 * @slot - Fallback content shown while the data loads.
 */
export class SponsorWall extends WorkshopElement {
  static override styles = [...WorkshopElement.styles, sponsorWallStyles];
  protected static override dataKeys = ['sponsors', 'sponsorTiers'];

  /** Level of the tier headings (1-6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Heading of sponsors without a tier when there are tiers too; unset: "Supporters" in the element's language. */
  @property({ attribute: 'untiered-label', converter: textOr('') }) untieredLabel = '';

  /** Also list the sponsors marked `prospective`, apart, under `prospective-label`. */
  @property({ attribute: 'show-prospective', type: Boolean }) showProspective = false;

  /** Heading of the prospective sponsors; unset: "Prospective sponsors" in the element's language. */
  @property({ attribute: 'prospective-label', converter: textOr('') }) prospectiveLabel = '';

  /** Logo addresses that failed to load; those sponsors are shown by name. */
  @state() private failedLogos = new Set<string>();

  private logoFailed(src: string): void {
    this.failedLogos = new Set(this.failedLogos).add(src);
  }

  protected renderWorkshop(workshop: Workshop) {
    const all = workshop.sponsors ?? [];
    const sponsors = all.filter((sponsor) => !sponsor.prospective);
    const prospective = this.showProspective ? all.filter((sponsor) => sponsor.prospective) : [];
    if (sponsors.length + prospective.length === 0) return emptyNote(workshop, 'sponsors') ?? this.renderEmpty(this.msg('noSponsors'));
    const groups = groupSponsors(sponsors, workshop.sponsorTiers);
    // Prospective sponsors come last, smallest, whatever tier they would have.
    if (prospective.length) groups.push({ tier: this.prospectiveLabel || this.msg('prospectiveSponsors'), rank: 3, sponsors: prospective });
    const titled = groups.length > 1 || groups[0]?.tier !== undefined;
    const level = headingLevel(this.headingLevel, 3);
    return html`<div class="wall">
      ${groups.map(
        (group) => html`<section part="tier" class="tier" data-size=${sizeOf(group.rank)} data-tier=${group.tier ?? ''}>
          ${titled ? heading(level, group.tier ?? (this.untieredLabel || this.msg('supporters'))) : nothing}
          <ul part="list" class="list">
            ${group.sponsors.map(
              (sponsor) => html`<li part="sponsor" class="sponsor">
                ${link(sponsor.url, this.renderMark(sponsor), 'link')}${NOTES.map((key) => (sponsor[key] ? html`<span part=${key} class="note ${key}">${sponsor[key]}</span>` : nothing))}
              </li>`,
            )}
          </ul>
        </section>`,
      )}
    </div>`;
  }

  private renderMark(sponsor: Sponsor) {
    const src = safeUrl(sponsor.logo);
    if (!src || this.failedLogos.has(src)) return html`<span part="name" class="box name" dir="auto">${sponsor.name}</span>`;
    // The box has a fixed size, so lazy logos arriving later do not move the page.
    return html`<span class="box"
      ><img part="logo" src=${src} alt=${sponsor.name} loading="lazy" decoding="async" @error=${() => this.logoFailed(src)}
    /></span>`;
  }
}
