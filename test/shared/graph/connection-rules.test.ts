import { describe, expect, it } from 'vitest';
import { checkConnection, ConnectionRules, stepName } from '../../../shared/graph/index';
import { edge, journeyWith, node, sampleJourney } from './sample-journey';

describe('checkConnection', () => {
  const journey = sampleJourney();

  it('allows a free output to lead into a step', () => {
    expect(checkConnection(journey, { source: 'vip', sourceHandle: 'no', target: 'wait' })).toEqual({ ok: true });
  });

  it('allows several outputs to lead into one step (paths merging)', () => {
    expect(checkConnection(journey, { source: 'wait', sourceHandle: 'next', target: 'sms' }).ok).toBe(true);
  });

  it('allows two outputs of one step into the same step: they are different edges', () => {
    expect(checkConnection(journey, { source: 'vip', sourceHandle: 'no', target: 'sms' }).ok).toBe(true);
  });

  it('allows a path to loop back to an earlier step', () => {
    expect(checkConnection(journey, { source: 'wait', sourceHandle: 'next', target: 'email' }).ok).toBe(true);
  });

  it('refuses when either step is missing', () => {
    expect(checkConnection(journey, { source: 'ghost', sourceHandle: 'next', target: 'wait' })).toEqual({
      ok: false,
      rule: 'missing-source',
      reason: 'The step this connection starts from no longer exists.',
    });
    expect(checkConnection(journey, { source: 'wait', sourceHandle: 'next', target: 'ghost' })).toMatchObject({
      ok: false,
      rule: 'missing-target',
    });
  });

  it('refuses anything after an exit, which has no outputs', () => {
    expect(checkConnection(journey, { source: 'done', sourceHandle: 'next', target: 'wait' })).toEqual({
      ok: false,
      rule: 'no-outputs',
      reason: '"Done" ends the journey, so nothing can follow it.',
    });
  });

  it('refuses a handle the step does not have', () => {
    expect(checkConnection(journey, { source: 'vip', sourceHandle: 'maybe', target: 'wait' })).toEqual({
      ok: false,
      rule: 'unknown-output',
      reason: '"Is VIP?" has no output called "maybe".',
    });
    // "next" is the usual handle, but a condition only has yes/no.
    expect(checkConnection(journey, { source: 'vip', sourceHandle: 'next', target: 'wait' }).ok).toBe(false);
  });

  it('refuses anything leading into an entry step', () => {
    expect(checkConnection(journey, { source: 'vip', sourceHandle: 'no', target: 'start' })).toEqual({
      ok: false,
      rule: 'into-entry',
      reason: 'Entry steps start a journey; nothing can lead into them.',
    });
  });

  it('refuses a step leading into itself', () => {
    expect(checkConnection(journey, { source: 'wait', sourceHandle: 'next', target: 'wait' })).toEqual({
      ok: false,
      rule: 'self-loop',
      reason: '"Wait a day" cannot lead into itself.',
    });
  });

  it('refuses a second edge on an output, naming the output and the step', () => {
    expect(checkConnection(journey, { source: 'vip', sourceHandle: 'yes', target: 'wait' })).toEqual({
      ok: false,
      rule: 'output-in-use',
      reason:
        'The "Yes" output of "Is VIP?" is already connected. Delete that connection first or drop the new one on it to replace it.',
    });
  });

  it('refuses an edge identical to an existing one', () => {
    expect(checkConnection(journey, { source: 'vip', sourceHandle: 'yes', target: 'sms' })).toEqual({
      ok: false,
      rule: 'duplicate',
      reason: 'The "Yes" output of "Is VIP?" already leads to "VIP SMS".',
    });
  });

  it('knows the outputs of every multi-output kind', () => {
    const branched = journeyWith([
      node('randomSplit', 'split', 'A/B'),
      node('waitForEvent', 'opened', 'Opened?'),
      node('webhook', 'hook'),
      node('retarget', 'bought'),
      node('exit', 'end'),
    ]);
    for (const [source, handle] of [
      ['split', 'a'],
      ['split', 'b'],
      ['opened', 'event'],
      ['opened', 'timeout'],
      ['hook', 'success'],
      ['hook', 'failure'],
      ['bought', 'converted'],
      ['bought', 'notConverted'],
    ] as const) {
      expect(checkConnection(branched, { source, sourceHandle: handle, target: 'end' }).ok, `${source}.${handle}`).toBe(
        true,
      );
    }
    expect(checkConnection(branched, { source: 'split', sourceHandle: 'c', target: 'end' }).ok).toBe(false);
  });

  it('names unlabelled steps by their kind', () => {
    const unlabelled = journeyWith(
      [node('condition', 'c', '  '), node('exit', 'x1'), node('exit', 'x2')],
      [edge('e', 'c', 'no', 'x1')],
    );
    expect(checkConnection(unlabelled, { source: 'c', sourceHandle: 'no', target: 'x2' })).toMatchObject({
      reason: expect.stringContaining('The "No" output of "Condition" is already connected.'),
    });
    expect(checkConnection(unlabelled, { source: 'x1', sourceHandle: 'next', target: 'x2' })).toMatchObject({
      reason: '"Exit" ends the journey, so nothing can follow it.',
    });
  });
});

describe('stepName', () => {
  it('is the trimmed label, or the kind label while blank', () => {
    expect(stepName(node('delay', 'd', ' Sleep '))).toBe('Sleep');
    expect(stepName(node('waitForEvent', 'w', ''))).toBe('Wait for event');
  });
});

describe('ConnectionRules', () => {
  it('sees edges recorded with addEdge as taking their output', () => {
    const rules = ConnectionRules.of(sampleJourney());
    const connection = { source: 'vip', sourceHandle: 'no', target: 'wait' };
    expect(rules.check(connection).ok).toBe(true);
    rules.addEdge({ id: 'new', ...connection });
    expect(rules.check(connection)).toMatchObject({ ok: false, rule: 'duplicate' });
    expect(rules.check({ ...connection, target: 'done2' })).toMatchObject({ ok: false, rule: 'output-in-use' });
    expect(rules.edgeOn('vip', 'no')?.id).toBe('new');
  });
});
