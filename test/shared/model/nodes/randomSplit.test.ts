import { describe, it, expect } from 'vitest';
import { randomSplitNodeKind } from '../../../../shared/model/nodes/randomSplit';
import { issuesOf } from '../issues-of';

const { config: schema } = randomSplitNodeKind;

describe('randomSplit node kind', () => {
  it('defaults to two even paths with stable ids', () => {
    const defaults = randomSplitNodeKind.defaults();
    expect(schema.parse(defaults)).toEqual({
      branches: [
        { id: 'a', label: 'Path A', percent: 50 },
        { id: 'b', label: 'Path B', percent: 50 },
      ],
    });
    expect(randomSplitNodeKind.defaults()).toEqual(defaults);
    // Fresh objects each time, so editing one node's branches never leaks into the next node.
    expect(randomSplitNodeKind.defaults().branches).not.toBe(defaults.branches);
  });

  it('has one output per branch, in branch order, labelled like the branch', () => {
    const config = {
      branches: [
        { id: 'control', label: 'Control', percent: 20 },
        { id: 'x7', label: 'Discount', percent: 30 },
        { id: 'x8', label: 'Free shipping', percent: 50 },
      ],
    };
    expect(randomSplitNodeKind.outputs(config)).toEqual([
      { id: 'control', label: 'Control' },
      { id: 'x7', label: 'Discount' },
      { id: 'x8', label: 'Free shipping' },
    ]);
  });

  it('summarises the percentages', () => {
    expect(randomSplitNodeKind.summary(randomSplitNodeKind.defaults())).toBe('50% / 50%');
    expect(
      randomSplitNodeKind.summary({
        branches: [
          { id: 'a', label: 'A', percent: 70 },
          { id: 'b', label: 'B', percent: 20 },
          { id: 'c', label: 'C', percent: 10 },
        ],
      }),
    ).toBe('70% / 20% / 10%');
    expect(randomSplitNodeKind.summary({ branches: [] })).toBe('No paths');
  });

  it('accepts percentages that do not add up yet (a draft), but not outside 0..100', () => {
    expect(issuesOf(schema, { branches: [{ id: 'a', label: 'A', percent: 10 }] })).toEqual([]);
    expect(issuesOf(schema, { branches: [{ id: 'a', label: 'A', percent: 120 }] })).toEqual([
      { path: 'branches[0].percent', message: 'Too big: expected number to be <=100' },
    ]);
  });

  it('rejects duplicate branch ids, since they would be indistinguishable outputs', () => {
    const config = {
      branches: [
        { id: 'a', label: 'A', percent: 50 },
        { id: 'a', label: 'A again', percent: 50 },
      ],
    };
    expect(issuesOf(schema, config)).toEqual([{ path: 'branches[1].id', message: 'Duplicate branch id "a"' }]);
  });
});
