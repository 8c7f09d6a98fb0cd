import { css } from 'lit';

export const workshopSectionsStyles = css`
  :host {
    --_sections-gap: var(--workshop-sections-gap, var(--_space-6));
    --_heading-color: var(--workshop-sections-heading-color, inherit);
  }
  .sections {
    display: grid;
    /* minmax(0, …): a long word must wrap, not widen the column past the element. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_sections-gap);
  }
  .section > :is(h1, h2, h3, h4, h5, h6) {
    margin-bottom: var(--_space-3);
    font-size: var(--_text-xl);
    color: var(--_heading-color);
  }
  .related {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding-inline-start: var(--_space-5);
  }
  .note {
    font-size: var(--_text-sm);
  }
`;
