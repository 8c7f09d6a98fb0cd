/**
 * The one person card of `<people-grid>` and `<speaker-grid>` (which extends it): a template function, so any
 * element that shows a person renders the same markup with the same parts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { english, type Translate } from '../data/messages/index.js';
import { displayName, initials } from '../data/people.js';
import { safeUrl } from '../data/url.js';
import type { RoleMember } from '../data/workshop.js';
import { heading, type HeadingLevel } from './heading.js';
import { link } from './links.js';
import { markdown } from './markdown.js';

export interface PersonCardOptions {
  level: HeadingLevel;
  locale?: string;
  /** The element's words, in its language; English when not given. */
  msg?: Translate;
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
  return html`<span part="avatar" class="photo avatar" data-tone=${tone(member.person.name)} aria-hidden="true"
    >${initials(member.person.name, options.locale)}</span
  >`;
}

/** One of six quiet tints, the same for a name on every page and render. */
export function tone(name: string): number {
  return [...name].reduce((sum, char) => sum + char.codePointAt(0)!, 0) % 6;
}

/** Several positions ("Professor, USC; Director") and institutions each get a line, never one run-on line. */
function lines(part: string, items: readonly string[]): unknown {
  return items.length ? html`<p part=${part} class=${part}>${items.map((item) => html`<span dir="auto">${item}</span>`)}</p>` : nothing;
}

function disclosure(label: string, name: string, part: string, source: string | undefined): unknown {
  if (!source) return nothing;
  return html`<details part="disclosure" class="disclosure">
    <summary part="toggle">${label}<span class="visually-hidden"> (${name})</span></summary>
    <div part=${part} class="markdown">${markdown(source)}</div>
  </details>`;
}

/**
 * One person: portrait, name (after their honorific), role, position, positions ("Professor, UC Berkeley"),
 * affiliations not named by a position, talk, links, and bio/abstract disclosures.
 */
export function personCard(member: RoleMember, options: PersonCardOptions): TemplateResult {
  const { person } = member;
  const msg = options.msg ?? english;
  const name = displayName(person);
  const positions = person.positions ?? [];
  const links = [
    ...(person.homepage ? [{ label: msg('homepage'), url: person.homepage }] : []),
    ...(person.links ?? []),
    ...(person.email ? [{ label: msg('email'), url: `mailto:${person.email}` }] : []),
  ].filter((item) => safeUrl(item.url));
  const badge = member.role ?? (member.kind === 'keynote' ? msg('keynoteSpeaker') : undefined);
  // Speaker entries may say `confirmed: false`; RoleMember does not type it, membersOf() passes it through.
  const unconfirmed = (member as RoleMember & { confirmed?: boolean }).confirmed === false;
  return html`<li part="card" class="card">
    ${avatar(member, options)}
    <div class="body">
      ${heading(options.level, name, 'name')}
      ${badge ? html`<p part="role" class="role" dir="auto">${badge}</p>` : nothing}
      ${unconfirmed ? html`<p part="status" class="status">${msg('toBeConfirmed')}</p>` : nothing}
      ${lines('position', [...(person.position ? [person.position] : []), ...positions.map((held) => [held.title, held.institution].filter(Boolean).join(', '))])}
      ${lines('affiliations', (person.affiliations ?? []).filter((institution) => !positions.some((held) => held.institution === institution)))}
      ${member.talkTitle ? html`<p part="talk" class="talk"><span class="visually-hidden">${msg('talk')} </span><span dir="auto">${member.talkTitle}</span></p>` : nothing}
      ${links.length
        ? html`<ul part="links" class="links">
            ${links.map((item) => html`<li>${link(item.url, item.label, 'link', `${item.label}: ${name}`)}</li>`)}
          </ul>`
        : nothing}
      ${member.abstract || person.bio
        ? html`<div class="more">${disclosure(msg('abstract'), name, 'abstract', member.abstract)} ${disclosure(msg('bio'), name, 'bio', person.bio)}</div>`
        : nothing}
    </div>
  </li>`;
}
