import { css } from 'lit';

export const workshopTracksStyles = css`
  :host {
    --_card-min: var(--workshop-tracks-card-min-width, 18rem);
    --_card-background: var(--workshop-tracks-card-background, var(--_surface));
    --_tracks-accent: var(--workshop-tracks-accent, var(--_accent));
  }
  .tracks {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tracks[data-layout='cards'] {
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_card-min), 100%), 1fr));
  }
  .track {
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
    min-width: 0;
  }
  [data-layout='cards'] .track {
    padding: 1rem;
    border: 1px solid var(--_border);
    border-top: 3px solid var(--_tracks-accent);
    border-radius: var(--_radius);
    background: var(--_card-background);
  }
  [data-layout='list'] .track {
    padding-bottom: var(--_gap);
    border-bottom: 1px solid var(--_border);
    gap: 0.35rem;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.3;
  }
  .label {
    margin: 0 0 0.2rem;
    font-weight: 600;
    font-size: 0.9em;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    font-size: 0.92em;
  }
  .fact {
    display: flex;
    gap: 0.35em;
  }
  dt {
    font-weight: 600;
    white-space: nowrap;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  [data-layout='cards'] .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.2rem 0.75rem;
  }
  [data-layout='cards'] .fact {
    display: contents;
  }
  ul[part='criteria'],
  .notes,
  .deadlines {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .notes {
    font-size: 0.92em;
  }
  .deadlines {
    list-style: none;
    padding: 0;
  }
  .deadline {
    display: grid;
  }
  .deadline + .deadline {
    margin-top: 0.2rem;
  }
  .when {
    font-variant-numeric: tabular-nums;
    color: var(--_tracks-accent);
    font-weight: 600;
  }
  .tbd {
    color: var(--_muted);
    font-style: italic;
    font-weight: normal;
  }
  .details summary {
    cursor: pointer;
    width: fit-content;
    font-weight: 600;
    color: var(--_accent);
  }
  .details[open] summary {
    margin-bottom: 0.5rem;
  }
  .details > :not(summary) + * {
    margin-top: 0.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: auto 0 0;
  }
  .actions a {
    padding: 0.3em 0.8em;
    border: 1px solid var(--_tracks-accent);
    border-radius: var(--_radius);
    text-decoration: none;
    font-weight: 600;
    font-size: 0.92em;
  }
  .actions a[part~='submit'] {
    background: var(--_tracks-accent);
    color: var(--_on-accent);
  }
  @container (max-width: 24rem) {
    [data-layout='cards'] .facts {
      grid-template-columns: 1fr;
    }
    [data-layout='cards'] dd {
      margin-bottom: 0.25rem;
    }
  }
  @media (forced-colors: active) {
    .track {
      border-color: CanvasText !important;
    }
  }
`;
