import { html } from 'lit';

/**
 * A "skip past" link before a long list, shown when focused (the `.skip` rule of the theme). The browser cannot
 * follow a fragment into a shadow root, so the click moves focus to the target itself.
 */
export const skipLink = (label: string, target: string) => html`<a class="skip" href="#${target}" @click=${skipTo}>${label}</a>`;

/** The element a skip link lands on, after the list: focusable by script only, named for screen readers. */
export const skipTarget = (id: string, label: string) => html`<p id=${id} class="visually-hidden" tabindex="-1">${label}</p>`;

function skipTo(event: Event): void {
  event.preventDefault();
  const link = event.currentTarget as HTMLAnchorElement;
  const target = (link.getRootNode() as ShadowRoot).getElementById(link.hash.slice(1));
  if (target) land(target);
}

/**
 * Moves focus to a landing point (a section heading, the end of a list) so that the next Tab goes on from there.
 * From an element with tabindex -1 inside a shadow root, Chromium's next Tab starts over at the top of the root,
 * so the element is in the tab order (0) while it has focus, and out of it again once focus leaves.
 */
export function land(target: HTMLElement, options?: FocusOptions): void {
  target.tabIndex = 0;
  target.addEventListener('blur', () => (target.tabIndex = -1), { once: true });
  target.focus(options);
}
