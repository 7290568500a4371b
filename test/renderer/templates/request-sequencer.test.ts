import { describe, expect, it } from 'vitest';
import { createRequestSequencer } from '../../../renderer/src/templates/editor/request-sequencer';

describe('request sequencer', () => {
  it('refuses an answer older than one already shown', () => {
    const seq = createRequestSequencer();
    const first = seq.issue();
    const second = seq.issue();
    expect(seq.accept(second)).toBe(true);
    expect(seq.accept(first)).toBe(false);
    expect(seq.isSettled()).toBe(true);
  });

  it('shows answers in order as they come while typing continues', () => {
    const seq = createRequestSequencer();
    const a = seq.issue();
    const b = seq.issue();
    const c = seq.issue();
    expect(seq.accept(a)).toBe(true);
    expect(seq.isSettled()).toBe(false);
    expect(seq.accept(c)).toBe(true);
    expect(seq.accept(b)).toBe(false);
    expect(seq.accept(c)).toBe(false);
  });
});
