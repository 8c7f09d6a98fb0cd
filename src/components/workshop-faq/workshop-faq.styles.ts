import { css } from 'lit';

export const workshopFaqStyles = css`
  :host {
    --_marker: var(--workshop-faq-marker, var(--_accent));
    --_question-weight: var(--workshop-faq-question-weight, 600);
  }
  .toolbar {
    display: flex;
    justify-content: flex-end;
    margin-bottom: 0.5rem;
  }
  .list {
    display: grid;
    gap: 0.5rem;
  }
  .item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  summary {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    padding: 0.6rem 0.9rem;
    font-weight: var(--_question-weight);
    cursor: pointer;
    list-style: none;
    border-radius: var(--_radius);
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '▸';
    flex: none;
    color: var(--_marker);
    transition: transform 0.15s ease;
  }
  .item[open] > summary::before {
    transform: rotate(90deg);
  }
  .answer {
    padding: 0 0.9rem 0.75rem 2rem;
  }
  @container (max-width: 24rem) {
    .answer {
      padding-inline-start: 0.9rem;
    }
    .toolbar {
      justify-content: stretch;
    }
    .toolbar .button {
      flex: 1;
      justify-content: center;
    }
  }
  @media (forced-colors: active) {
    .item {
      border-color: CanvasText;
    }
  }
`;
