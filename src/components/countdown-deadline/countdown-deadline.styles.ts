import { css } from 'lit';

export const countdownDeadlineStyles = css`
  :host {
    --_countdown-accent: var(--countdown-deadline-accent, var(--_accent));
    --_digit-size: var(--countdown-deadline-digit-size, clamp(1.5rem, 6cqi + 0.5rem, 2.75rem));
  }
  .countdown {
    display: grid;
    gap: 0.35rem;
  }
  p {
    margin: 0;
  }
  .label {
    font-weight: 600;
  }
  .when {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .timer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    font-variant-numeric: tabular-nums;
  }
  .unit {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    min-inline-size: 4.5rem;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
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
    font-size: 0.8em;
    color: var(--_muted);
  }
  :host([format='compact']) .timer {
    gap: 0.4em;
  }
  :host([format='compact']) .unit {
    flex-direction: row;
    align-items: baseline;
    min-inline-size: 0;
    padding: 0;
    border: 0;
    background: none;
  }
  :host([format='compact']) .value {
    font-size: 1.25em;
    text-align: end;
  }
  :host([format='compact']) .unit-name {
    font-size: 1em;
  }
  .status {
    font-size: 1.05em;
  }
  /* Ticking seconds are constant motion; without them the countdown still moves each minute. */
  @media (prefers-reduced-motion: reduce) {
    .unit[data-unit='second'] {
      display: none;
    }
  }
  @container (max-width: 22rem) {
    .unit {
      min-inline-size: 3.5rem;
    }
  }
  @media (forced-colors: active) {
    .unit {
      border-color: CanvasText;
    }
    .value {
      color: CanvasText;
    }
  }
`;
