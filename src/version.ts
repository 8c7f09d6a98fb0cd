/** The library's version, written into prerendered HTML so that a page built by another version is re-rendered, not adopted. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';
