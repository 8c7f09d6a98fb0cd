import { css } from 'lit';

export const sponsorWallStyles = css`
  :host {
    --_logo-ratio: var(--sponsor-wall-logo-ratio, 2.5);
    --_tile: var(--sponsor-wall-tile-background, var(--_surface));
  }
  .wall {
    display: grid;
    gap: var(--_space-5);
  }
  .tier[data-size='1'] {
    --_logo-h: var(--sponsor-wall-logo-height-1, 5rem);
  }
  .tier[data-size='2'] {
    --_logo-h: var(--sponsor-wall-logo-height-2, 3.75rem);
  }
  .tier[data-size='3'] {
    --_logo-h: var(--sponsor-wall-logo-height-3, 2.75rem);
  }
  .tier[data-size='4'] {
    --_logo-h: var(--sponsor-wall-logo-height-4, 2.25rem);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin-bottom: var(--_space-2);
    font-size: var(--_text-sm);
    color: var(--_muted);
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sponsor {
    display: grid;
    align-content: start;
  }
  /* A faint tile, no border: logos keep a common ground on any page background. */
  .sponsor > :first-child {
    display: block;
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_tile);
    color: inherit;
    text-decoration: none;
  }
  .sponsor > a:hover {
    background: var(--_accent-soft);
  }
  /* What a sponsor supports and gives, under its tile, no wider than it. */
  .note {
    width: 0;
    min-width: 100%;
    margin-top: var(--_space-1);
    font-size: var(--_text-sm);
    text-align: center;
  }
  .contribution {
    color: var(--_muted);
  }
  .box {
    display: flex;
    align-items: center;
    justify-content: center;
    height: var(--_logo-h);
    width: min(calc(var(--_logo-h) * var(--_logo-ratio)), calc(100cqi - 1.5rem));
  }
  .box img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .name {
    /* Names may be longer than a logo is wide: the box grows in width rather than breaking words. */
    width: auto;
    min-width: min(calc(var(--_logo-h) * var(--_logo-ratio)), calc(100cqi - 1.5rem));
    max-width: calc(100cqi - 1.5rem);
    height: auto;
    min-height: var(--_logo-h);
    font-weight: 600;
    text-align: center;
    overflow-wrap: break-word;
  }
  @container (max-width: 24rem) {
    .list {
      gap: var(--_space-2);
    }
  }
  @media (forced-colors: active) {
    .sponsor > :first-child {
      border: 1px solid CanvasText;
    }
  }
`;
