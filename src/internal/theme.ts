import { css } from 'lit';

/**
 * Page-wide tokens every element reads (`--ww-*`), turned into private aliases (`--_*`) on the host so
 * the styles below use one name each. Per-element tokens (`--workshop-dates-accent`...) override the
 * aliases in each element's own styles.
 *
 * Colours follow the page's `color-scheme` (light-dark()), so a page that declares dark gets dark
 * widgets; `theme="dark|light|auto"` on the element overrides that.
 */
export const themeStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font: inherit;
    color: inherit;
    line-height: var(--ww-line-height, 1.5);
    /* A long URL, email or title must wrap rather than push the element wider than a phone screen. */
    overflow-wrap: anywhere;
    --_accent: var(--ww-accent, light-dark(#1d4ed8, #93c5fd));
    --_on-accent: var(--ww-on-accent, light-dark(#ffffff, #0b1220));
    --_muted: var(--ww-muted, light-dark(#4b5563, #a3aab5));
    --_surface: var(--ww-surface, light-dark(#f6f7f9, #1b2230));
    --_border: var(--ww-border, light-dark(#d4d7dd, #3a4353));
    --_highlight: var(--ww-highlight, light-dark(#fff7d6, #3b3210));
    --_danger: var(--ww-danger, light-dark(#b42318, #ffb4a8));
    --_success: var(--ww-success, light-dark(#067647, #75e0a7));
    --_radius: var(--ww-radius, 0.5rem);
    --_gap: var(--ww-gap, 1rem);
    --_focus: var(--ww-focus, light-dark(#1d4ed8, #93c5fd));
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']),
  :host([theme='dark']),
  :host([theme='auto']) {
    color: var(--ww-text, light-dark(#111827, #eef0f3));
    background: var(--ww-background, light-dark(#ffffff, #10151f));
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Space kept in prerendered HTML for what only the reader's browser knows (their time): a stand-in of about
     the same length, drawn by CSS and invisible, so that no text claims a time nobody computed. */
  .reserved {
    visibility: hidden;
  }
  .reserved::before {
    content: attr(data-space);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }
  .markdown-text {
    white-space: pre-line;
  }
  .markdown > :first-child {
    margin-top: 0;
  }
  .markdown > :last-child {
    margin-bottom: 0;
  }
  .markdown img {
    max-width: 100%;
    height: auto;
  }
  /* Wide code and tables scroll inside their box instead of widening the element on a phone. */
  .markdown pre,
  .markdown div[tabindex] {
    max-width: 100%;
    overflow-x: auto;
  }
  .state {
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
  }
  .state[data-kind='error'] {
    border-color: var(--_danger);
  }
  .state[data-kind='error'] strong {
    color: var(--_danger);
  }
  .state p {
    margin: 0.25rem 0 0;
  }
  .issues {
    margin-top: 0.75rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .issues ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.3em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    text-decoration: none;
    font-size: 0.9em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .state,
    .button {
      border-color: CanvasText;
    }
  }
`;
