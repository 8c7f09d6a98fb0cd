import { css } from 'lit';

export const sponsorWallStyles = css`
  :host {
    --_logo-ratio: var(--sponsor-wall-logo-ratio, 2.5);
    --_tile: var(--sponsor-wall-tile-background, var(--_surface));
  }
  .wall {
    display: grid;
    gap: calc(var(--_gap) * 1.25);
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
    margin: 0 0 0.5rem;
    font-size: 1rem;
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
  .sponsor > a,
  .sponsor > span {
    display: block;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_tile);
    border: 1px solid var(--_border);
    color: inherit;
    text-decoration: none;
  }
  .sponsor > a:hover {
    border-color: var(--_accent);
  }
  .box {
    display: flex;
    align-items: center;
    justify-content: center;
    height: var(--_logo-h);
    width: min(calc(var(--_logo-h) * var(--_logo-ratio)), calc(100cqi - 1.5rem - 2px));
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
    min-width: min(calc(var(--_logo-h) * var(--_logo-ratio)), calc(100cqi - 1.5rem - 2px));
    max-width: calc(100cqi - 1.5rem - 2px);
    height: auto;
    min-height: var(--_logo-h);
    padding-inline: 0.25rem;
    font-weight: 600;
    text-align: center;
    line-height: 1.2;
    overflow-wrap: break-word;
    font-size: clamp(0.9rem, calc(var(--_logo-h) * 0.18 + 0.35rem), 1.25rem);
  }
  @container (max-width: 24rem) {
    .list {
      gap: 0.5rem;
    }
  }
  @media (forced-colors: active) {
    .sponsor > a,
    .sponsor > span {
      border-color: CanvasText;
    }
  }
`;
