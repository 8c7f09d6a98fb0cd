import { defineElement } from '../../internal/define.js';
import { WorkshopDates } from './workshop-dates.component.js';

export { WorkshopDates };
defineElement('workshop-dates', WorkshopDates);

declare global {
  interface HTMLElementTagNameMap {
    'workshop-dates': WorkshopDates;
  }
}
