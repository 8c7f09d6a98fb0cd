import { css } from 'lit';

export const addToCalendarStyles = css`
  :host {
    --_calendar-gap: var(--add-to-calendar-gap, var(--_gap));
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_calendar-gap) / 2);
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.35rem 1rem;
    padding-block: 0.35rem;
    border-bottom: 1px solid var(--_border);
  }
  .what {
    display: grid;
  }
  .label {
    font-weight: 600;
  }
  time {
    color: var(--_muted);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .all {
    margin-top: 0.75rem;
  }
  @container (max-width: 24rem) {
    .item {
      flex-direction: column;
      align-items: flex-start;
    }
  }
`;
