/**
 * The data layer: schema, types, validation, loading and time. It touches no DOM, so a site can validate
 * its workshop file in Node during its own build:
 *
 *   import { validateWorkshop } from 'workshop-widgets/data';
 */
export * from './schema.js';
export * from './validate.js';
export * from './load.js';
export * from './time.js';
export * from './url.js';
export * from './workshop.js';
