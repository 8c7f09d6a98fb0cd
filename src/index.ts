/**
 * Registers every workshop element. Import this once (or load the CDN file) and use the tags.
 * For a smaller page, import only the elements you use: `workshop-widgets/elements/<tag>.js`,
 * or load `cdn/autoloader.js`, which imports the tags it finds on the page.
 */
export * from './data/index.js';
export * from './elements.js';
