import { defineElement } from '../../internal/define.js';
import { WorkshopContact } from './workshop-contact.component.js';

export { WorkshopContact };
defineElement('workshop-contact', WorkshopContact);

declare global {
  interface HTMLElementTagNameMap {
    'workshop-contact': WorkshopContact;
  }
}
