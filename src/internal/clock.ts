/**
 * One clock for every element that shows time passing: a single timer for the page, aligned to the
 * second, running only while someone listens and the page is visible.
 */
type Listener = (now: number) => void;

const listeners = new Set<Listener>();
let timer: ReturnType<typeof setTimeout> | undefined;

function schedule(): void {
  if (timer !== undefined || listeners.size === 0) return;
  if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
  timer = setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
}

function tick(): void {
  timer = undefined;
  const now = Date.now();
  for (const listener of [...listeners]) listener(now);
  schedule();
}

function onVisibilityChange(): void {
  if (document.visibilityState === 'hidden') {
    clearTimeout(timer);
    timer = undefined;
  } else {
    // Catch up at once: a countdown must not show a stale value after the tab comes back.
    tick();
  }
}

let watchingVisibility = false;

/** Calls `listener` about once a second with the current time. Returns the function that stops it. */
export function subscribeToClock(listener: Listener): () => void {
  if (!watchingVisibility && typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', onVisibilityChange);
    watchingVisibility = true;
  }
  listeners.add(listener);
  schedule();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
}

/** How many elements listen; for leak tests. */
export function clockListenerCount(): number {
  return listeners.size;
}

export function now(): number {
  return Date.now();
}
