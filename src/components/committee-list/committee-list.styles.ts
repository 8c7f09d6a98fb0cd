import { css } from 'lit';

export const committeeListStyles = css`
  :host {
    --_column-width: var(--committee-list-column-width, 15rem);
    --_column-count: var(--committee-list-columns, 4);
    --_affiliation: var(--committee-list-affiliation-color, var(--_muted));
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 0.75rem;
  }
  label {
    font-weight: 600;
  }
  input {
    flex: 1 1 12rem;
    max-width: 24rem;
    min-width: 0;
    font: inherit;
    color: inherit;
    padding: 0.35em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .count {
    margin: 0.5rem 0;
    font-size: 0.9em;
  }
  .list {
    /* CSS columns: hundreds of names flow top to bottom, then into the next column, with no layout work in JS. */
    columns: var(--_column-width) var(--_column-count);
    column-gap: calc(var(--_gap) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .member {
    break-inside: avoid;
    padding: 0.1rem 0;
  }
  .member[hidden],
  .affiliation:empty {
    display: none;
  }
  .affiliation {
    color: var(--_affiliation);
    font-size: 0.92em;
  }
  .none {
    margin: 0.5rem 0;
  }
  @container (max-width: 24rem) {
    input {
      max-width: none;
    }
  }
  @media (forced-colors: active) {
    input {
      border-color: CanvasText;
    }
  }
`;
