import { defineElement } from '../../internal/define.js';
import { WorkshopHeader } from './workshop-header.component.js';

export { WorkshopHeader };
defineElement('workshop-header', WorkshopHeader);

declare global {
  interface HTMLElementTagNameMap {
    'workshop-header': WorkshopHeader;
  }
}
