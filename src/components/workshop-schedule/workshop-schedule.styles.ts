import { css } from 'lit';

export const workshopScheduleStyles = css`
  :host {
    --_schedule-accent: var(--workshop-schedule-accent, var(--_accent));
    --_schedule-current: var(--workshop-schedule-current, var(--_highlight));
    --_time-width: var(--workshop-schedule-time-width, 9.5rem);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem var(--_gap);
    align-items: center;
    justify-content: space-between;
    margin-block-end: var(--_gap);
  }
  .zone-note {
    margin: 0;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.2em 0.4em;
  }
  .note {
    margin-block-end: var(--_gap);
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_border);
  }
  .day + .day {
    margin-block-start: calc(var(--_gap) * 1.5);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.5rem;
    font-size: 1.15em;
  }
  .program,
  .rooms,
  .room-items,
  .speakers {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    display: grid;
    gap: 0.15rem 1rem;
    padding: 0.5rem 0.75rem;
    border-block-end: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_kind, var(--_border));
  }
  .item[aria-current='time'] {
    background: var(--_schedule-current);
    border-inline-start-color: var(--_schedule-accent);
  }
  /* Kinds differ by border colour and weight; the kind is also named in text, so colour is never the only cue. */
  .item[data-kind='keynote'],
  .item[data-kind='invited-talk'] {
    --_kind: var(--_accent);
  }
  .item[data-kind='keynote'] .title {
    font-weight: 700;
  }
  .item[data-kind='contributed-talk'],
  .item[data-kind='poster-session'] {
    --_kind: var(--_success);
  }
  .item[data-kind='panel'] {
    --_kind: var(--_danger);
  }
  .item[data-kind='break'],
  .item[data-kind='lunch'],
  .item[data-kind='social'] {
    background: var(--_surface);
    color: var(--_muted);
    border-inline-start-style: dashed;
  }
  .item[data-kind='opening'],
  .item[data-kind='closing'] {
    border-inline-start-style: double;
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    font-variant-numeric: tabular-nums;
  }
  .time {
    font-weight: 600;
  }
  .local-time {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .day-offset {
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
  }
  .what > * {
    margin: 0;
  }
  .what > * + * {
    margin-block-start: 0.2rem;
  }
  .kind {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid var(--_kind, var(--_border));
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 600;
  }
  .current-label,
  .now-label {
    font-weight: 700;
    color: var(--_schedule-accent);
  }
  .speakers {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  .papers {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
    font-size: 0.95em;
  }
  .authors {
    font-size: 0.9em;
  }
  .now {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    padding: 0.1rem 0.75rem;
    border-block-start: 2px solid var(--_schedule-accent);
    font-size: 0.9em;
  }
  .parallel {
    padding: 0.5rem 0;
    border-block-end: 1px solid var(--_border);
  }
  .parallel[data-current] {
    outline: 2px solid var(--_schedule-accent);
    outline-offset: -2px;
  }
  .parallel-label {
    margin: 0 0.75rem 0.25rem;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .rooms {
    display: grid;
    gap: 0.5rem;
  }
  .room-name {
    margin: 0;
    padding: 0.25rem 0.75rem;
    font-weight: 600;
    background: var(--_surface);
  }
  @container (min-width: 36rem) {
    .item {
      grid-template-columns: var(--_time-width) minmax(0, 1fr);
    }
    .when {
      flex-direction: column;
    }
    .rooms .item {
      grid-template-columns: minmax(0, 1fr);
    }
    .rooms .when {
      flex-direction: row;
    }
  }
  @container (min-width: 48rem) {
    .rooms {
      grid-template-columns: repeat(var(--rooms, 2), minmax(0, 1fr));
    }
  }
  @media (forced-colors: active) {
    .item,
    .item[aria-current='time'] {
      border-inline-start-color: CanvasText;
    }
    .item[aria-current='time'] {
      outline: 2px solid Highlight;
    }
    .now {
      border-block-start-color: Highlight;
    }
  }
`;
