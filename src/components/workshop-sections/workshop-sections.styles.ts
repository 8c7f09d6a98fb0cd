import { css } from 'lit';

export const workshopSectionsStyles = css`
  :host {
    --_sections-gap: var(--workshop-sections-gap, calc(var(--_gap) * 1.5));
    --_heading-color: var(--workshop-sections-heading-color, inherit);
  }
  .sections {
    display: grid;
    /* minmax(0, …): a long word must wrap, not widen the column past the element. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_sections-gap);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.5rem;
    line-height: 1.25;
    color: var(--_heading-color);
    text-wrap: balance;
  }
  .related {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .note {
    font-size: 0.9em;
  }
`;
