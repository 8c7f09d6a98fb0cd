/**
 * The elements the security and fault suites run over. A browser cannot list folders, so the tags are
 * named here; each is imported from its own folder and skipped, loudly, while it does not exist yet.
 */
export const KNOWN_TAGS = [
  'workshop-header',
  'workshop-dates',
  'countdown-deadline',
  'add-to-calendar',
  'workshop-tracks',
  'speaker-grid',
  'people-grid',
  'committee-list',
  'workshop-schedule',
  'paper-list',
  'sponsor-wall',
  'workshop-topics',
  'workshop-faq',
  'workshop-contact',
  'workshop-sections',
  'workshop-page',
] as const;

export type KnownTag = (typeof KNOWN_TAGS)[number];

let loaded: Promise<KnownTag[]> | undefined;

/** Imports every element that exists and returns the tags that ended up defined. */
export function definedElements(): Promise<KnownTag[]> {
  loaded ??= (async () => {
    const defined: KnownTag[] = [];
    for (const tag of KNOWN_TAGS) {
      if (!customElements.get(tag)) {
        try {
          await import(/* @vite-ignore */ `../../src/components/${tag}/${tag}.ts`);
        } catch (error) {
          console.warn(`[security/faults] <${tag}> is not available yet, skipped: ${(error as Error).message}`);
          continue;
        }
      }
      if (customElements.get(tag)) defined.push(tag);
      else console.warn(`[security/faults] <${tag}> module loaded but did not define the tag, skipped`);
    }
    console.log(`[security/faults] elements under test: ${defined.join(', ')}`);
    return defined;
  })();
  return loaded;
}

/** Extra attributes some elements need to show anything (which date to count down to or offer as a calendar file). */
export function attributesFor(tag: KnownTag, workshop: unknown): Record<string, string> {
  if (tag === 'countdown-deadline' || tag === 'add-to-calendar') {
    const id = (workshop as { importantDates?: { id?: unknown }[] } | undefined)?.importantDates?.[0]?.id;
    if (typeof id !== 'string' || id === '') return {};
    return tag === 'countdown-deadline' ? { deadline: id } : { 'date-id': id };
  }
  return {};
}

/** Every element and shadow root under `root`, depth first, crossing into open shadow roots. */
export function* walk(root: Node): Generator<Element> {
  if (root instanceof Element && root.shadowRoot) yield* walk(root.shadowRoot);
  if (root instanceof HTMLTemplateElement) yield* walk(root.content);
  const children = root instanceof Element || root instanceof DocumentFragment || root instanceof Document ? root.children : [];
  for (const child of Array.from(children)) {
    yield child;
    yield* walk(child);
  }
}

/** All text of `root` including open shadow roots, as text nodes joined with a separator that no attack contains. */
export function deepText(root: Node, separator = '\u0001'): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    if (node instanceof HTMLSlotElement) return; // slotted light DOM is visited from the host
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(root);
  return parts.join(separator);
}

/** Custom elements under `root`, through shadow roots (only custom elements have them here); fast on huge trees. */
function customElementsUnder(root: ParentNode, out: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    if (!el.localName.includes('-')) continue;
    out.push(el);
    if (el.shadowRoot) customElementsUnder(el.shadowRoot, out);
  }
  return out;
}

/** Waits until every workshop element under `root` (and theirs, recursively) has finished updating. */
export async function settle(root: ParentNode & Node): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending = customElementsUnder(root).filter((el): el is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in el);
    const results = await Promise.all(pending.map((el) => el.updateComplete));
    if (results.every((done) => done === true)) break;
  }
  // A timer, not requestAnimationFrame: frames do not run in a background tab (the runner opens several pages).
  await new Promise((resolve) => setTimeout(resolve, 16));
}
