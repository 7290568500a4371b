import { describe, expect, it } from 'vitest';
import { createBackground } from '../../../../electron/services/runtime/background';
import { Disposables, DisposeError } from '../../../../electron/services/runtime/disposables';

describe('disposables', () => {
  it('disposes in reverse order of registration, waiting for each', async () => {
    const disposables = new Disposables();
    const order: string[] = [];
    disposables.add('store', () => void order.push('store'));
    disposables.add('worker', async () => {
      await new Promise((resolve) => setImmediate(resolve));
      order.push('worker');
    });
    disposables.add('engine', () => void order.push('engine'));
    await disposables.disposeAll();
    expect(order).toEqual(['engine', 'worker', 'store']);
  });

  it('does the work once however often it is stopped', async () => {
    const disposables = new Disposables();
    let count = 0;
    disposables.add('thing', () => void count++);
    await Promise.all([disposables.disposeAll(), disposables.disposeAll()]);
    await disposables.disposeAll();
    expect(count).toBe(1);
    expect(disposables.disposed).toBe(true);
  });

  it('releases everything despite failures, then names each failure', async () => {
    const disposables = new Disposables();
    const released: string[] = [];
    disposables.add('store', () => void released.push('store'));
    disposables.add('mjml worker', () => {
      throw new Error('already gone');
    });
    disposables.add('engine', () => Promise.reject(new Error('timer stuck')));
    const failure = await disposables.disposeAll().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DisposeError);
    expect((failure as DisposeError).failures.map((f) => f.name)).toEqual(['engine', 'mjml worker']);
    expect((failure as Error).message).toBe('Could not stop cleanly: engine (timer stuck); mjml worker (already gone)');
    expect(released).toEqual(['store']);
  });

  it('releases one resource early, and not again on stop', async () => {
    const disposables = new Disposables();
    let count = 0;
    const release = disposables.add('thing', () => void count++);
    await release();
    await release();
    await disposables.disposeAll();
    expect(count).toBe(1);
  });

  it('refuses new resources once stopped', async () => {
    const disposables = new Disposables();
    await disposables.disposeAll();
    expect(() => disposables.add('late', () => {})).toThrow('Cannot add "late": the core has stopped.');
  });
});

describe('background work', () => {
  it('starts a worker at once and stops it on stop, before what was registered earlier', async () => {
    const disposables = new Disposables();
    const background = createBackground(disposables);
    const order: string[] = [];
    disposables.add('store', () => void order.push('store closed'));
    await background.add({
      name: 'engine',
      start: () => {
        order.push('engine started');
        return () => void order.push('engine stopped');
      },
    });
    expect(background.running()).toEqual(['engine']);
    await disposables.disposeAll();
    expect(order).toEqual(['engine started', 'engine stopped', 'store closed']);
    expect(background.running()).toEqual([]);
  });

  it('stops a worker early through the function add returns', async () => {
    const disposables = new Disposables();
    const background = createBackground(disposables);
    let stops = 0;
    const stop = await background.add({ name: 'sweeper', start: () => () => void stops++ });
    await stop();
    await disposables.disposeAll();
    expect(stops).toBe(1);
  });

  it('refuses to start work on a stopped core, and stops work whose start outlived the core', async () => {
    const disposables = new Disposables();
    const background = createBackground(disposables);
    let stops = 0;
    let finishStarting = () => {};
    const starting = background.add({
      name: 'slow',
      start: () => new Promise((resolve) => (finishStarting = () => resolve(() => void stops++))),
    });
    await disposables.disposeAll();
    finishStarting();
    await expect(starting).rejects.toThrow('"slow" started after the core stopped and was stopped again.');
    expect(stops).toBe(1);
    await expect(background.add({ name: 'late', start: () => () => {} })).rejects.toThrow(
      'Cannot start "late": the core has stopped.',
    );
  });
});
