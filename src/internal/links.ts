import { html, nothing, type TemplateResult } from 'lit';
import { isExternalUrl, safeUrl } from '../data/url.js';

/**
 * A link from workshop data: an <a> when the URL is allowed, plain text when it is not.
 * External links open in a new tab without handing the page to the target.
 */
export function link(url: string | undefined, content: unknown, part = 'link', label?: string): TemplateResult {
  const href = safeUrl(url);
  if (!href) return html`<span part=${part}>${content}</span>`;
  const external = isExternalUrl(href);
  return html`<a
    part=${part}
    href=${href}
    target=${external ? '_blank' : nothing}
    rel=${external ? 'noopener noreferrer' : nothing}
    aria-label=${label ?? nothing}
    >${content}</a
  >`;
}
