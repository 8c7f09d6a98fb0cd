import { css } from 'lit';

/* Rows, not boxes: times in a gutter, a hairline between items, and the kind of an item as a thin bar beside its
   text (named in words too, so colour is never the only cue). */
export const workshopScheduleStyles = css`
  :host {
    --_schedule-accent: var(--workshop-schedule-accent, var(--_accent));
    --_schedule-current: var(--workshop-schedule-current, var(--_highlight));
    --_time-width: var(--workshop-schedule-time-width, 9.5rem);
  }
  .toolbar,
  .actions,
  .when,
  .speakers,
  .now {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
    align-items: center;
  }
  .toolbar {
    justify-content: space-between;
    margin-block-end: var(--_space-4);
  }
  .zone-note,
  .actions,
  .local-time,
  .kind,
  .room-line,
  .overlap,
  .papers,
  .now,
  .parallel-label,
  .room-name {
    font-size: var(--_text-sm);
  }
  .zone-note,
  .note:not([data-kind='note']),
  .local-time,
  .kind,
  .parallel-label,
  .room-name,
  .item:is([data-kind='break'], [data-kind='lunch']) {
    color: var(--_muted);
  }
  .actions {
    gap: var(--_space-2);
  }
  select {
    font: inherit;
    color: inherit;
    background: none;
    border: var(--_hairline);
    border-radius: var(--_radius);
    padding: var(--_space-1);
  }
  .button[aria-pressed='true'] {
    border-color: var(--_schedule-accent);
    background: var(--_accent-soft);
  }
  .note:not([data-kind='note']) {
    margin-block-end: var(--_space-4);
    padding-inline-start: var(--_space-3);
    border-inline-start: 3px solid var(--_border);
  }
  .day + .day {
    margin-block-start: var(--_space-6);
  }
  :is(h1, h2, h3, h4, h5, h6) {
    margin-block-end: var(--_space-2);
  }
  .program,
  .rooms,
  .room-items,
  .speakers,
  .papers {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .program {
    border-block-start: var(--_hairline);
  }
  .item,
  .parallel {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--_space-1) var(--_space-4);
    align-items: start;
    padding-block: var(--_space-3);
    border-block-end: var(--_hairline);
  }
  .what {
    grid-column: 1 / -1;
    padding-inline-start: var(--_space-3);
    border-inline-start: 3px solid var(--_kind, transparent);
  }
  .star {
    grid-area: 1 / 2;
  }
  .item[aria-current='time'] {
    background: var(--_schedule-current);
    box-shadow: 0 0 0 var(--_space-2) var(--_schedule-current);
    --_kind: var(--_schedule-accent);
  }
  .item:is([data-kind='keynote'], [data-kind='invited-talk'], [data-kind='contributed-talk']) {
    --_kind: var(--_accent);
  }
  .item:is([data-kind='poster-session'], [data-kind='panel']) {
    --_kind: var(--_success);
  }
  .item:is([data-kind='opening'], [data-kind='closing'], [data-kind='social']) {
    --_kind: var(--_border);
  }
  .item[data-kind='keynote'] .title {
    font-weight: 700;
  }
  .when {
    gap: 0 var(--_space-3);
    align-items: baseline;
    font-variant-numeric: tabular-nums;
  }
  .range,
  .day-offset {
    white-space: nowrap;
  }
  .time,
  .title-line,
  .room-name {
    font-weight: 600;
  }
  .item:is([data-kind='break'], [data-kind='lunch']) .title-line {
    font-weight: 400;
  }
  .day-offset {
    font-size: 0.85em;
  }
  .zone-note,
  .what > *,
  .parallel-label,
  .room-name {
    margin: 0;
  }
  .what > * + * {
    margin-block-start: var(--_space-1);
  }
  .papers {
    display: grid;
    gap: var(--_space-2);
    margin-block-start: var(--_space-2);
  }
  .kind {
    display: block;
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.05em;
    text-transform: uppercase;
  }
  .current-label,
  .now,
  .starred {
    color: var(--_schedule-accent);
    font-weight: 700;
  }
  .speakers {
    gap: 0 var(--_space-3);
  }
  .now {
    margin-block: -1px;
    border-block-start: 2px solid var(--_schedule-accent);
  }
  .parallel[data-current] {
    box-shadow: inset 2px 0 var(--_schedule-accent);
  }
  .rooms {
    display: grid;
    grid-column: 1 / -1;
    gap: var(--_space-4) var(--_space-6);
  }
  .room-name {
    border-block-end: var(--_hairline);
  }
  .room-items .item:last-child {
    border-block-end: 0;
  }
  @container (min-width: 36rem) {
    .item,
    .parallel {
      grid-template-columns: var(--_time-width) minmax(0, 1fr) auto;
    }
    .when {
      flex-direction: column;
    }
    .what {
      grid-column: 2;
    }
    .star {
      grid-area: 1 / 3;
    }
    .rooms {
      grid-column: 2 / -1;
    }
    .rooms .item {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .rooms .when {
      flex-direction: row;
    }
    .rooms .what {
      grid-column: 1 / -1;
    }
    .rooms .star {
      grid-area: 1 / 2;
    }
  }
  @container (min-width: 48rem) {
    .rooms {
      grid-template-columns: repeat(var(--rooms, 2), minmax(0, 1fr));
    }
  }
  @media (forced-colors: active) {
    .item[aria-current='time'] {
      outline: 2px solid Highlight;
    }
    .now {
      border-block-start-color: Highlight;
    }
  }
`;
