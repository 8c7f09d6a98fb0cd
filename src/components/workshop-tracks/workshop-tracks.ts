import { defineElement } from '../../internal/define.js';
import { WorkshopTracks } from './workshop-tracks.component.js';

export { WorkshopTracks };
defineElement('workshop-tracks', WorkshopTracks);

declare global {
  interface HTMLElementTagNameMap {
    'workshop-tracks': WorkshopTracks;
  }
}
