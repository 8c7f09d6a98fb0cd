/**
 * The one person card and the grid behaviour behind `<speaker-grid>` and `<people-grid>`: both tags are thin
 * subclasses of `PersonGridElement` that differ only in their default role and custom-property names.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { initials, parseRole } from '../data/people.js';
import type { RoleName, Workshop } from '../data/schema.js';
import { safeUrl } from '../data/url.js';
import { byFamilyName, membersOf, type RoleMember } from '../data/workshop.js';
import { heading, headingLevel, type HeadingLevel } from './heading.js';
import { link } from './links.js';
import { markdown } from './markdown.js';
import { WorkshopElement } from './workshop-element.js';

const EMPTY: Record<RoleName, string> = {
  speakers: 'No speakers announced yet.',
  panelists: 'No panelists announced yet.',
  moderators: 'No moderators announced yet.',
  organizers: 'No organizers listed yet.',
  areaChairs: 'No area chairs listed yet.',
  programCommittee: 'No program committee listed yet.',
  volunteers: 'No volunteers listed yet.',
};

export interface PersonCardOptions {
  level: HeadingLevel;
  locale?: string;
  /** True when the photo failed to load before: show the initials instead. */
  photoFailed: boolean;
  onPhotoError: (src: string) => void;
}

/** Photo, or initials when there is none or it failed; both fill the same fixed-ratio box, so nothing moves. */
function avatar(member: RoleMember, options: PersonCardOptions): TemplateResult {
  const src = safeUrl(member.person.photo);
  if (src && !options.photoFailed) {
    // The name is printed right below, so the portrait is decorative for screen readers.
    return html`<img part="photo" class="photo" src=${src} alt="" width="400" height="400" loading="lazy" decoding="async"
      @error=${() => options.onPhotoError(src)} />`;
  }
  return html`<span part="avatar" class="photo avatar" aria-hidden="true">${initials(member.person.name, options.locale)}</span>`;
}

function disclosure(label: string, name: string, part: string, source: string | undefined): unknown {
  if (!source) return nothing;
  return html`<details part="disclosure" class="disclosure">
    <summary part="toggle">${label}<span class="visually-hidden"> (${name})</span></summary>
    <div part=${part} class="markdown">${markdown(source)}</div>
  </details>`;
}

/** One person: portrait, name, role, position, affiliations, talk, links, and bio/abstract disclosures. */
export function personCard(member: RoleMember, options: PersonCardOptions): TemplateResult {
  const { person } = member;
  const links = [
    ...(person.homepage ? [{ label: 'Homepage', url: person.homepage }] : []),
    ...(person.links ?? []),
    ...(person.email ? [{ label: 'Email', url: `mailto:${person.email}` }] : []),
  ].filter((item) => safeUrl(item.url));
  const badge = member.role ?? (member.kind === 'keynote' ? 'Keynote speaker' : undefined);
  return html`<li part="card" class="card">
    ${avatar(member, options)}
    <div class="body">
      ${heading(options.level, person.name, 'name')}
      ${badge ? html`<p part="role" class="role">${badge}</p>` : nothing}
      ${person.position ? html`<p part="position" class="position">${person.position}</p>` : nothing}
      ${person.affiliations?.length ? html`<p part="affiliations" class="affiliations">${person.affiliations.join('; ')}</p>` : nothing}
      ${member.talkTitle ? html`<p part="talk" class="talk"><span class="visually-hidden">Talk: </span>${member.talkTitle}</p>` : nothing}
      ${links.length
        ? html`<ul part="links" class="links">
            ${links.map((item) => html`<li>${link(item.url, item.label, 'link', `${item.label}: ${person.name}`)}</li>`)}
          </ul>`
        : nothing}
      ${disclosure('Abstract', person.name, 'abstract', member.abstract)} ${disclosure('Bio', person.name, 'bio', person.bio)}
    </div>
  </li>`;
}

/**
 * A grid of the people in one role list. `group` (or `role`, as the issue names it) picks the list;
 * subclasses set the default.
 */
export abstract class PersonGridElement extends WorkshopElement {
  protected static override dataKeys = ['people', 'roles'];

  /** The list shown when neither `group` nor `role` names one. */
  protected abstract readonly defaultRole: RoleName;

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
    if (!role) return this.renderEmpty(`There is no people list called "${requested}".`);
    let members = membersOf(workshop, role);
    if (members.length === 0) return this.renderEmpty(EMPTY[role]);
    if (this.order === 'last-name') members = byFamilyName(members, (member) => member.person, this.locale);
    if (this.limit && this.limit > 0) members = members.slice(0, this.limit);
    const columns = Number.isInteger(this.columns) ? Math.min(Math.max(this.columns, 1), 8) : 4;
    const level = headingLevel(this.headingLevel, 3);
    return html`<ul part="grid" class="grid" data-role=${role} style=${styleMap({ '--_columns': String(columns) })}>
      ${members.map((member) =>
        personCard(member, {
          level,
          locale: this.locale,
          photoFailed: this.failedPhotos.has(safeUrl(member.person.photo) ?? ''),
          onPhotoError: this.photoFailed,
        }),
      )}
    </ul>`;
  }
}
