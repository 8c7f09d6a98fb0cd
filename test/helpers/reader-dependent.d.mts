/** One element on a mutation's path, from the shadow root down. */
export interface Step {
  tag: string;
  part?: string;
  classes: string[];
}

/** A mutation in a prerendered shadow root, as scripts/lib/takeover.mjs and the prerendered test record it. */
export interface TakeoverMutation {
  type: MutationRecordType;
  attribute?: string;
  path: Step[];
  /** Nodes added (+) or removed (-), as `+tag[part=…].class` or `+#text`. */
  nodes?: string[];
}

export const READER_DEPENDENT: ReadonlySet<string>;
export function namesOfNode(node: string): string[];
export function describeNode(node: Node, sign: '+' | '-'): string;
export function stepsTo(node: Node): Step[];
export function isReaderDependentMutation(mutation: TakeoverMutation): boolean;
