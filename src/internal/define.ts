/** Set once this copy of the library has warned: a second copy would otherwise warn for every tag. */
let warned = false;

/**
 * Registers a tag unless it already is. Two copies of the library on one page (a CDN script and a
 * bundle) must not crash the page; the second copy warns once and the first copy's elements stay in charge.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor && !warned) {
    warned = true;
    console.warn(`workshop-widgets: <${tag}> is already defined by a second copy of the library (another version, or the CDN file loaded with ?v=); keeping the first.`);
  }
}

/**
 * Converter for a text attribute with a default: removing the attribute brings the default back, where Lit
 * would set the property to null (an empty label, or a crash in code that expects text).
 */
export const textOr = (fallback: string) => ({ fromAttribute: (value: string | null) => value ?? fallback });
