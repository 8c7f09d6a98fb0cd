import { css } from 'lit';

/* A compact list, as virtual-conference sites show papers: a search box and filter chips above, then rows of title,
   authors and one line of labels and links, divided by hairlines. */
export const paperListStyles = css`
  :host {
    --_paper-accent: var(--paper-list-accent, var(--_accent));
    --_row-height: var(--paper-list-row-height, 7.5rem);
  }
  .controls {
    display: grid;
    gap: var(--_space-3);
    margin-block-end: var(--_space-3);
  }
  .field {
    display: grid;
    gap: var(--_space-1);
    font-size: var(--_text-sm);
    font-weight: 600;
  }
  input {
    font: inherit;
    font-size: var(--_text-base);
    font-weight: 400;
    color: inherit;
    background: none;
    border: var(--_hairline);
    border-radius: var(--_radius);
    padding: 0 var(--_space-3);
    min-width: 0;
    block-size: 2.5rem;
  }
  .filters,
  .chips,
  .meta,
  .badges,
  .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  .filters {
    gap: var(--_space-2) var(--_space-5);
  }
  .chips {
    gap: var(--_space-1);
  }
  .chips-label {
    margin-inline-end: var(--_space-1);
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
  .chip,
  .clear {
    padding: var(--_space-1) var(--_space-3);
    border: var(--_hairline);
    border-radius: 1rem;
    background: none;
    font-size: var(--_text-sm);
    line-height: var(--_leading-tight);
  }
  .chip:hover {
    border-color: var(--_paper-accent);
  }
  .chip[aria-pressed='true'] {
    border-color: var(--_paper-accent);
    background: var(--_accent-soft);
    font-weight: 600;
  }
  .clear {
    border-color: transparent;
    color: var(--_muted);
    text-decoration: underline;
  }
  .counter {
    color: var(--_muted);
    font-weight: 400;
  }
  .count {
    margin: 0;
    padding-block-end: var(--_space-2);
    border-block-end: var(--_hairline);
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
  ol,
  .links {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .paper {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 2.5rem;
    gap: var(--_space-1) var(--_space-3);
    padding-block: var(--_space-3);
    border-block-end: var(--_hairline);
  }
  .paper > * {
    grid-column: 1;
    margin: 0;
  }
  .paper > .star {
    grid-area: 1 / 2 / span 2;
    margin: 0;
  }
  /* Rows left out by the search stay in the page, hidden, even if the page styles ::part(paper). */
  [hidden] {
    display: none !important;
  }
  :is(h1, h2, h3, h4, h5, h6) {
    font-size: var(--_text-base);
  }
  .authors {
    color: var(--_muted);
  }
  .meta {
    gap: var(--_space-1) var(--_space-4);
    font-size: var(--_text-sm);
  }
  .badges {
    gap: var(--_space-1);
    margin: 0;
  }
  .badge {
    padding: 0 var(--_space-2);
    border: var(--_hairline);
    border-radius: var(--_radius-sm);
    font-size: 0.75rem;
    line-height: 1.5;
  }
  .badge[data-presentation='oral'],
  .badge[data-presentation='spotlight'] {
    font-weight: 700;
  }
  .track {
    border-color: transparent;
    color: var(--_muted);
  }
  .award {
    border-color: var(--_paper-accent);
    color: var(--_paper-accent);
    font-weight: 600;
  }
  .links {
    gap: var(--_space-1) var(--_space-3);
  }
  .copy {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_muted);
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
  }
  .copy:hover {
    color: inherit;
  }
  .copy[data-copied] {
    color: var(--_success);
    font-weight: 600;
    text-decoration: none;
  }
  .abstract summary {
    inline-size: fit-content;
    cursor: pointer;
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
  .abstract .markdown {
    margin-block-start: var(--_space-2);
  }
  .bibtex {
    display: block;
    width: 100%;
    margin-block-start: var(--_space-2);
    font-family: ui-monospace, monospace;
    font-size: var(--_text-sm);
  }
  .no-match {
    display: flex;
    gap: var(--_space-2);
    align-items: center;
    flex-wrap: wrap;
    margin-block: var(--_space-3) 0;
  }
  @media (forced-colors: active) {
    .badge,
    .chip,
    input {
      border-color: CanvasText;
    }
    .chip[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
