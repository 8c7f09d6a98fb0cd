/**
 * Loads only the elements a page uses: finds workshop tags in the document (now and as they are added)
 * and imports each element's module once. For `<script type="module" src=".../cdn/autoloader.js">`.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'add-to-calendar': () => import('./components/add-to-calendar/add-to-calendar.js'),
  'committee-list': () => import('./components/committee-list/committee-list.js'),
  'countdown-deadline': () => import('./components/countdown-deadline/countdown-deadline.js'),
  'paper-list': () => import('./components/paper-list/paper-list.js'),
  'people-grid': () => import('./components/people-grid/people-grid.js'),
  'speaker-grid': () => import('./components/speaker-grid/speaker-grid.js'),
  'sponsor-wall': () => import('./components/sponsor-wall/sponsor-wall.js'),
  'workshop-contact': () => import('./components/workshop-contact/workshop-contact.js'),
  'workshop-data': () => import('./components/workshop-data/workshop-data.js'),
  'workshop-dates': () => import('./components/workshop-dates/workshop-dates.js'),
  'workshop-faq': () => import('./components/workshop-faq/workshop-faq.js'),
  'workshop-header': () => import('./components/workshop-header/workshop-header.js'),
  'workshop-page': () => import('./components/workshop-page/workshop-page.js'),
  'workshop-schedule': () => import('./components/workshop-schedule/workshop-schedule.js'),
  'workshop-sections': () => import('./components/workshop-sections/workshop-sections.js'),
  'workshop-topics': () => import('./components/workshop-topics/workshop-topics.js'),
  'workshop-tracks': () => import('./components/workshop-tracks/workshop-tracks.js'),
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
