import { css } from 'lit';

export const paperListStyles = css`
  :host {
    --_paper-accent: var(--paper-list-accent, var(--_accent));
    --_row-height: var(--paper-list-row-height, 9rem);
  }
  .controls {
    display: grid;
    gap: 0.5rem var(--_gap);
    align-items: end;
    margin-block-end: 0.5rem;
  }
  .field {
    display: grid;
    gap: 0.15rem;
    font-size: 0.9em;
  }
  .field > span {
    font-weight: 600;
  }
  input,
  select {
    font: inherit;
    font-size: 1rem;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 0.5em;
    min-width: 0;
    block-size: 2.25rem; /* search boxes and menus line up */
  }
  .count {
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }
  ol,
  .links {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .paper {
    padding: 0.75rem 0;
    border-block-end: 1px solid var(--_border);
    /* Rows off screen skip layout and paint too, within the groups of rows on screen (each group of rows skips
       rendering as a whole while off screen: the component styles the groups). */
    content-visibility: auto;
    contain-intrinsic-size: auto var(--_row-height);
  }
  /* Rows left out by the search stay in the page, hidden, even if the page styles ::part(paper). */
  [hidden] {
    display: none !important;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.35;
  }
  .authors,
  .badges {
    margin: 0.2rem 0 0;
  }
  .authors {
    color: var(--_muted);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .badge {
    padding: 0 0.55em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8em;
    background: var(--_surface);
  }
  .badge[data-presentation='oral'],
  .badge[data-presentation='spotlight'] {
    font-weight: 700;
  }
  .award {
    border-color: var(--_paper-accent);
    color: var(--_paper-accent);
    font-weight: 600;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    margin-block-start: 0.35rem;
    font-size: 0.9em;
  }
  .abstract {
    margin-block-start: 0.35rem;
  }
  .abstract summary {
    cursor: pointer;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .bibtex {
    display: block;
    width: 100%;
    margin-block-start: 0.5rem;
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
  }
  .no-match {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    flex-wrap: wrap;
  }
  @container (min-width: 40rem) {
    .controls {
      grid-template-columns: minmax(14rem, 2fr) repeat(auto-fit, minmax(9rem, 1fr));
    }
  }
  @media (forced-colors: active) {
    .badge,
    input,
    select {
      border-color: CanvasText;
    }
  }
`;
