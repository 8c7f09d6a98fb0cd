import { defineElement } from '../../internal/define.js';
import { WorkshopPage } from './workshop-page.component.js';

export { WorkshopPage };
defineElement('workshop-page', WorkshopPage);

declare global {
  interface HTMLElementTagNameMap {
    'workshop-page': WorkshopPage;
  }
}
