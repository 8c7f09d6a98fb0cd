/**
 * The star a visitor puts on a program item or a paper (src/data/stars.ts keeps them), shared by <workshop-schedule>
 * and <paper-list>. Until the reader is known (prerendered HTML, adoption) the button keeps its place, hidden and
 * without a state: no page claims stars nobody has read.
 */
import { css, html, nothing } from 'lit';

/**
 * `on` is undefined while the reader is unknown. `label` ("Star: <title>", in the element's language) stays the
 * same when pressed; aria-pressed tells the state.
 */
export const starButton = (on: boolean | undefined, label: string, toggle: () => void) =>
  html`<button part="star" type="button" class="star" ?hidden=${on === undefined} aria-pressed=${on === undefined ? nothing : String(on)}
    aria-label=${label} @click=${toggle}>${on ? '★' : '☆'}</button>`;

export const starStyles = css`
  .star {
    min-inline-size: 2.25rem;
    min-block-size: 2.25rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_muted);
    font-size: 1.375rem;
    line-height: 1;
  }
  .star[hidden] {
    visibility: hidden;
  }
  .star:hover,
  .star[aria-pressed='true'] {
    color: var(--_accent);
  }
`;
