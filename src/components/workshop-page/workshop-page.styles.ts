import { css } from 'lit';

export const workshopPageStyles = css`
  :host {
    --_max-width: var(--workshop-page-max-width, 72rem);
    --_nav-width: var(--workshop-page-nav-width, 13rem);
    --_section-gap: var(--workshop-page-section-gap, var(--_space-7));
    --_heading-border: var(--workshop-page-heading-border, transparent);
  }
  .page {
    display: grid;
    gap: var(--_section-gap);
    max-width: var(--_max-width);
    margin-inline: auto;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-5) var(--_space-7);
    align-items: start;
  }
  /* Phones: one line of links that scrolls sideways (focus scrolls a link into view), faded at the end. */
  .nav ul {
    display: flex;
    gap: var(--_space-1) var(--_space-5);
    margin: 0;
    padding: var(--_space-2) var(--_space-6) var(--_space-2) var(--_space-1);
    overflow-x: auto;
    scrollbar-width: none;
    border-block: var(--_hairline);
    list-style: none;
    white-space: nowrap;
    mask-image: linear-gradient(to left, transparent, #000 var(--_space-6));
  }
  .nav a {
    display: block;
    padding-block: var(--_space-1);
    color: var(--_muted);
    font-size: var(--_text-sm);
    text-decoration: none;
  }
  .nav a:hover {
    color: var(--_text);
  }
  .sections {
    display: grid;
    gap: var(--_section-gap);
    min-width: 0;
  }
  .section {
    scroll-margin-top: var(--_space-4);
    min-width: 0;
  }
  .section > :is(h1, h2, h3, h4, h5, h6) {
    margin-block-end: var(--_space-4);
    padding-bottom: var(--_space-1);
    border-bottom: 1px solid var(--_heading-border);
    font-size: var(--_text-xl);
  }
  /* A heading focused by the navigation: a ring for keyboard readers only. */
  .section > [tabindex]:focus:not(:focus-visible) {
    outline: none;
  }
  .content {
    display: grid;
    gap: var(--_space-5);
  }
  .part > [part~='subheading'] {
    margin-block-end: var(--_space-3);
    font-size: var(--_text-lg);
  }
  /* Blocks in a part are spaced as a section's are; the block under a subheading keeps the heading's spacing. */
  .part > :not([part~='subheading']) + * {
    margin-block-start: var(--_space-5);
  }
  .footer {
    padding-block-start: var(--_space-4);
    border-block-start: var(--_hairline);
    font-size: var(--_text-sm);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Wide: a sticky column of links beside the sections, the way documentation sites list "On this page". */
  @container (min-width: 60rem) {
    .layout:has(.nav) {
      grid-template-columns: var(--_nav-width) minmax(0, 1fr);
    }
    .nav {
      position: sticky;
      top: var(--_space-4);
      max-block-size: calc(100vh - var(--_space-6));
      overflow-y: auto;
    }
    .nav ul {
      flex-direction: column;
      padding: 0;
      border-block: 0;
      border-inline-start: var(--_hairline);
      white-space: normal;
      mask-image: none;
    }
    .nav a {
      margin-inline-start: -1px;
      padding: var(--_space-1) var(--_space-3);
      border-inline-start: 2px solid transparent;
    }
    .nav a:hover {
      border-inline-start-color: var(--_accent);
    }
  }
`;
