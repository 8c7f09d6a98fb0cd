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
  ((link.getRootNode() as ShadowRoot).getElementById(link.hash.slice(1)) as HTMLElement | null)?.focus();
}
