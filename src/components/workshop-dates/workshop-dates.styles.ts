import { css } from 'lit';

export const workshopDatesStyles = css`
  :host {
    --_dates-accent: var(--workshop-dates-accent, var(--_accent));
    --_dates-highlight: var(--workshop-dates-highlight, var(--_highlight));
    --_dates-passed: var(--workshop-dates-passed-color, var(--_muted));
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .list .item {
    display: grid;
    gap: 0.15rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_border);
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
    gap: 0.25rem 0.5rem;
  }
  .label {
    font-weight: 600;
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1rem 0.4rem;
    align-items: baseline;
  }
  .date {
    font-variant-numeric: tabular-nums;
  }
  .local,
  .relative,
  .sep {
    color: var(--_muted);
  }
  .item[data-state='passed'] .local,
  .item[data-state='passed'] .relative {
    color: inherit;
  }
  .previous {
    color: var(--_muted);
    text-decoration-thickness: 1px;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 600;
  }
  .badge[data-flag='next'] {
    border-color: var(--_dates-accent);
    color: var(--_dates-accent);
  }
  .note {
    font-size: 0.9em;
  }
  .calendar {
    justify-self: start;
    margin-top: 0.25rem;
    font-size: 0.85em;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    min-width: 32rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.4rem 0.6rem;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    font-size: 0.85em;
    color: var(--_muted);
  }
  tbody th {
    font-weight: normal;
  }
  tr.item[data-state='next'] > * {
    background: var(--_dates-highlight);
  }
  tr.item[data-state='next'] > th {
    box-shadow: inset 3px 0 0 var(--_dates-accent);
  }
  td .calendar {
    display: flex;
  }
  @container (max-width: 24rem) {
    .when {
      flex-direction: column;
      align-items: flex-start;
    }
    .sep {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .item[data-state='next'] {
      border-inline-start-color: Highlight;
    }
    .badge {
      border-color: CanvasText;
    }
  }
`;
