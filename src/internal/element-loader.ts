/**
 * Imports an element's module when its tag first appears in the document (now, or added later), so that a
 * page downloads only the elements it uses. The CDN file loads its largest elements this way, `autoloader.js`
 * all of them. Tags inside other shadow roots are not seen: our elements import the elements they render,
 * and a page that puts our tags inside its own shadow roots calls `loadAll()`.
 */
export type ElementLoaders = Record<string, () => Promise<unknown>>;

export interface ElementLoader {
  /** The tags this loader imports. */
  readonly tags: string[];
  /** Imports one element's module (once; a failed load is tried again on the next request). */
  load(tag: string): Promise<unknown>;
  /** Imports every element this loader knows. */
  loadAll(): Promise<unknown[]>;
  /** Loads the tags in the document now, and those added later. */
  start(root?: Document): void;
}

export function elementLoader(loaders: ElementLoaders): ElementLoader {
  const tags = Object.keys(loaders);
  const requested = new Map<string, Promise<unknown>>();
  const load = (tag: string): Promise<unknown> => {
    const importModule = loaders[tag];
    if (!importModule) return Promise.reject(new Error(`workshop-widgets loads no element <${tag}> on demand`));
    let pending = requested.get(tag);
    if (!pending) {
      pending = importModule().catch((error: unknown) => {
        requested.delete(tag);
        console.error(`workshop-widgets: could not load <${tag}>`, error);
        throw error;
      });
      requested.set(tag, pending);
    }
    return pending;
  };
  const loadTagsIn = (root: ParentNode): void => {
    for (const tag of tags) {
      if (requested.has(tag) || customElements.get(tag)) continue;
      if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) load(tag).catch(() => {});
    }
  };
  return {
    tags,
    load,
    loadAll: () => Promise.all(tags.map(load)),
    start(root = document) {
      loadTagsIn(root);
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadTagsIn(node);
      }).observe(root.documentElement, { childList: true, subtree: true });
    },
  };
}
