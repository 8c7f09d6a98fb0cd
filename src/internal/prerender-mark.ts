/**
 * What a prerendered element carries for the browser: which version rendered it, at what instant (states
 * such as "passed" and "next" were computed then), and a fingerprint of the data. The browser adopts the
 * HTML only when all three match what it would render itself; otherwise it renders afresh. Used by the
 * prerenderer and by the code the browser loads to adopt the HTML (not by the elements themselves).
 */
import { VERSION } from '../version.js';

export interface PrerenderMark {
  version: string;
  /** The build's clock, in ms since the epoch. */
  now: number;
  fingerprint: string;
}

export function formatPrerenderMark(now: number, fingerprint: string): string {
  return `${VERSION} ${new Date(now).toISOString()} ${fingerprint}`;
}

export function parsePrerenderMark(value: string | null): PrerenderMark | null {
  const [version, time, fingerprint] = (value ?? '').split(' ');
  const now = Date.parse(time ?? '');
  return version && fingerprint && Number.isFinite(now) ? { version, now, fingerprint } : null;
}

/** FNV-1a over the validated workshop's JSON: cheap, and any edit to the file changes it. */
export function workshopFingerprint(workshop: unknown): string {
  const text = JSON.stringify(workshop) ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
