import { defineElement } from '../../internal/define.js';
import { PeopleGrid } from './people-grid.component.js';

export { PeopleGrid };
defineElement('people-grid', PeopleGrid);

declare global {
  interface HTMLElementTagNameMap {
    'people-grid': PeopleGrid;
  }
}
