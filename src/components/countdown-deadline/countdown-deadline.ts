import { defineElement } from '../../internal/define.js';
import { CountdownDeadline } from './countdown-deadline.component.js';

export { CountdownDeadline };
export type { DeadlinePassedDetail } from './countdown-deadline.component.js';
defineElement('countdown-deadline', CountdownDeadline);

declare global {
  interface HTMLElementTagNameMap {
    'countdown-deadline': CountdownDeadline;
  }
}
