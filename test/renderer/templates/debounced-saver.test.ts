import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DebouncedSaver, type AutosaveStatus } from '../../../renderer/src/templates/editor/debounced-saver';

function setup(save: (value: string) => Promise<void>) {
  const statuses: AutosaveStatus['state'][] = [];
  const saver = new DebouncedSaver<string>({
    save,
    onStatus: (s) => statuses.push(s.state),
    describeError: String,
    delayMs: 600,
    retryMs: 3000,
  });
  return { saver, statuses };
}

describe('DebouncedSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the newest value once, after a quiet moment', async () => {
    const save = vi.fn(async () => {});
    const { saver, statuses } = setup(save);
    saver.change('a');
    await vi.advanceTimersByTimeAsync(300);
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(599);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledExactlyOnceWith('ab');
    expect(statuses.at(-1)).toBe('saved');
  });

  it('never runs two saves at once and sends what changed meanwhile afterwards', async () => {
    let finish: () => void = () => {};
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { saver } = setup(save);
    saver.change('one');
    await vi.advanceTimersByTimeAsync(600);
    saver.change('two');
    await vi.advanceTimersByTimeAsync(600);
    expect(save).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenLastCalledWith('two');
  });

  it('reports a failure and retries with the newest value', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined);
    const { saver, statuses } = setup(save);
    saver.change('x');
    await vi.advanceTimersByTimeAsync(600);
    expect(statuses.at(-1)).toBe('error');
    await vi.advanceTimersByTimeAsync(3000);
    expect(save).toHaveBeenLastCalledWith('x');
    expect(statuses.at(-1)).toBe('saved');
  });

  it('flush saves at once what is waiting', async () => {
    const save = vi.fn(async () => {});
    const { saver } = setup(save);
    saver.change('last keystroke');
    await saver.flush();
    expect(save).toHaveBeenCalledExactlyOnceWith('last keystroke');
    expect(saver.hasUnsaved).toBe(false);
  });
});
