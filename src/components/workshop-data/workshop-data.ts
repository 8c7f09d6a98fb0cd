import { defineElement } from '../../internal/define.js';
import { WorkshopData } from './workshop-data.component.js';

export { WorkshopData };
defineElement('workshop-data', WorkshopData);

declare global {
  interface HTMLElementTagNameMap {
    'workshop-data': WorkshopData;
  }
}
