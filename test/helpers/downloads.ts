import sinon from 'sinon';

export interface SavedDownload {
  filename: string;
  type: string;
  text: Promise<string>;
}

/** Captures what downloadText would save (file name, the Blob's type and text) instead of saving it. */
export function captureDownloads(): SavedDownload[] {
  const saved: SavedDownload[] = [];
  let blob: Blob | undefined;
  sinon.stub(URL, 'createObjectURL').callsFake((value: Blob | MediaSource) => {
    blob = value as Blob;
    return 'blob:test';
  });
  sinon.stub(URL, 'revokeObjectURL');
  sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
    saved.push({ filename: this.download, type: blob!.type, text: blob!.text() });
  });
  return saved;
}
