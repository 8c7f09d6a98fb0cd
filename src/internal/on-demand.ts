/**
 * A module that only a click needs (calendar files, BibTeX), loaded on first use so that pages which never
 * click do not download it. `warm` starts loading when the pointer or focus reaches the button; by the
 * click it is usually there, and `run` then acts at once, inside the click: the clipboard and downloads
 * want the user's gesture, which a wait may use up.
 */
export interface OnDemand<T> {
  /** Starts loading, if it has not started; failures are left for `run` to report. */
  warm(): void;
  /** Calls `use` with the module, synchronously when it is loaded. A failed load can be tried again. */
  run<R>(use: (module: T) => R | PromiseLike<R>): Promise<R>;
}

export function onDemand<T>(load: () => Promise<T>): OnDemand<T> {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  const start = (): Promise<T> =>
    (pending ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return {
    warm() {
      start().catch(() => {});
    },
    run<R>(use: (module: T) => R | PromiseLike<R>): Promise<R> {
      const module = loaded;
      return module === undefined ? start().then(use) : new Promise<R>((resolve) => resolve(use(module)));
    },
  };
}
