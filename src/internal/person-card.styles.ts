import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Per-element tokens of a person grid (`--speaker-grid-photo-ratio`, `--people-grid-photo-ratio`...), read
 * into the private aliases the card styles use. `tag` is a constant of this library, never user input.
 */
export function personCardTokens(tag: 'speaker-grid' | 'people-grid'): CSSResult {
  const t = unsafeCSS(tag);
  return css`
    :host {
      --_card-min: var(--${t}-card-min-width, 12rem);
      --_card-background: var(--${t}-card-background, var(--_surface));
      --_photo-ratio: var(--${t}-photo-ratio, 1);
      --_photo-radius: var(--${t}-photo-radius, var(--_radius));
      --_avatar-background: var(--${t}-avatar-background, var(--_accent));
      --_avatar-color: var(--${t}-avatar-color, var(--_on-accent));
      --_talk-color: var(--${t}-talk-color, var(--_accent));
    }
  `;
}

export const personCardStyles = css`
  .grid {
    --_col-width: calc((100% - (var(--_columns, 4) - 1) * var(--_gap)) / var(--_columns, 4));
    display: grid;
    /* As many columns as fit at --_card-min, never more than --_columns. */
    grid-template-columns: repeat(auto-fill, minmax(max(min(var(--_card-min), 100%), var(--_col-width)), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-background);
    min-width: 0;
  }
  .photo {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: var(--_photo-ratio);
    object-fit: cover;
    border-radius: var(--_photo-radius);
    background: var(--_border);
  }
  .avatar {
    display: grid;
    place-items: center;
    background: var(--_avatar-background);
    color: var(--_avatar-color);
    font-size: clamp(1.5rem, 8cqi, 3rem);
    font-weight: 600;
    letter-spacing: 0.05em;
    user-select: none;
  }
  .body {
    display: grid;
    gap: 0.2rem;
    align-content: start;
    min-width: 0;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.3;
  }
  .body p {
    margin: 0;
  }
  .role {
    font-size: 0.85em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .status {
    font-size: 0.85em;
    font-style: italic;
    color: var(--_muted);
  }
  .position,
  .affiliations {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .talk {
    margin-top: 0.25rem !important;
    color: var(--_talk-color);
    font-style: italic;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 0.75rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .disclosure summary {
    cursor: pointer;
    width: fit-content;
    font-size: 0.9em;
    font-weight: 600;
    color: var(--_accent);
  }
  .disclosure[open] summary {
    margin-bottom: 0.35rem;
  }
  .disclosure .markdown {
    font-size: 0.92em;
  }
  /* In a narrow column (a sidebar, a phone) a card becomes a row: small portrait beside the text. */
  @container (max-width: 30rem) {
    .grid {
      grid-template-columns: 1fr;
    }
    .card {
      display: grid;
      grid-template-columns: 4.5rem minmax(0, 1fr);
      align-items: start;
    }
    .avatar {
      font-size: 1.4rem;
    }
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .avatar {
      border: 1px solid CanvasText;
    }
  }
`;
