import { defineElement } from '../../internal/define.js';
import { CommitteeList } from './committee-list.component.js';

export { CommitteeList };
defineElement('committee-list', CommitteeList);

declare global {
  interface HTMLElementTagNameMap {
    'committee-list': CommitteeList;
  }
}
