import { describe, expect, it } from 'vitest';
import { createCoalescingRunner } from '../../../renderer/src/templates/editor/coalescing-runner';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('createCoalescingRunner', () => {
  it('runs at once when idle, then only the newest input submitted while busy', async () => {
    const started: string[] = [];
    const runs: ReturnType<typeof deferred>[] = [];
    const runner = createCoalescingRunner((input: string) => {
      started.push(input);
      const run = deferred();
      runs.push(run);
      return run.promise;
    });
    runner.submit('a');
    runner.submit('b');
    runner.submit('c');
    expect(started).toEqual(['a']);
    runs[0]!.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual(['a', 'c']);
    runs[1]!.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    runner.submit('d');
    expect(started).toEqual(['a', 'c', 'd']);
  });

  it('keeps going after a failed run', async () => {
    const started: string[] = [];
    const runner = createCoalescingRunner(async (input: string) => {
      started.push(input);
      if (input === 'fails') throw new Error('render failed');
    });
    runner.submit('fails');
    runner.submit('next');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual(['fails', 'next']);
  });
});
