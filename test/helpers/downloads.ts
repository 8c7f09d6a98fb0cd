import sinon from 'sinon';

export interface SavedDownload {
  filename: string;
  type: string;
  text: Promise<string>;
}

export interface Downloads extends Array<SavedDownload> {
  /**
   * Resolves once `count` downloads have started: the calendar-file writer loads on first use, so a click
   * downloads a moment later. Needs no timers, so it works under a fake clock.
   */
  started(count?: number): Promise<void>;
}

/** Captures what downloadText would save (file name, the Blob's type and text) instead of saving it. */
export function captureDownloads(): Downloads {
  const waiting: Array<{ count: number; resolve: () => void }> = [];
  const saved = Object.assign([] as SavedDownload[], {
    started: (count = 1) => new Promise<void>((resolve) => (saved.length >= count ? resolve() : waiting.push({ count, resolve }))),
  });
  let blob: Blob | undefined;
  sinon.stub(URL, 'createObjectURL').callsFake((value: Blob | MediaSource) => {
    blob = value as Blob;
    return 'blob:test';
  });
  sinon.stub(URL, 'revokeObjectURL');
  sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
    saved.push({ filename: this.download, type: blob!.type, text: blob!.text() });
    for (const waiter of waiting.filter((w) => saved.length >= w.count)) waiter.resolve();
  });
  return saved;
}
