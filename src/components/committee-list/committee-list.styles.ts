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
    gap: var(--_space-1) var(--_space-3);
  }
  label {
    color: var(--_muted);
  }
  input {
    flex: 1 1 12rem;
    max-width: 24rem;
    min-width: 0;
    font: inherit;
    color: inherit;
    padding: var(--_space-1) var(--_space-2);
    border: var(--_hairline);
    border-radius: var(--_radius);
    background: none;
  }
  .count,
  .none {
    margin: var(--_space-2) 0;
  }
  .count,
  .affiliation {
    font-size: var(--_text-sm);
  }
  .list {
    /* CSS columns: hundreds of names flow top to bottom, then into the next column, with no layout work in JS. */
    columns: var(--_column-width) var(--_column-count);
    column-gap: var(--_space-5);
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
  }
  @container (max-width: 24rem) {
    input {
      max-width: none;
    }
  }
`;
