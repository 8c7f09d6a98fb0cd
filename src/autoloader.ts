/**
 * Loads only the elements a page uses: finds workshop tags in the document (now and as they are added)
 * and imports each element's module once. For `<script type="module" src=".../cdn/autoloader.js">`.
 */
import { elementLoader } from './internal/element-loader.js';

const loader = elementLoader({
  'add-to-calendar': () => import('./components/add-to-calendar/add-to-calendar.js'),
  'committee-list': () => import('./components/committee-list/committee-list.js'),
  'countdown-deadline': () => import('./components/countdown-deadline/countdown-deadline.js'),
  'paper-list': () => import('./components/paper-list/paper-list.js'),
  'people-grid': () => import('./components/people-grid/people-grid.js'),
  'speaker-grid': () => import('./components/speaker-grid/speaker-grid.js'),
  'sponsor-wall': () => import('./components/sponsor-wall/sponsor-wall.js'),
  'workshop-contact': () => import('./components/workshop-contact/workshop-contact.js'),
  'workshop-data': () => import('./components/workshop-data/workshop-data.js'),
  'workshop-dates': () => import('./components/workshop-dates/workshop-dates.js'),
  'workshop-faq': () => import('./components/workshop-faq/workshop-faq.js'),
  'workshop-header': () => import('./components/workshop-header/workshop-header.js'),
  'workshop-page': () => import('./components/workshop-page/workshop-page.js'),
  'workshop-schedule': () => import('./components/workshop-schedule/workshop-schedule.js'),
  'workshop-sections': () => import('./components/workshop-sections/workshop-sections.js'),
  'workshop-topics': () => import('./components/workshop-topics/workshop-topics.js'),
  'workshop-tracks': () => import('./components/workshop-tracks/workshop-tracks.js'),
});

/** The tags the autoloader knows, for tests that check it covers every element. */
export const AUTOLOADED_TAGS = loader.tags;
export const loadElement = loader.load;
/** For pages that put the tags inside their own shadow roots, where the autoloader cannot see them. */
export const loadAllElements = loader.loadAll;

loader.start();
