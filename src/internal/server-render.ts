/** What elements need to know when they render on the server, or adopt what the server rendered. */

/** On a prerendered tag: `ww-prerendered="<version> <build time> <data fingerprint>"` (see prerender-mark.ts). */
export const PRERENDER_ATTRIBUTE = 'ww-prerendered';

/**
 * Set by the prerenderer (in Node) before each element is rendered: the build's clock and the language the
 * page gives the element through an ancestor's `lang`, which elements cannot look up on the server.
 */
export const serverRender: { now: number; lang?: string } = { now: 0 };
