/**
 * The star a visitor puts on a program item or a paper (src/data/stars.ts keeps them), shared by <workshop-schedule>
 * and <paper-list>. Until the reader is known (prerendered HTML, adoption) the button keeps its place, hidden and
 * without a state: no page claims stars nobody has read.
 */
import { css, html, nothing, svg } from 'lit';

const icon = svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3l2.7 5.6 6.1.8-4.5 4.2 1.2 6.1L12 16.7l-5.5 3 1.2-6.1-4.5-4.2 6.1-.8z"/></svg>`;

/** `on` is undefined while the reader is unknown. The name stays the same when pressed; aria-pressed tells the state. */
export const starButton = (on: boolean | undefined, name: string, toggle: () => void) =>
  html`<button part="star" type="button" class="star" ?hidden=${on === undefined} aria-pressed=${on === undefined ? nothing : String(on)}
    aria-label=${`Star: ${name}`} @click=${toggle}>${icon}</button>`;

export const starStyles = css`
  .star {
    display: inline-grid;
    place-items: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    margin-block: calc(var(--_space-2) * -1);
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_muted);
  }
  .star[hidden] {
    visibility: hidden;
  }
  .star:hover {
    background: var(--_accent-soft);
    color: var(--_accent);
  }
  .star svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linejoin: round;
  }
  .star[aria-pressed='true'] {
    color: var(--_accent);
  }
  .star[aria-pressed='true'] svg {
    fill: currentColor;
  }
`;
