import { defineElement } from '../../internal/define.js';
import { WorkshopTopics } from './workshop-topics.component.js';

export { WorkshopTopics };
defineElement('workshop-topics', WorkshopTopics);

declare global {
  interface HTMLElementTagNameMap {
    'workshop-topics': WorkshopTopics;
  }
}
