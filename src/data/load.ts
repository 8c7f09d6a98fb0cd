/**
 * Loading a workshop description from a URL, text or an object, into one state every element renders.
 * Elements that name the same URL share one request (the cache holds the promise); failures are not
 * cached, so a retry asks the network again.
 */
import { checkWorkshop, type IssueRecord } from './validate.js';
import type { Workshop } from './schema.js';

export type LoadErrorKind = 'network' | 'timeout' | 'http' | 'json' | 'schema';

export interface LoadError {
  kind: LoadErrorKind;
  /** One sentence an organizer can act on. */
  message: string;
  /** Where in the file, for invalid JSON. */
  line?: number;
  column?: number;
  /** HTTP status, for http errors. */
  status?: number;
  /** The file's address, when the description came from one: then trying again may help. */
  url?: string;
}

/**
 * `issues` are the file's problems as records: `describeIssues` (./issue-messages.ts) puts them in words,
 * which only a file with problems needs (elements load them on demand).
 */
export type WorkshopState =
  | { status: 'idle' }
  | { status: 'loading'; source: string }
  | { status: 'ready'; source: string; workshop: Workshop; issues: IssueRecord[] }
  | { status: 'error'; source: string; error: LoadError; issues: IssueRecord[] };

export const IDLE: WorkshopState = { status: 'idle' };

/** A state from an already parsed value (the `data` property, or parsed JSON). */
export function stateFromValue(value: unknown, source: string): WorkshopState {
  const result = checkWorkshop(value);
  if (result.ok) return { status: 'ready', source, workshop: result.workshop, issues: result.issues };
  // The last issue is the one that stopped it, a sentence that names the workshop description.
  const stop = result.issues[result.issues.length - 1];
  return { status: 'error', source, error: { kind: 'schema', message: stop?.code === 'fatal' ? stop.message : '' }, issues: result.issues };
}

/** A byte-order mark (some Windows editors write one) is not part of the JSON; JSON.parse would reject it. */
export const withoutByteOrderMark = (text: string): string => text.replace(/^\uFEFF/, '');

/**
 * A state from JSON text (an inline script, a file): at once when it is JSON; text that is not waits for the
 * words that say what is wrong and where (`stateFromText` in ./json-text.ts, loaded only then).
 */
export function readWorkshopText(text: string, source: string): WorkshopState | Promise<WorkshopState> {
  let value: unknown;
  try {
    value = JSON.parse(withoutByteOrderMark(text));
  } catch {
    return import('./json-text.js').then(
      ({ stateFromText }) => stateFromText(text, source),
      (): WorkshopState => ({ status: 'error', source, error: { kind: 'json', message: `Could not read ${source}: it is not valid JSON.` }, issues: [] }),
    );
  }
  return stateFromValue(value, source);
}

const byValue = new WeakMap<object, WorkshopState>();

/** Validation of the same object happens once, however many elements receive it. */
export function stateFromData(data: unknown, source = 'the data property'): WorkshopState {
  if (data === null || typeof data !== 'object') return stateFromValue(data, source);
  let state = byValue.get(data);
  if (!state) {
    state = stateFromValue(data, source);
    byValue.set(data, state);
  }
  return state;
}

export interface LoadOptions {
  /** Give up after this long; default 15 s. */
  timeoutMs?: number;
  /** Ignore a cached result and fetch again. */
  reload?: boolean;
  fetch?: typeof fetch;
}

const requests = new Map<string, Promise<WorkshopState>>();

export function absoluteUrl(src: string): string {
  const base = (globalThis as { document?: { baseURI: string } }).document?.baseURI;
  try {
    return new URL(src, base).href;
  } catch {
    return src;
  }
}

/** Fetches, parses and validates a workshop file. Never rejects: failures are an error state. */
export function loadWorkshop(src: string, options: LoadOptions = {}): Promise<WorkshopState> {
  const url = absoluteUrl(src);
  const cached = requests.get(url);
  if (cached && !options.reload) return cached;
  const request = fetchState(url, src, options).then((state) => {
    if (state.status === 'error' && requests.get(url) === request) requests.delete(url);
    return state;
  });
  requests.set(url, request);
  return request;
}

/** Forgets cached files, so that the next load fetches again (for tests and live editing). */
export function clearWorkshopCache(): void {
  requests.clear();
}

/** Loads `url`; a failure records the address, since the file may come back or be fixed (so "Try again" helps). */
async function fetchState(url: string, src: string, options: LoadOptions): Promise<WorkshopState> {
  const state = await fetchAndRead(url, src, options);
  return state.status === 'error' ? { ...state, error: { ...state.error, url } } : state;
}

async function fetchAndRead(url: string, src: string, options: LoadOptions): Promise<WorkshopState> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const fail = (error: LoadError): WorkshopState => ({ status: 'error', source: src, error, issues: [] });
  try {
    const response = await doFetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) {
      const reason = response.status === 404 ? 'the file was not found' : `the server answered ${response.status} ${response.statusText}`.trim();
      return fail({ kind: 'http', status: response.status, message: `Could not load ${src}: ${reason}.` });
    }
    return readWorkshopText(await response.text(), src);
  } catch (error) {
    if (controller.signal.aborted) {
      return fail({ kind: 'timeout', message: `Could not load ${src}: no answer within ${Math.round(timeoutMs / 1000)} seconds.` });
    }
    const reason = error instanceof Error ? error.message : String(error);
    return fail({ kind: 'network', message: `Could not load ${src}: the network request failed (${reason}).` });
  } finally {
    clearTimeout(timer);
  }
}
