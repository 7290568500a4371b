import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../shared/validation/index';
import { summariseNodeProblems } from '../../../../renderer/src/editor/problems/node-problems';
import {
  countProblems,
  describeCounts,
  problemsChipText,
  problemsHeading,
} from '../../../../renderer/src/editor/problems/problem-counts';
import { mergeProblems } from '../../../../renderer/src/editor/problems/merge-problems';
import { problemViews } from '../../../../renderer/src/editor/problems/problem-views';
import { brokenJourney } from './broken-journey';

const error = (
  nodeId: string | undefined,
  message: string,
  code: Diagnostic['code'] = 'MISSING_TEMPLATE',
): Diagnostic => ({
  severity: 'error',
  code,
  message,
  hint: 'h',
  ...(nodeId ? { nodeId } : {}),
});
const warning = (nodeId: string | undefined, message: string, code: Diagnostic['code'] = 'DEAD_END'): Diagnostic => ({
  ...error(nodeId, message, code),
  severity: 'warning',
});

describe('problem badges per step', () => {
  it('count every problem of a step, take the worst severity and the first message of it', () => {
    const badges = summariseNodeProblems([
      error('a', 'a1'),
      error('a', 'a2'),
      warning('a', 'a3'),
      warning('b', 'b1'),
      warning('b', 'b2'),
      error(undefined, 'journey'),
    ]);
    expect(Object.fromEntries(badges)).toEqual({
      a: { count: 3, severity: 'error', message: 'a1' },
      b: { count: 2, severity: 'warning', message: 'b1' },
    });
  });

  it('let a later error take over the tooltip from a warning', () => {
    expect(summariseNodeProblems([warning('a', 'w'), error('a', 'e', 'CHANNEL_NOT_CONFIGURED')]).get('a')).toEqual({
      count: 2,
      severity: 'error',
      message: 'e',
    });
  });

  it('keep the objects of unchanged badges, and the whole map when nothing changed', () => {
    const first = summariseNodeProblems([error('a', 'a1'), warning('b', 'b1')]);
    const same = summariseNodeProblems([error('a', 'a1'), warning('b', 'b1')], first);
    expect(same).toBe(first);
    const next = summariseNodeProblems([error('a', 'a1'), warning('b', 'b1'), warning('b', 'b2')], first);
    expect(next).not.toBe(first);
    expect(next.get('a')).toBe(first.get('a'));
    expect(next.get('b')).not.toBe(first.get('b'));
    // A badge that goes away changes the map too.
    expect(summariseNodeProblems([error('a', 'a1')], first)).not.toBe(first);
  });
});

describe('problem counts in words', () => {
  it('say how many errors and warnings there are', () => {
    const counts = countProblems([error('a', '1'), error('b', '2'), warning('c', '3')]);
    expect(counts).toEqual({ errors: 2, warnings: 1 });
    expect(problemsHeading(counts)).toBe('Problems · 2 errors, 1 warning');
    expect(problemsChipText(counts)).toBe('3 problems');
    expect(problemsChipText({ errors: 0, warnings: 1 })).toBe('1 problem');
    expect(problemsChipText({ errors: 0, warnings: 0 })).toBe('No problems');
    expect(describeCounts({ errors: 0, warnings: 0 })).toBe('none');
    expect(problemsHeading({ errors: 1, warnings: 0 })).toBe('Problems · 1 error');
  });
});

describe('live and explicit results together', () => {
  const journey = brokenJourney();
  const notConfigured = (nodeId: string): Diagnostic => ({
    ...warning(nodeId, `Email has no provider (${nodeId})`, 'CHANNEL_NOT_CONFIGURED'),
  });

  it('before the first live check, show the explicit result as it is', () => {
    const checked = [error('welcome', 'x'), notConfigured('welcome')];
    expect(mergeProblems(null, checked, journey)).toBe(checked);
    expect(mergeProblems(null, null, journey)).toEqual([]);
  });

  it('afterwards, the live result plus only what the server alone can know, while its step exists', () => {
    const live = [error('welcome', 'live error'), warning('split', 'live warning')];
    const checked = [error('welcome', 'stale error'), notConfigured('welcome'), notConfigured('deleted_step')];
    expect(mergeProblems(live, checked, journey).map((d) => d.message)).toEqual([
      'live error',
      'live warning',
      'Email has no provider (welcome)',
    ]);
    expect(mergeProblems(live, [], journey)).toBe(live);
  });

  it('name each row after its step once, and keep rows (and the list) that read the same', () => {
    const diagnostics = [
      error('welcome', 'no template'),
      warning(undefined, 'journey-wide', 'TOO_LARGE'),
      error('welcome', 'no template'),
    ];
    const views = problemViews(diagnostics, journey);
    expect(views.map((v) => v.stepName)).toEqual(['Welcome', null, 'Welcome']);
    expect(new Set(views.map((v) => v.key)).size).toBe(3);
    const again = problemViews(
      diagnostics.map((d) => ({ ...d })),
      journey,
      views,
    );
    expect(again).toBe(views);
    const changed = problemViews(
      [error('welcome', 'no template'), warning(undefined, 'journey-wide, reworded', 'TOO_LARGE')],
      journey,
      views,
    );
    expect(changed[0]).toBe(views[0]);
    expect(changed[1]).not.toBe(views[1]);
  });
});
