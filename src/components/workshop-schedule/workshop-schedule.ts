import { defineElement } from '../../internal/define.js';
import { WorkshopSchedule } from './workshop-schedule.component.js';

export { WorkshopSchedule };
defineElement('workshop-schedule', WorkshopSchedule);

declare global {
  interface HTMLElementTagNameMap {
    'workshop-schedule': WorkshopSchedule;
  }
}
