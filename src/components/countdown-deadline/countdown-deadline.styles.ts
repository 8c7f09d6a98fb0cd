import { css } from 'lit';

export const countdownDeadlineStyles = css`
  :host {
    --_countdown-accent: var(--countdown-deadline-accent, var(--_accent));
    --_digit-size: var(--countdown-deadline-digit-size, var(--_text-2xl));
  }
  .countdown {
    display: grid;
    gap: var(--_space-1);
  }
  p {
    margin: 0;
  }
  .label {
    font-weight: 600;
  }
  .when,
  .status {
    color: var(--_muted);
  }
  .when {
    font-size: var(--_text-sm);
  }
  .local {
    display: block;
  }
  /* Big digits and small unit names, no boxes: the numbers are the picture. */
  .timer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-5);
    margin-top: var(--_space-2);
    font-variant-numeric: tabular-nums;
  }
  .unit {
    display: inline-grid;
    justify-items: center;
  }
  .value {
    /* Fixed width per digit so the layout does not move while it ticks. */
    min-inline-size: 2ch;
    text-align: center;
    font-size: var(--_digit-size);
    font-weight: 700;
    line-height: 1.1;
    color: var(--_countdown-accent);
  }
  .unit-name {
    font-size: var(--_text-sm);
    color: var(--_muted);
  }
  :host([format='compact']) .timer {
    gap: 0.4em;
    margin: 0;
  }
  :host([format='compact']) .unit {
    display: inline-flex;
    align-items: baseline;
  }
  :host([format='compact']) .value {
    min-inline-size: 0;
    font-size: 1.25em;
  }
  :host([format='compact']) .unit-name {
    font-size: 1em;
  }
  /* Ticking seconds are constant motion; without them the countdown still moves each minute. */
  @media (prefers-reduced-motion: reduce) {
    .unit[data-unit='second'] {
      display: none;
    }
  }
`;
