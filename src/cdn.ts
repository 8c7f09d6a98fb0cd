/**
 * The CDN file (`cdn/workshop-widgets.js`). It defines every element at once except the three with engines
 * of their own, `<workshop-schedule>`, `<paper-list>` and `<workshop-page>`, which it imports from chunks
 * beside it when their tags appear: a page pays for them only when it uses them. Every tag works as before;
 * to wait for one, use `customElements.whenDefined(tag)`.
 */
import { elementLoader } from './internal/element-loader.js';

export { WorkshopElement, type WorkshopErrorDetail } from './internal/workshop-element.js';
export { workshopContext } from './internal/context.js';
export { loadMarkdown } from './internal/markdown.js';
export { AddToCalendar } from './components/add-to-calendar/add-to-calendar.js';
export { CommitteeList } from './components/committee-list/committee-list.js';
export { CountdownDeadline } from './components/countdown-deadline/countdown-deadline.js';
export { PeopleGrid } from './components/people-grid/people-grid.js';
export { SpeakerGrid } from './components/speaker-grid/speaker-grid.js';
export { SponsorWall } from './components/sponsor-wall/sponsor-wall.js';
export { WorkshopContact } from './components/workshop-contact/workshop-contact.js';
export { WorkshopData } from './components/workshop-data/workshop-data.js';
export { WorkshopDates } from './components/workshop-dates/workshop-dates.js';
export { WorkshopFaq } from './components/workshop-faq/workshop-faq.js';
export { WorkshopHeader } from './components/workshop-header/workshop-header.js';
export { WorkshopSections } from './components/workshop-sections/workshop-sections.js';
export { WorkshopTopics } from './components/workshop-topics/workshop-topics.js';
export { WorkshopTracks } from './components/workshop-tracks/workshop-tracks.js';

const loader = elementLoader({
  'paper-list': () => import('./components/paper-list/paper-list.js'),
  'workshop-page': () => import('./components/workshop-page/workshop-page.js'),
  'workshop-schedule': () => import('./components/workshop-schedule/workshop-schedule.js'),
});

/** The tags this file loads on demand. */
export const ON_DEMAND_TAGS = loader.tags;
export const loadElement = loader.load;
/** For pages that put those tags inside their own shadow roots, where the loader cannot see them. */
export const loadAllElements = loader.loadAll;

loader.start();
