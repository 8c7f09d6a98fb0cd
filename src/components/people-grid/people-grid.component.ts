import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseRole } from '../../data/people.js';
import type { RoleName, Workshop } from '../../data/schema.js';
import { safeUrl } from '../../data/url.js';
import { byFamilyName, membersOf } from '../../data/workshop.js';
import { headingLevel } from '../../internal/heading.js';
import { personCard } from '../../internal/person-card.js';
import { emptyNote } from '../../internal/section-note.js';
import { ROLE_SECTIONS } from '../../data/layout.js';
import { WorkshopElement } from '../../internal/workshop-element.js';
import { peopleGridStyles } from './people-grid.styles.js';

const EMPTY = {
  speakers: 'noSpeakers',
  panelists: 'noPanelists',
  moderators: 'noModerators',
  organizers: 'noOrganizers',
  areaChairs: 'noAreaChairs',
  programCommittee: 'noProgramCommittee',
  volunteers: 'noVolunteers',
} as const satisfies Record<RoleName, string>;

/**
 * A responsive grid of the people in one role list (organizers unless `group` or `role` says otherwise), in
 * the organizers' order or by family name. Each person has a modest round photo (or their initials on a quiet
 * tint when there is none or it fails to load), name, role in the list, position and affiliations (one line
 * each: "Professor, USC; Director" makes two), talk title, links, and the abstract and bio behind
 * keyboard-operable disclosures.
 *
 * @summary People in one role (organizers by default) as cards: photo, name, position, affiliations and links.
 * @csspart grid - The list of cards.
 * @csspart card - One person (list item).
 * @csspart photo - A portrait image.
 * @csspart avatar - The initials shown when there is no portrait or it failed to load.
 * @csspart name - The person's name (a heading).
 * @csspart role - The role within the list ("General chair", "Keynote speaker").
 * @csspart status - "To be confirmed", for a speaker whose entry says `confirmed: false`.
 * @csspart position - Job title.
 * @csspart affiliations - Institutions.
 * @csspart talk - The talk title.
 * @csspart links - The list of links (homepage, Scholar, email...).
 * @csspart link - Each link.
 * @csspart disclosure - The expandable abstract or bio (a details element).
 * @csspart toggle - The summary that opens a disclosure.
 * @csspart abstract - The talk abstract.
 * @csspart bio - The biography.
 * @cssproperty --people-grid-card-min-width - Narrowest a card gets before the grid drops a column (default 10.6rem: two on a phone, three in a two-thirds column).
 * @cssproperty --people-grid-card-background - Card background; none by default (people stand on the page, apart by space).
 * @cssproperty --people-grid-photo-size - Width of portraits and initials (default 7rem).
 * @cssproperty --people-grid-photo-ratio - Aspect ratio of portraits and initials (default 1).
 * @cssproperty --people-grid-photo-radius - Corner radius of portraits (default 50%: round).
 * @cssproperty --people-grid-avatar-background - Background of the initials; by default a faint tint of `--ww-accent`; its hue is turned per name.
 * @cssproperty --people-grid-avatar-color - Colour of the initials; defaults to `--ww-muted`.
 * @cssproperty --people-grid-talk-color - Colour of talk titles; defaults to the text colour.
 * @fires ww-load - The workshop data is ready. `detail.workshop` holds it.
 * @fires ww-error - The data could not be loaded, or some people were skipped. `detail` has `error` and `issues`.
 * @slot - Fallback content shown while the data loads.
 */
export class PeopleGrid extends WorkshopElement {
  static override styles = [...WorkshopElement.styles, ...peopleGridStyles];
  protected static override dataKeys = ['people', 'roles'];

  /** The list shown when neither `group` nor `role` names one; `<speaker-grid>` changes it. */
  protected readonly defaultRole: RoleName = 'organizers';

  /**
   * Which role list to show: speakers, panelists, moderators, organizers, areaChairs, programCommittee or
   * volunteers (kebab-case such as `area-chairs` works too). Preferred over `role`, which is also the ARIA
   * attribute and makes accessibility checkers report the host.
   */
  @property({ reflect: true }) group?: string;

  /** The role list, set with the `role` attribute as in the issue; `group` wins when both are set. */
  @property({ attribute: 'role' }) roleList?: string;

  /** `given` keeps the organizers' order; `last-name` sorts by family name with the page language's collation. */
  @property({ reflect: true }) order: 'given' | 'last-name' = 'given';

  /** Show at most this many people (after ordering). 0 or unset shows everyone. */
  @property({ type: Number }) limit?: number;

  /** The most columns the grid uses on a wide container (1-8). */
  @property({ type: Number }) columns = 4;

  /** Level of each person's name heading (1-6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Photo addresses that failed to load; those people get their initials instead. */
  @state() private failedPhotos = new Set<string>();

  private readonly photoFailed = (src: string) => {
    this.failedPhotos = new Set(this.failedPhotos).add(src);
  };

  protected renderWorkshop(workshop: Workshop) {
    const requested = this.group ?? this.roleList;
    const role = requested ? parseRole(requested) : this.defaultRole;
    if (!role) return this.renderEmpty(this.msg('noList', { name: requested! }));
    let members = membersOf(workshop, role);
    if (members.length === 0) return emptyNote(workshop, ROLE_SECTIONS[role]) ?? this.renderEmpty(this.msg(EMPTY[role]));
    if (this.order === 'last-name') members = byFamilyName(members, (member) => member.person, this.locale);
    if (this.limit && this.limit > 0) members = members.slice(0, this.limit);
    // A number from 1 to 8, so the style below carries nothing from the page. Set through CSSOM, which a
    // strict Content-Security-Policy allows (a style attribute in markup it would block).
    const columns = Number.isInteger(this.columns) ? Math.min(Math.max(this.columns, 1), 8) : 4;
    const level = headingLevel(this.headingLevel, 3);
    return html`<ul part="grid" class="grid" data-role=${role} .style=${`--_columns: ${columns}`}>
      ${members.map((member) =>
        personCard(member, {
          level,
          locale: this.locale,
          msg: this.msg,
          photoFailed: this.failedPhotos.has(safeUrl(member.person.photo) ?? ''),
          onPhotoError: this.photoFailed,
        }),
      )}
    </ul>`;
  }
}
