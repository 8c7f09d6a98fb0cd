import { defineElement } from '../../internal/define.js';
import { AddToCalendar } from './add-to-calendar.component.js';

export { AddToCalendar };
defineElement('add-to-calendar', AddToCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'add-to-calendar': AddToCalendar;
  }
}
