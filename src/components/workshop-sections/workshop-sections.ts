import { defineElement } from '../../internal/define.js';
import { WorkshopSections } from './workshop-sections.component.js';

export { WorkshopSections };
defineElement('workshop-sections', WorkshopSections);

declare global {
  interface HTMLElementTagNameMap {
    'workshop-sections': WorkshopSections;
  }
}
