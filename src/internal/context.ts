import { ContextRoot, createContext } from '@lit/context';
import type { WorkshopState } from '../data/load.js';

/**
 * A string key (not a Symbol) so that two copies of the library on one page, say a CDN copy and an
 * npm copy, still find each other's providers.
 */
export const workshopContext = createContext<WorkshopState>('workshop-widgets:workshop');

const ROOT_KEY = Symbol.for('workshop-widgets:context-root');

/**
 * Elements that ask for data before their <workshop-data> ancestor has upgraded would never hear back;
 * a ContextRoot replays their requests once the provider appears. One per page, shared across copies.
 */
export function ensureContextRoot(): void {
  const global = globalThis as Record<symbol, unknown>;
  if (global[ROOT_KEY] || typeof document === 'undefined') return;
  global[ROOT_KEY] = true;
  new ContextRoot().attach(document.documentElement);
}
