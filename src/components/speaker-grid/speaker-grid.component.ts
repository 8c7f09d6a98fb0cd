import type { RoleName } from '../../data/schema.js';
import { WorkshopElement } from '../../internal/workshop-element.js';
import { PeopleGrid } from '../people-grid/people-grid.component.js';
import { speakerGridStyles } from './speaker-grid.styles.js';

/**
 * `<people-grid>` for the invited speakers: the same cards and options, with talk titles and abstracts.
 *
 * A responsive grid of the people in one role list (speakers unless `group` or `role` says otherwise), in
 * the organizers' order or by family name. Each person has a modest round photo (or their initials on a quiet
 * tint when there is none or it fails to load), name, role in the list, position and affiliations (one line
 * each: "Professor, USC; Director" makes two), talk title, links, and the abstract and bio behind
 * keyboard-operable disclosures.
 *
 * @summary Invited speakers as cards: photo, name, affiliations, talk title, abstract and bio.
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
 * @cssproperty --speaker-grid-card-min-width - Narrowest a card gets before the grid drops a column (default 10.6rem: two on a phone, three in a two-thirds column).
 * @cssproperty --speaker-grid-card-background - Card background; none by default (people stand on the page, apart by space).
 * @cssproperty --speaker-grid-photo-size - Width of portraits and initials (default 7rem).
 * @cssproperty --speaker-grid-photo-ratio - Aspect ratio of portraits and initials (default 1).
 * @cssproperty --speaker-grid-photo-radius - Corner radius of portraits (default 50%: round).
 * @cssproperty --speaker-grid-avatar-background - Background of the initials; by default a faint tint of `--ww-accent`; its hue is turned per name.
 * @cssproperty --speaker-grid-avatar-color - Colour of the initials; defaults to `--ww-muted`.
 * @cssproperty --speaker-grid-talk-color - Colour of talk titles; defaults to the text colour.
 * @fires ww-load - The workshop data is ready. `detail.workshop` holds it.
 * @fires ww-error - The data could not be loaded, or some people were skipped. `detail` has `error` and `issues`.
 * @slot - Fallback content shown while the data loads.
 */
export class SpeakerGrid extends PeopleGrid {
  static override styles = [...WorkshopElement.styles, ...speakerGridStyles];
  protected override readonly defaultRole: RoleName = 'speakers';
}
