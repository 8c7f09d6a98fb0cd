/**
 * Registers every workshop element and exports their classes: this is what the CDN file
 * (`cdn/workshop-widgets.js`) is built from. It leaves the data layer out, so that what only a click
 * needs (calendar files, BibTeX) can load when it is clicked; the package's main entry adds it back.
 */
export { WorkshopElement, type WorkshopErrorDetail } from './internal/workshop-element.js';
export { workshopContext } from './internal/context.js';
export { loadMarkdown } from './internal/markdown.js';
export { AddToCalendar } from './components/add-to-calendar/add-to-calendar.js';
export { CommitteeList } from './components/committee-list/committee-list.js';
export { CountdownDeadline } from './components/countdown-deadline/countdown-deadline.js';
export { PaperList } from './components/paper-list/paper-list.js';
export { PeopleGrid } from './components/people-grid/people-grid.js';
export { SpeakerGrid } from './components/speaker-grid/speaker-grid.js';
export { SponsorWall } from './components/sponsor-wall/sponsor-wall.js';
export { WorkshopContact } from './components/workshop-contact/workshop-contact.js';
export { WorkshopData } from './components/workshop-data/workshop-data.js';
export { WorkshopDates } from './components/workshop-dates/workshop-dates.js';
export { WorkshopFaq } from './components/workshop-faq/workshop-faq.js';
export { WorkshopHeader } from './components/workshop-header/workshop-header.js';
export { WorkshopPage } from './components/workshop-page/workshop-page.js';
export { WorkshopSchedule } from './components/workshop-schedule/workshop-schedule.js';
export { WorkshopSections } from './components/workshop-sections/workshop-sections.js';
export { WorkshopTopics } from './components/workshop-topics/workshop-topics.js';
export { WorkshopTracks } from './components/workshop-tracks/workshop-tracks.js';
