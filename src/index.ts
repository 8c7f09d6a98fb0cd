/**
 * Registers every workshop element. Import this once (or load the CDN file) and use the tags.
 * For a smaller page, import only the elements you use: `workshop-widgets/elements/<tag>.js`.
 */
export * from './data/index.js';
export { WorkshopElement, type WorkshopErrorDetail } from './internal/workshop-element.js';
export { workshopContext } from './internal/context.js';
export { WorkshopData } from './components/workshop-data/workshop-data.js';
export { WorkshopHeader } from './components/workshop-header/workshop-header.js';
