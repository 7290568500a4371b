import { describe, expect, it } from 'vitest';
import type { ActivationImpact } from '../../../../shared/contract/index';
import {
  activatedChangesMessage,
  changeText,
  impactSummary,
  initialChoices,
  movesOf,
} from '../../../../renderer/src/editor/lifecycle/activation-impact-view';

const impact: ActivationImpact = {
  liveVersion: 2,
  newVersion: 3,
  steps: [
    {
      version: 2,
      nodeId: 'wait',
      label: 'Wait 2 days',
      kind: 'delay',
      inFlight: 3,
      change: 'removed',
      defaultTarget: 'msg',
    },
    {
      version: 2,
      nodeId: 'msg',
      label: 'First',
      kind: 'message',
      inFlight: 1,
      change: 'unchanged',
      defaultTarget: 'msg',
    },
    { version: 1, nodeId: 'gone', label: 'Gone', kind: 'delay', inFlight: 2, change: 'removed', defaultTarget: null },
  ],
  targets: [
    { nodeId: 'reminder', label: 'Reminder', kind: 'message' },
    { nodeId: 'msg', label: 'First', kind: 'message' },
  ],
};

describe('the impact of activating changes, as the dialog shows it', () => {
  it('offers a move only at changed or removed steps, everyone staying unless told otherwise', () => {
    const choices = initialChoices(impact);
    expect([...choices]).toEqual([
      ['2:wait', { move: false, to: 'msg' }],
      // No step after it was kept: the first step of the new version is offered.
      ['1:gone', { move: false, to: 'reminder' }],
    ]);
    expect(movesOf(impact, choices)).toEqual([]);
    const chosen = new Map(choices).set('2:wait', { move: true, to: 'reminder' });
    expect(movesOf(impact, chosen)).toEqual([{ version: 2, nodeId: 'wait', to: 'reminder' }]);
  });

  it('says how many are in flight and how many at steps that change', () => {
    expect(impactSummary(impact)).toBe('6 contacts in flight: 5 at steps version 3 changes or removes.');
    expect(impactSummary({ ...impact, steps: [impact.steps[1]!] })).toBe(
      '1 contact in flight, none of them at a step version 3 changes.',
    );
    expect(impactSummary({ ...impact, steps: [] })).toBe(
      'Nobody is in flight: version 3 changes the way only for those who enter from now on.',
    );
    expect(changeText(impact.steps[0]!, 3)).toBe('removed in version 3');
    expect(changeText(impact.steps[1]!, 3)).toBe('unchanged');
  });

  it('says how many moved once the changes are live', () => {
    expect(activatedChangesMessage({ version: 3, moved: 0, stayedMidStep: 0 })).toBe(
      'Changes activated: version 3 is live.',
    );
    expect(activatedChangesMessage({ version: 3, moved: 4, stayedMidStep: 1 })).toBe(
      'Changes activated: version 3 is live; 4 contacts moved to it (1 contact in the middle of a step stayed on its version).',
    );
  });
});
