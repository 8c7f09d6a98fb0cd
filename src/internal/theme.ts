import { css } from 'lit';

/**
 * Page-wide tokens every element reads (`--ww-*`), turned into private aliases (`--_*`) on the host so
 * the styles below use one name each: the spacing, type, shape and colour scales of docs/design.md. Per-element tokens (`--workshop-dates-accent`...) override the
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
    /* Space: a 4px-based scale from one public unit. Written tight: custom property values ship as written. */
    --_u: var(--ww-space,1rem);
    --_space-1: calc(var(--_u)/4);
    --_space-2: calc(var(--_u)/2);
    --_space-3: calc(var(--_u)*.75);
    --_space-4: var(--_u);
    --_space-5: calc(var(--_u)*1.5);
    --_space-6: calc(var(--_u)*2);
    --_space-7: calc(var(--_u)*3);
    --_gap: var(--ww-gap,var(--_space-4));
    /* Type: body text keeps the host's size; headings grow with the element's width, not the window's. */
    --_text-sm: var(--ww-text-sm,.875rem);
    --_text-base: var(--ww-text-base,1rem);
    --_text-lg: var(--ww-text-lg,1.125rem);
    --_text-xl: var(--ww-text-xl,clamp(1.125rem,1rem + 1cqi,1.375rem));
    --_text-2xl: var(--ww-text-2xl,clamp(1.375rem,1rem + 2.5cqi,2.25rem));
    --_leading-tight: var(--ww-leading-tight,1.25);
    --_radius: var(--ww-radius,.5rem);
    --_radius-sm: calc(var(--_radius)/2);
    --_radius-lg: calc(var(--_radius)*1.5);
    --_shadow-1: var(--ww-shadow,0 1px 3px #0002);
    /* Colour: one accent; neutrals are mixed from the host's own text colour, so they sit on any background. */
    --_text: var(--ww-text,currentColor);
    --_accent: var(--ww-accent,light-dark(#1d4ed8,#93c5fd));
    --_accent-soft: color-mix(in srgb,var(--_accent) 12%,#0000);
    --_on-accent: var(--ww-on-accent,light-dark(#fff,#0b1220));
    --_muted: var(--ww-muted,light-dark(#4b5563,#a3aab5));
    --_surface: var(--ww-surface,color-mix(in srgb,currentColor 5%,#0000));
    --_border: var(--ww-border,color-mix(in srgb,currentColor 18%,#0000));
    --_hairline: 1px solid var(--_border);
    --_highlight: var(--ww-highlight,var(--_accent-soft));
    --_danger: var(--ww-danger,light-dark(#b42318,#ffb4a8));
    --_success: var(--ww-success,light-dark(#067647,#75e0a7));
    --_focus: var(--ww-focus,var(--_accent));
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
  /* Links take the host's text colour and carry the accent in the underline only: they read as links on any
     page without competing with the host's own link colour. --ww-link sets a colour. */
  a,
  .text-button {
    color: var(--ww-link, inherit);
    text-decoration: underline var(--_accent) 0.08em;
    text-underline-offset: 0.2em;
  }
  :is(a, .text-button):hover {
    text-decoration-thickness: 0.15em;
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
  .visually-hidden,
  .skip:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* "Skip to…" / "Skip past…" links (src/internal/skip-link.ts): shown over the content while focused. */
  .skip:focus {
    position: absolute;
    z-index: 2;
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius);
    background: Canvas;
    color: CanvasText;
    box-shadow: var(--_shadow-1);
  }
  .muted {
    color: var(--_muted);
  }
  .calendar-failed {
    margin: 0;
    font-size: var(--_text-sm);
  }
  .calendar-failed:not(:empty) {
    margin-block-start: var(--_space-1);
  }
  .markdown-text {
    white-space: pre-line;
  }
  /* Headings: hierarchy from size and weight; containers space them with gap. */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: var(--_text-lg);
    line-height: var(--_leading-tight);
    text-wrap: balance;
  }
  .markdown > :first-child {
    margin-top: 0;
  }
  .markdown > :last-child {
    margin-bottom: 0;
  }
  .markdown :is(h1, h2, h3, h4, h5, h6) {
    margin: var(--_space-5) 0 var(--_space-2);
    font-size: var(--_text-base);
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
  /* Tables (the dates' table layout, markdown tables) keep whole words (the host's "break anywhere" would split
     cells letter by letter) and scroll instead; a first cell, usually a time or a date, never wraps. */
  table {
    border-collapse: collapse;
    overflow-wrap: normal;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: var(--_space-2) var(--_space-3);
    border-bottom: var(--_hairline);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    font-size: var(--_text-sm);
    color: var(--_muted);
  }
  td:first-child {
    white-space: nowrap;
  }
  .state {
    margin: 0;
  }
  .state[data-kind='error'] {
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .state[data-kind='error'] strong {
    color: var(--_danger);
  }
  .state p {
    margin: var(--_space-1) 0 0;
  }
  /* Problems in the file: quiet (small, muted) but open; a danger edge when data was left out, a neutral one for unknown keys. */
  .issues {
    margin-top: var(--_space-3);
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 3px solid var(--_danger);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
    font-size: var(--_text-sm);
    color: var(--_muted);
  }
  .issues[data-kind='unknown-keys'] {
    border-inline-start-color: var(--_border);
  }
  .issues p {
    margin: 0;
  }
  .issues ul {
    margin: var(--_space-1) 0 0;
    padding-inline-start: var(--_space-5);
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  /* The one button style: outlined and small; a filled button is kept for the single main action of a card. */
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    padding: var(--_space-1) var(--_space-3);
    border: var(--_hairline);
    border-radius: var(--_radius);
    background: none;
    text-decoration: none;
    font-size: var(--_text-sm);
  }
  .button:hover {
    background: var(--_surface);
  }
  /* A button that reads as a link (secondary actions: a download next to a link). */
  .text-button {
    padding: 0;
    border: 0;
    background: none;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
