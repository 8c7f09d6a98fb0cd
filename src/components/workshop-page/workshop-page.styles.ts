import { css } from 'lit';

export const workshopPageStyles = css`
  :host {
    --_max-width: var(--workshop-page-max-width, 72rem);
    --_nav-width: var(--workshop-page-nav-width, 13rem);
    --_section-gap: var(--workshop-page-section-gap, 2.5rem);
    --_heading-border: var(--workshop-page-heading-border, var(--_border));
  }
  .page {
    display: grid;
    gap: var(--_section-gap);
    max-width: var(--_max-width);
    margin-inline: auto;
  }
  .layout {
    display: grid;
    gap: var(--_section-gap);
    align-items: start;
  }
  .nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .nav a {
    display: inline-block;
    padding: 0.2em 0.7em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    text-decoration: none;
    font-size: 0.9em;
  }
  .nav a:hover {
    border-color: var(--_accent);
  }
  .sections {
    display: grid;
    gap: var(--_section-gap);
    min-width: 0;
  }
  .section {
    scroll-margin-top: 1rem;
    min-width: 0;
  }
  .section > h1,
  .section > h2,
  .section > h3,
  .section > h4,
  .section > h5,
  .section > h6 {
    margin: 0 0 0.75rem;
    padding-bottom: 0.3rem;
    border-bottom: 1px solid var(--_heading-border);
    line-height: 1.25;
  }
  .section > [tabindex='-1']:focus {
    outline: none;
  }
  .section > [tabindex='-1']:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .content {
    display: grid;
    gap: var(--_gap);
  }
  .part > [part~='subheading'] {
    margin: 0 0 0.5rem;
    font-size: 1.1rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 60rem) {
    .layout:has(.nav) {
      grid-template-columns: var(--_nav-width) minmax(0, 1fr);
    }
    .nav {
      position: sticky;
      top: 1rem;
    }
    .nav ul {
      flex-direction: column;
    }
    .nav a {
      display: block;
      border-radius: var(--_radius);
      border-color: transparent;
      background: none;
    }
  }
  @media (forced-colors: active) {
    .nav a {
      border-color: LinkText;
    }
  }
`;
