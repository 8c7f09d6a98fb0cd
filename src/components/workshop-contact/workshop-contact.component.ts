import { html, nothing } from 'lit';
import type { Workshop } from '../../data/schema.js';
import { link } from '../../internal/links.js';
import { markdown } from '../../internal/markdown.js';
import { WorkshopElement } from '../../internal/workshop-element.js';
import { workshopContactStyles } from './workshop-contact.styles.js';

/** Only a plain address becomes a mailto link: no "?cc=" or other header tricks ride along. */
const PLAIN_EMAIL = /^[^\s@?&#%:/<>"]+@[^\s@?&#%:/<>"]+\.[^\s@?&#%:/<>"]+$/;

/**
 * How to reach the organizers: the contact email as a visible mailto link, a line of markdown, and other
 * channels (Slack, forms...). An address written out against harvesters ("name [at] example [dot] org") is
 * shown exactly as written, as text: never turned back into a link a harvester could read.
 *
 * @summary Contact email, text and links.
 * @csspart text - The markdown text.
 * @csspart email - The email link (or the address as text when it is not a plain address).
 * @csspart links - The list of other channels.
 * @csspart link - Each other channel.
 * @cssproperty --workshop-contact-email-size - Font size of the email address (default 1em).
 * @fires ww-load - The workshop data is ready. `detail.workshop` holds it.
 * @fires ww-error - The data could not be loaded, or some of the contact entries were ignored. `detail` has `error` and `issues`.
 * @slot - Fallback content shown while the data loads.
 */
export class WorkshopContact extends WorkshopElement {
  static override styles = [...WorkshopElement.styles, workshopContactStyles];
  protected static override dataKeys = ['contact'];

  protected renderWorkshop(workshop: Workshop) {
    const contact = workshop.contact;
    const email = contact?.email?.trim();
    const links = contact?.links ?? [];
    if (!email && !contact?.text && links.length === 0) return this.renderEmpty(this.msg('noContact'));
    return html`<address class="contact">
      ${contact?.text ? html`<div part="text" class="markdown">${markdown(contact.text)}</div>` : nothing}
      ${email
        ? html`<p class="email-line">
            <span class="label">${this.msg('emailIs')}</span>
            ${PLAIN_EMAIL.test(email) ? link(`mailto:${email}`, email, 'email') : html`<span part="email">${email}</span>`}
          </p>`
        : nothing}
      ${links.length
        ? html`<ul part="links" class="links">
            ${links.map((item) => html`<li>${link(item.url, item.label, 'link')}</li>`)}
          </ul>`
        : nothing}
    </address>`;
  }
}
