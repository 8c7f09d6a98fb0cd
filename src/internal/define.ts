/**
 * Registers a tag unless it already is. Two copies of the library on one page (a CDN script and a
 * bundle) must not crash the page; the second copy warns and the first copy's elements stay in charge.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(`workshop-widgets: <${tag}> is already defined, probably by a second copy of the library; keeping the first.`);
  }
}
