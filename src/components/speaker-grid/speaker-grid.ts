import { defineElement } from '../../internal/define.js';
import { SpeakerGrid } from './speaker-grid.component.js';

export { SpeakerGrid };
defineElement('speaker-grid', SpeakerGrid);

declare global {
  interface HTMLElementTagNameMap {
    'speaker-grid': SpeakerGrid;
  }
}
