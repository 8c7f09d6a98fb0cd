import { html, type TemplateResult } from 'lit';
import { sectionNote } from '../data/layout.js';
import type { Workshop } from '../data/schema.js';
import { markdown } from './markdown.js';

/**
 * The organizers' note for an empty section ("Coming soon", from `layout`), shown by the element in place of
 * its own empty message; undefined when they wrote none.
 */
export function emptyNote(workshop: Workshop, section: string): TemplateResult | undefined {
  const note = sectionNote(workshop, section);
  return note === undefined ? undefined : html`<div part="empty note" class="markdown note" data-kind="note">${markdown(note)}</div>`;
}
