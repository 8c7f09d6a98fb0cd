import { css } from 'lit';

export const workshopTopicsStyles = css`
  :host {
    --_marker: var(--workshop-topics-marker, var(--_accent));
    --_column-min: var(--workshop-topics-columns-min, 18rem);
  }
  .topics {
    display: grid;
    gap: var(--_gap);
  }
  .list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .list li {
    /* Padding, not margin: a margin at the top of a column is dropped and the columns would not line up. */
    padding-block: 0.125rem;
  }
  .list li::marker {
    color: var(--_marker);
  }
  .list.flat {
    columns: var(--_column-min) 2;
    column-gap: calc(var(--_gap) * 2);
  }
  .list.flat li {
    break-inside: avoid;
  }
  .markdown p {
    margin: 0;
  }
  .group {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.25rem;
    font-size: 1.05rem;
  }
  .description {
    color: var(--_muted);
    margin-bottom: 0.5rem;
  }
  @container (max-width: 30rem) {
    .group {
      padding: 0.5rem 0.75rem;
    }
  }
  @media (forced-colors: active) {
    .group {
      border-color: CanvasText;
    }
  }
`;
