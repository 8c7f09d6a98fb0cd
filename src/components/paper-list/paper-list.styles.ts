import { css } from 'lit';

/* A compact list, as virtual-conference sites show papers: a search box and filter chips above, then rows of title,
   authors and one line of labels and links, divided by hairlines. */
export const paperListStyles = css`
  :host {
    --_paper-accent: var(--paper-list-accent, var(--_accent));
    --_row-height: var(--paper-list-row-height, 7.5rem);
  }
  .controls,
  .field {
    display: grid;
    gap: var(--_space-2);
  }
  .field,
  .filters,
  .meta,
  .keywords,
  .count {
    font-size: var(--_text-sm);
  }
  input {
    font: inherit;
    font-size: var(--_text-base);
    color: inherit;
    background: none;
    border: var(--_hairline);
    border-radius: var(--_radius);
    padding: 0 var(--_space-3);
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
    gap: var(--_space-1) var(--_space-3);
  }
  .chip,
  .clear {
    padding: var(--_space-1) var(--_space-3);
    border: var(--_hairline);
    border-radius: 1rem;
    background: none;
    line-height: var(--_leading-tight);
  }
  .chip[aria-pressed='true'] {
    border-color: var(--_paper-accent);
    background: var(--_accent-soft);
    font-weight: 600;
  }
  .chips-label,
  .count,
  .authors,
  .keywords,
  .track,
  .copy,
  .abstract summary {
    color: var(--_muted);
  }
  .clear {
    border-color: transparent;
    text-decoration: underline;
  }
  .count {
    margin: var(--_space-3) 0 0;
    padding-block-end: var(--_space-2);
  }
  ol,
  .links {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .count,
  .paper {
    border-block-end: var(--_hairline);
  }
  .paper {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 2.5rem;
    gap: var(--_space-1) var(--_space-3);
    padding-block: var(--_space-3);
  }
  .paper > *,
  .badges {
    grid-column: 1;
    margin: 0;
  }
  .paper > .star {
    grid-area: 1 / 2 / span 2;
  }
  /* Rows left out by the search stay in the page, hidden, even if the page styles ::part(paper). */
  [hidden] {
    display: none !important;
  }
  :is(h1, h2, h3, h4, h5, h6) {
    font-size: var(--_text-base);
  }
  .meta {
    column-gap: var(--_space-4);
  }
  .chips,
  .badges {
    column-gap: var(--_space-1);
  }
  .badge {
    padding: 0 var(--_space-2);
    border: var(--_hairline);
    border-radius: var(--_radius-sm);
    font-size: 0.75rem;
  }
  .badge[data-presentation='oral'],
  .badge[data-presentation='spotlight'] {
    font-weight: 700;
  }
  .track {
    border-color: transparent;
  }
  .award {
    border-color: var(--_paper-accent);
    color: var(--_paper-accent);
  }
  .copy {
    padding: 0;
    border: 0;
    background: none;
    text-decoration: underline dotted;
  }
  .copy[data-copied] {
    color: var(--_success);
    font-weight: 600;
    text-decoration: none;
  }
  .abstract summary {
    inline-size: fit-content;
    font-size: var(--_text-sm);
  }
  .bibtex {
    display: block;
    width: 100%;
    margin-block-start: var(--_space-2);
    font-family: ui-monospace, monospace;
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
