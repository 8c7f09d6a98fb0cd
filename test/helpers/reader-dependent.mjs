// What may change when the library takes a prerendered page over. Shared by the browser test
// (test/components/prerendered.test.ts) and the site check (scripts/test-site.mjs), so both allow the same
// mutations; plain JavaScript so Node imports it without a TypeScript loader (types: reader-dependent.d.mts).

/**
 * Parts and classes whose content depends on the reader, not on the workshop file. The server cannot know them,
 * so they render a neutral stand-in until `readerKnown` is true, and change once the browser knows the reader:
 * - their time zone: `local`, `local-time`, `when`, `zone-note`, `zone-select`, `zone-switch`, and the
 *   `visually-hidden` sentence that reads a local time out;
 * - their clock: `relative` ("in 3 days"), `now`, `countdown` and its `value`, a track status's `as-of`;
 * - their stars (localStorage): `star`, `starred`, `my-schedule`.
 */
export const READER_DEPENDENT = new Set([
  'local',
  'local-time',
  'when',
  'zone-note',
  'zone-select',
  'zone-switch',
  'visually-hidden',
  'relative',
  'now',
  'countdown',
  'value',
  'as-of',
  'star',
  'starred',
  'my-schedule',
]);

const dependent = (names) => names.some((name) => READER_DEPENDENT.has(name));
const namesOfStep = (step) => [...(step.part ?? '').split(/\s+/).filter(Boolean), ...step.classes];

/** "+button[part=my-schedule].button": the part names and classes of a node a mutation added or removed. */
export const namesOfNode = (node) => [...(/\[part=([^\]]+)\]/.exec(node)?.[1].split(/\s+/) ?? []), ...[...node.matchAll(/\.([\w-]+)/g)].map((match) => match[1])];

/** `+tag[part=…].class.class` (or `+#text`, `+#comment`), the form `nodes` uses; `sign` is + or -. */
export function describeNode(node, sign) {
  if (node.nodeType !== 1) return `${sign}${node.nodeType === 3 ? '#text' : node.nodeType === 8 ? '#comment' : `#${node.nodeType}`}`;
  const part = node.getAttribute('part');
  return `${sign}${node.localName}${part ? `[part=${part}]` : ''}${[...node.classList].map((name) => `.${name}`).join('')}`;
}

/** The element path from the shadow root down to `node`: each step's tag, part and classes. */
export function stepsTo(node) {
  const path = [];
  for (let n = node; n && n.nodeType !== 11; n = n.parentNode) {
    if (n.nodeType === 1) path.unshift({ tag: n.localName, part: n.getAttribute('part') ?? undefined, classes: [...n.classList] });
  }
  return path;
}

/**
 * True when a mutation is allowed during take-over:
 * - anything inside a reader-dependent part;
 * - nodes added or removed that are all reader-dependent (the My schedule button, "as of" notes);
 * - layout hints only a browser can set, which change no text: a person grid's column count (`style` on
 *   `ul[part=grid]`) and the sizes paper-list keeps for groups off screen (`style` on `ol[part=list] > li`).
 */
export function isReaderDependentMutation(mutation) {
  const { path, nodes = [] } = mutation;
  if (path.some((step) => dependent(namesOfStep(step)))) return true;
  if (nodes.length > 0 && nodes.every((node) => dependent(namesOfNode(node)))) return true;
  if (mutation.type !== 'attributes' || mutation.attribute !== 'style') return false;
  const target = path.at(-1);
  const parent = path.at(-2);
  return (target?.tag === 'ul' && target.part === 'grid') || (target?.tag === 'li' && parent?.tag === 'ol' && parent.part === 'list');
}
