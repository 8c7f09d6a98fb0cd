/**
 * Loads only the elements a page uses: finds workshop tags in the document (now and as they are added)
 * and imports each element's module once. For `<script type="module" src=".../cdn/autoloader.js">`.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'workshop-data': () => import('./components/workshop-data/workshop-data.js'),
  'workshop-header': () => import('./components/workshop-header/workshop-header.js'),
};

/** The tags the autoloader knows, for tests that check it covers every element. */
export const AUTOLOADED_TAGS = Object.keys(loaders);

const requested = new Set<string>();

function loadTagsIn(root: ParentNode): void {
  for (const tag of AUTOLOADED_TAGS) {
    if (requested.has(tag) || customElements.get(tag)) continue;
    if (root instanceof Element && root.localName === tag) requested.add(tag);
    else if (root.querySelector(tag)) requested.add(tag);
    else continue;
    loaders[tag]!().catch((error: unknown) => {
      requested.delete(tag);
      console.error(`workshop-widgets: could not load <${tag}>`, error);
    });
  }
}

export function startAutoloader(root: Document = document): void {
  loadTagsIn(root);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadTagsIn(node);
  }).observe(root.documentElement, { childList: true, subtree: true });
}

startAutoloader();
