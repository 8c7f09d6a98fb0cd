import { defineElement } from '../../internal/define.js';
import { WorkshopFaq } from './workshop-faq.component.js';

export { WorkshopFaq };
defineElement('workshop-faq', WorkshopFaq);

declare global {
  interface HTMLElementTagNameMap {
    'workshop-faq': WorkshopFaq;
  }
}
