import { css } from 'lit';

export const workshopDatesStyles = css`
  :host {
    --_dates-accent: var(--workshop-dates-accent, var(--_accent));
    --_dates-highlight: var(--workshop-dates-highlight, var(--_highlight));
    --_dates-passed: var(--workshop-dates-passed-color, var(--_muted));
  }
  /* A quiet timeline: a thin rule per date, the next one marked in the accent; passed ones recede. */
  .list {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list .item {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 2px solid var(--_border);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .item[data-state='next'] {
    background: var(--_dates-highlight);
    border-inline-start-color: var(--_dates-accent);
  }
  /* Dimmed by colour, not opacity, so passed dates keep readable contrast. */
  .item[data-state='passed'] {
    color: var(--_dates-passed);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-2);
  }
  .label {
    font-weight: 600;
  }
  .date {
    display: block;
    font-variant-numeric: tabular-nums;
  }
  .when,
  .previous,
  .note {
    font-size: var(--_text-sm);
    color: var(--_muted);
  }
  /* "in 2 months" and a time never break inside; space, not a separator, keeps them apart. */
  .when {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-3);
  }
  .when > * {
    white-space: nowrap;
  }
  .item[data-state='passed'] :is(.when, .previous) {
    color: inherit;
  }
  .badge {
    padding: 0 var(--_space-2);
    border: var(--_hairline);
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 600;
  }
  .badge[data-flag='next'] {
    border-color: currentColor;
    color: var(--_dates-accent);
  }
  .calendar,
  .list-note {
    margin-top: var(--_space-3);
  }
  .list-intro {
    margin-bottom: var(--_space-3);
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    width: 100%;
    min-width: 32rem;
  }
  tbody th {
    font-weight: normal;
  }
  tr.item[data-state='next'] > * {
    background: var(--_dates-highlight);
  }
  tr.item[data-state='next'] > th {
    box-shadow: inset 2px 0 0 var(--_dates-accent);
  }
  @media (forced-colors: active) {
    .item[data-state='next'] {
      border-inline-start-color: Highlight;
    }
  }
`;
