import { css } from 'lit';

export const workshopTracksStyles = css`
  :host {
    --_card-min: var(--workshop-tracks-card-min-width, 14rem);
    --_card-background: var(--workshop-tracks-card-background, none);
    --_tracks-accent: var(--workshop-tracks-accent, var(--_accent));
  }
  /* A grid whose columns follow the number of cards, so no card is left alone under a row: one card fills the
     row; two sit side by side; three sit in three columns or stack, never two plus one; four make two rows of
     two; five or more take three columns (a track's text is too long for narrower cards). Each falls to one
     column where its cards would be narrower than --_card-min. Cards keep their own height, not the tallest's. */
  .tracks {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(var(--_card-min), 100%), 1fr));
    align-items: start;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [data-layout='cards']:has(> .track:nth-child(3):last-child) {
    --_n: 3;
  }
  [data-layout='cards']:has(> .track:nth-child(4):last-child) {
    --_n: 2;
  }
  [data-layout='cards']:has(> .track:nth-child(5)) {
    --_n: 3;
  }
  /* --_n columns once n cards of --_card-min fit in a row, else one: the clamp's middle term is hugely negative
     above that width (the first term wins: exactly n columns) and hugely positive below it (100% wins). */
  [data-layout='cards']:is(:has(> .track:nth-child(3):last-child), :has(> .track:nth-child(4):last-child), :has(> .track:nth-child(5))) {
    grid-template-columns: repeat(
      auto-fit,
      minmax(
        clamp(
          (100% - (var(--_n) - 1) * var(--_gap)) / var(--_n) - 0.1px,
          (var(--_n) * var(--_card-min) + (var(--_n) - 1) * var(--_gap) - 100%) * 999,
          100%
        ),
        1fr
      )
    );
  }
  /* Each card is a container: what fits depends on the card's width, not the element's. */
  .track {
    container-type: inline-size;
    display: grid;
    gap: var(--_space-4);
    min-width: 0;
  }
  [data-layout='cards'] .track {
    padding: var(--_space-5);
    border: var(--_hairline);
    border-radius: var(--_radius-lg);
    background: var(--_card-background);
  }
  [data-layout='list'] {
    grid-template-columns: minmax(0, 1fr);
  }
  [data-layout='list'] .track {
    gap: var(--_space-2);
    padding-bottom: var(--_gap);
    border-bottom: var(--_hairline);
  }
  .track > * {
    margin: 0;
  }
  .label {
    margin: 0 0 var(--_space-1);
    font-size: var(--_text-sm);
    font-weight: 600;
    color: var(--_muted);
  }
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_space-1) var(--_space-4);
    font-size: var(--_text-sm);
  }
  .fact {
    display: contents;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  ul {
    margin: 0;
    padding-inline-start: var(--_space-5);
  }
  .deadlines {
    display: grid;
    gap: var(--_space-2);
    padding: 0;
    list-style: none;
  }
  .deadline {
    display: grid;
  }
  @container (min-width: 32rem) {
    .deadline {
      grid-template-columns: 16rem minmax(0, 1fr);
      gap: var(--_space-4);
    }
  }
  .when {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  /* Passed dates recede; "To be announced" is quieter than a date. */
  [data-state='passed'],
  [data-state='tbd'] .when {
    color: var(--_muted);
  }
  .details summary {
    cursor: pointer;
    width: fit-content;
    font-size: var(--_text-sm);
    font-weight: 600;
  }
  .details > * + * {
    margin-top: var(--_space-3);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-4);
  }
  /* The card's one filled button; everything else is a link. */
  [part~='submit'] {
    padding: var(--_space-1) var(--_space-4);
    border-radius: var(--_radius);
    background: var(--_tracks-accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
  }
  .status {
    color: var(--_muted);
    font-weight: 600;
  }
  .as-of {
    font-weight: 400;
  }
  @container (max-width: 16rem) {
    .facts {
      grid-template-columns: 1fr;
      gap: 0;
    }
    dd {
      margin-bottom: var(--_space-1);
    }
  }
  /* Forced colours drop the fill; a border keeps the button a button. */
  @media (forced-colors: active) {
    [part~='submit'] {
      border: 1px solid;
    }
  }
`;
