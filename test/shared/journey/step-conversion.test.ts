import { describe, expect, it } from 'vitest';
import { lowestConversion, stepConversions, type StepFlow } from '../../../shared/journey/step-conversion';

const flow = (nodeId: string, entered: number, inFlight = 0): StepFlow => ({ nodeId, entered, inFlight });
const edge = (source: string, target: string) => ({ source, target });

describe('step conversion', () => {
  it('is the share of the previous step that came on; entries have none', () => {
    const steps = [flow('entry', 100), flow('mail', 80), flow('exit', 20)];
    const conversions = stepConversions(steps, [edge('entry', 'mail'), edge('mail', 'exit')]);
    expect(Object.fromEntries(conversions)).toEqual({ entry: null, mail: 0.8, exit: 0.25 });
    expect(lowestConversion(steps, conversions)).toBe('exit');
  });

  it('splits a condition between its branches and leaves out contacts still waiting before the step', () => {
    const steps = [
      flow('entry', 50),
      flow('vip', 50),
      flow('gold', 15),
      flow('other', 35),
      flow('wait', 35, 25),
      flow('after', 4),
    ];
    const edges = [
      edge('entry', 'vip'),
      edge('vip', 'gold'),
      edge('vip', 'other'),
      edge('other', 'wait'),
      edge('wait', 'after'),
    ];
    const conversions = stepConversions(steps, edges);
    expect(conversions.get('gold')).toBe(0.3);
    expect(conversions.get('other')).toBe(0.7);
    expect(conversions.get('wait')).toBe(1);
    // 35 entered the wait, 25 are still in it: 4 of the 10 who left came on.
    expect(conversions.get('after')).toBe(0.4);
    expect(lowestConversion(steps, conversions)).toBe('gold');
  });

  it('sums every step leading into a merge, counts a repeated connection once, and ties go to the first step', () => {
    const steps = [flow('entry', 10), flow('a', 5), flow('b', 5), flow('join', 10), flow('end', 5), flow('end2', 5)];
    const edges = [
      edge('entry', 'a'),
      edge('entry', 'b'),
      edge('a', 'join'),
      edge('a', 'join'),
      edge('b', 'join'),
      edge('join', 'end'),
      edge('join', 'end2'),
    ];
    const conversions = stepConversions(steps, edges);
    expect(conversions.get('join')).toBe(1);
    expect(conversions.get('a')).toBe(0.5);
    expect(lowestConversion(steps, conversions)).toBe('a');
  });

  it('has no conversion while nobody has left the steps before, and no lowest step then', () => {
    const steps = [flow('entry', 3, 3), flow('next', 0)];
    const conversions = stepConversions(steps, [edge('entry', 'next')]);
    expect(conversions.get('next')).toBeNull();
    expect(lowestConversion(steps, conversions)).toBeNull();
  });

  it('clamps a loop that brings contacts back above one, and ignores edges to unknown steps and self-loops', () => {
    const steps = [flow('entry', 2), flow('retry', 6), flow('done', 2)];
    const edges = [edge('entry', 'retry'), edge('retry', 'retry'), edge('retry', 'done'), edge('ghost', 'done')];
    const conversions = stepConversions(steps, edges);
    expect(conversions.get('retry')).toBe(1);
    expect(conversions.get('done')).toBeCloseTo(2 / 6);
  });
});
