import { defineElement } from '../../internal/define.js';
import { SponsorWall } from './sponsor-wall.component.js';

export { SponsorWall };
defineElement('sponsor-wall', SponsorWall);

declare global {
  interface HTMLElementTagNameMap {
    'sponsor-wall': SponsorWall;
  }
}
