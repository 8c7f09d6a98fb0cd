import { expect } from '@open-wc/testing';
import { onDemand } from '../../src/internal/on-demand.js';

/** A loader that counts its calls and settles only when the test says so. */
function controlledLoader<T>() {
  const calls: Array<{ resolve: (value: T) => void; reject: (error: Error) => void }> = [];
  const load = () => new Promise<T>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

describe('onDemand', () => {
  it('loads nothing until warmed or run, and loads once however often it is asked', async () => {
    const { load, calls } = controlledLoader<{ answer: number }>();
    const module = onDemand(load);
    expect(calls).to.have.length(0);
    module.warm();
    module.warm();
    const result = module.run(({ answer }) => answer * 2);
    expect(calls).to.have.length(1);
    calls[0]!.resolve({ answer: 21 });
    expect(await result).to.equal(42);
  });

  it('runs synchronously once loaded, so a click keeps its user activation', async () => {
    const { load, calls } = controlledLoader<{ name: string }>();
    const module = onDemand(load);
    module.warm();
    calls[0]!.resolve({ name: 'ics' });
    await module.run(() => undefined);
    let ranDuringCall = false;
    const done = module.run(() => {
      ranDuringCall = true;
    });
    expect(ranDuringCall, 'the callback ran before run() returned').to.be.true;
    await done;
  });

  it('reports a failed load through run, and tries again on the next call', async () => {
    const { load, calls } = controlledLoader<{ value: string }>();
    const module = onDemand(load);
    module.warm(); // a warm-up failure is not an unhandled rejection
    calls[0]!.reject(new Error('offline'));
    const failed = module.run(({ value }) => value);
    await failed.then(
      () => expect.fail('run should reject while the module cannot load'),
      (error: Error) => expect(error.message).to.equal('offline'),
    );
    const retried = module.run(({ value }) => value);
    expect(calls).to.have.length(2);
    calls[1]!.resolve({ value: 'loaded' });
    expect(await retried).to.equal('loaded');
  });

  it('turns an error thrown by the callback into a rejection', async () => {
    const module = onDemand(() => Promise.resolve({}));
    await module.run(() => undefined);
    const result = module.run(() => {
      throw new Error('bad entry');
    });
    await result.then(
      () => expect.fail('run should reject'),
      (error: Error) => expect(error.message).to.equal('bad entry'),
    );
  });
});
