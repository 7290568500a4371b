import { describe, expect, it } from 'vitest';
import {
  beginGesture,
  emptyHistory,
  endGesture,
  HISTORY_LIMIT,
  record,
  redo,
  undo,
} from '../../../../renderer/src/editor/state/history';

describe('history', () => {
  it('undoes and redoes single steps in order', () => {
    let history = emptyHistory<string>();
    history = record(history, 'a');
    history = record(history, 'b');
    const first = undo(history, 'c')!;
    expect(first.state).toBe('b');
    const second = undo(first.history, first.state)!;
    expect(second.state).toBe('a');
    expect(undo(second.history, second.state)).toBeNull();
    const again = redo(second.history, second.state)!;
    expect(again.state).toBe('b');
    expect(redo(again.history, again.state)!.state).toBe('c');
  });

  it('records a whole gesture as one step, and nothing for a gesture that changed nothing', () => {
    let history = beginGesture(emptyHistory<string>(), 'start');
    history = beginGesture(history, 'moved-1'); // a second begin keeps the original base
    history = endGesture(history, 'moved-3');
    expect(history.past).toEqual(['start']);
    const unchanged = endGesture(beginGesture(history, 'same'), 'same');
    expect(unchanged.past).toEqual(['start']);
  });

  it('an undo during a gesture ends it first, returning to where it began', () => {
    const history = beginGesture(emptyHistory<string>(), 'before-drag');
    const result = undo(history, 'mid-drag')!;
    expect(result.state).toBe('before-drag');
    expect(result.history.future).toEqual(['mid-drag']);
  });

  it('a new edit clears the redo stack', () => {
    const undone = undo(record(emptyHistory<string>(), 'a'), 'b')!;
    expect(undone.history.future).toEqual(['b']);
    expect(record(undone.history, 'a').future).toEqual([]);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let history = emptyHistory<number>();
    for (let i = 0; i < HISTORY_LIMIT + 25; i++) history = record(history, i);
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]).toBe(25);
  });
});
