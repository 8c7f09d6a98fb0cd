import { css } from 'lit';

export const addToCalendarStyles = css`
  :host {
    --_calendar-gap: var(--add-to-calendar-gap, var(--_gap));
  }
  .list {
    display: grid;
    gap: var(--_calendar-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item,
  .what {
    display: grid;
  }
  .label {
    font-weight: 600;
  }
  time {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  time,
  .actions {
    font-size: var(--_text-sm);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-4);
  }
  .all {
    margin-top: var(--_space-4);
  }
`;
