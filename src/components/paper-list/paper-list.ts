import { defineElement } from '../../internal/define.js';
import { PaperList } from './paper-list.component.js';

export { PaperList };
defineElement('paper-list', PaperList);

declare global {
  interface HTMLElementTagNameMap {
    'paper-list': PaperList;
  }
}
