import { css } from 'lit';

export const workshopTopicsStyles = css`
  :host {
    --_marker: var(--workshop-topics-marker, var(--_accent));
    --_column-min: var(--workshop-topics-columns-min, 18rem);
  }
  /* Themes side by side as headed lists, no boxes; the element ends with space, so whatever follows does not
     touch its last list. */
  .topics {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(var(--_column-min), 100%), 1fr));
    gap: var(--_space-5) var(--_space-6);
    padding-bottom: var(--_space-5);
  }
  .list {
    margin: 0;
    padding-inline-start: var(--_space-5);
  }
  .list li {
    /* Padding, not margin: a margin at the top of a column is dropped and the columns would not line up. */
    padding-block: 0.125rem;
  }
  .list li::marker {
    color: var(--_marker);
  }
  /* Plain topics span the row and flow into columns of their own. */
  .list.flat {
    grid-column: 1 / -1;
    columns: var(--_column-min) 2;
    column-gap: var(--_space-6);
  }
  .list.flat li {
    break-inside: avoid;
  }
  /* The text after the topics reads across the whole width, not as one more column. */
  .closing {
    grid-column: 1 / -1;
  }
  .markdown p {
    margin: 0;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: var(--_text-base);
  }
  .description {
    color: var(--_muted);
    margin-bottom: var(--_space-2);
  }
`;
