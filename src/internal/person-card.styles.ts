import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Per-element tokens of a person grid (`--speaker-grid-photo-size`, `--people-grid-photo-size`...), read
 * into the private aliases the card styles use. `tag` is a constant of this library, never user input.
 */
export function personCardTokens(tag: 'speaker-grid' | 'people-grid'): CSSResult {
  const t = unsafeCSS(tag);
  return css`
    :host {
      --_card-min: var(--${t}-card-min-width, 10.6rem);
      --_card-background: var(--${t}-card-background, none);
      --_photo-size: var(--${t}-photo-size, 7rem);
      --_photo-ratio: var(--${t}-photo-ratio, 1);
      --_photo-radius: var(--${t}-photo-radius, 50%);
      --_avatar-background: var(--${t}-avatar-background);
      --_avatar-color: var(--${t}-avatar-color, var(--_muted));
      --_talk-color: var(--${t}-talk-color, var(--_text));
    }
  `;
}

/**
 * A person reads like a speaker wall: a modest round portrait, the name in bold, then quieter lines; no box
 * around each person, space keeps them apart.
 */
export const personCardStyles = css`
  .grid {
    --_col-width: calc((100% - (var(--_columns, 4) - 1) * var(--_gap)) / var(--_columns, 4));
    display: grid;
    /* As many columns as fit at --_card-min, never more than --_columns. */
    grid-template-columns: repeat(auto-fill, minmax(max(min(var(--_card-min), 100%), var(--_col-width)), 1fr));
    gap: var(--_space-6) var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card,
  .body {
    display: grid;
    justify-items: center;
    align-content: start;
    min-width: 0;
    text-align: center;
  }
  .card {
    gap: var(--_space-3);
    background: var(--_card-background);
  }
  .photo {
    width: var(--_photo-size);
    height: auto;
    aspect-ratio: var(--_photo-ratio);
    object-fit: cover;
    border-radius: var(--_photo-radius);
    background: var(--_surface);
  }
  /*
   * Initials on a faint, translucent tint of the accent, its hue turned per name in OKLCH (every turn equally
   * light, unlike a hue-rotate filter, which also tinted the initials): varied, never loud. Dark mode gets a
   * fixed low chroma and a little more opacity, since the light-on-dark accent is paler. Browsers without
   * relative colours keep the accent's plain tint.
   */
  .avatar {
    display: grid;
    place-items: center;
    background: var(--_avatar-background, var(--_accent-soft));
    box-shadow: inset 0 0 0 1px var(--_border);
    color: var(--_avatar-color);
    font-size: calc(var(--_photo-size) * 0.28);
    font-weight: 500;
    letter-spacing: 0.04em;
    user-select: none;
  }
  @supports (color: oklch(from red l c h)) {
    .avatar {
      --_tint-hue: calc(h + var(--_turn, 0) * 60);
      background: var(
        --_avatar-background,
        light-dark(oklch(from var(--_accent) l calc(c / 2) var(--_tint-hue) / 0.14), oklch(from var(--_accent) l 0.05 var(--_tint-hue) / 0.2))
      );
    }
  }
  [data-tone='1'] {
    --_turn: 1;
  }
  [data-tone='2'] {
    --_turn: 2;
  }
  [data-tone='3'] {
    --_turn: 3;
  }
  [data-tone='4'] {
    --_turn: 4;
  }
  [data-tone='5'] {
    --_turn: 5;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: var(--_text-base);
  }
  .body p {
    margin: 0;
  }
  .role,
  .status,
  .position,
  .affiliations,
  .links,
  .disclosure summary {
    font-size: var(--_text-sm);
    color: var(--_muted);
  }
  .role {
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .status {
    font-style: italic;
  }
  .position > span,
  .affiliations > span {
    display: block;
  }
  .talk {
    margin-top: var(--_space-1) !important;
    color: var(--_talk-color);
    font-size: var(--_text-sm);
    font-style: italic;
  }
  .links,
  .more {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0 var(--_space-3);
    margin-top: var(--_space-1);
    padding: 0;
    list-style: none;
  }
  .disclosure summary {
    cursor: pointer;
  }
  /* An open abstract or bio takes the whole width under both toggles. */
  .disclosure[open] {
    flex-basis: 100%;
    order: 1;
  }
  .disclosure .markdown {
    margin-top: var(--_space-2);
    text-align: start;
    font-size: var(--_text-sm);
  }
  @media (forced-colors: active) {
    .avatar {
      border: 1px solid CanvasText;
    }
  }
`;
