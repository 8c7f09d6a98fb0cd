/**
 * The data layer: schema, types, validation, loading and time. It touches no DOM, so a site can validate
 * its workshop file in Node during its own build:
 *
 *   import { validateWorkshop } from 'workshop-widgets/data';
 */
export * from './schema.js';
export * from './validate.js';
export * from './issue-messages.js';
export * from './load.js';
export * from './json-text.js';
export * from './time.js';
export * from './url.js';
export * from './workshop.js';
export * from './people.js';
export * from './date-display.js';
export * from './calendar.js';
export * from './ics.js';
export * from './schedule.js';
export * from './papers.js';
export * from './bibtex.js';
export * from './slug.js';
export * from './json-ld.js';
