import { css } from 'lit';

export const workshopFaqStyles = css`
  :host {
    --_marker: var(--workshop-faq-marker, var(--_accent));
    --_question-weight: var(--workshop-faq-question-weight, 600);
  }
  .toolbar {
    display: flex;
    justify-content: flex-end;
  }
  /* Questions divided by hairlines, not boxed one by one. */
  .item {
    border-bottom: var(--_hairline);
  }
  summary {
    display: flex;
    gap: var(--_space-2);
    align-items: baseline;
    padding-block: var(--_space-3);
    font-weight: var(--_question-weight);
    cursor: pointer;
    list-style: none;
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
  [open] > summary::before {
    transform: rotate(90deg);
  }
  .answer {
    padding: 0 0 var(--_space-4) var(--_space-5);
  }
`;
