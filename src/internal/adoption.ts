/**
 * Taking over prerendered HTML, loaded on demand by the first prerendered element of a page: Lit's
 * hydration when the HTML is this version's rendering of the same data, else a clean render in its place.
 */
import { hydrate } from '@lit-labs/ssr-client';
import { adoptStyles, render, type CSSResultOrNative, type RenderOptions } from 'lit';
import type { WorkshopState } from '../data/load.js';
import { VERSION } from '../version.js';
import { parsePrerenderMark, workshopFingerprint } from './prerender-mark.js';

/** Empties a shadow root that held prerendered HTML, so that a render starts clean. */
export function clearShadowRoot(root: ShadowRoot, styles: CSSResultOrNative[]): void {
  root.replaceChildren();
  delete (root as { _$litPart$?: unknown })._$litPart$;
  adoptStyles(root, styles);
}

export interface Takeover {
  root: ShadowRoot;
  /** The `ww-prerendered` mark: the tag's own (then the data is checked too), or its prerendered host's. */
  mark: string | null;
  ownMark: boolean;
  state: WorkshopState;
  render: () => unknown;
  options: RenderOptions;
  styles: CSSResultOrNative[];
}

/** Hydrates the prerendered HTML, or renders afresh when it is another version's, other data's, or does not match. */
export function takeOver({ root, mark, ownMark, state, render: renderValue, options, styles }: Takeover): void {
  const parsed = parsePrerenderMark(mark);
  const sameData = !ownMark || (state.status === 'ready' && workshopFingerprint(state.workshop) === parsed?.fingerprint);
  if (parsed?.version === VERSION && sameData) {
    try {
      hydrate(renderValue(), root, options);
      return;
    } catch (error) {
      // Markup edited by hand, or a template change the version did not reflect.
      console.warn(`workshop-widgets: <${(root.host as Element).localName}> re-rendered its prerendered HTML, which did not match:`, error);
    }
  }
  clearShadowRoot(root, styles);
  render(renderValue(), root, options);
}
