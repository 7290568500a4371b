import { describe, expect, it } from 'vitest';
import { connectNodes, GraphRuleError, replaceConnection } from '../../../shared/graph/index';
import { edgeKeys, sampleJourney } from './sample-journey';

describe('connectNodes', () => {
  it('adds the edge with the given id, leaving the input untouched', () => {
    const before = sampleJourney();
    const after = connectNodes(before, { source: 'vip', sourceHandle: 'no', target: 'wait' }, 'e-new');
    expect(after.edges.at(-1)).toEqual({ id: 'e-new', source: 'vip', sourceHandle: 'no', target: 'wait' });
    expect(after.edges).toHaveLength(before.edges.length + 1);
    expect(before.edges).toHaveLength(4);
    expect(after.nodes).toBe(before.nodes);
    expect(after.notes).toBe(before.notes);
  });

  it('throws GraphRuleError carrying the reason when a rule refuses', () => {
    const journey = sampleJourney();
    expect(() => connectNodes(journey, { source: 'vip', sourceHandle: 'no', target: 'start' }, 'e-new')).toThrow(
      new GraphRuleError('Entry steps start a journey; nothing can lead into them.'),
    );
    try {
      connectNodes(journey, { source: 'vip', sourceHandle: 'yes', target: 'wait' }, 'e-new');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphRuleError);
      expect((error as Error).name).toBe('GraphRuleError');
      expect((error as Error).message).toContain('"Yes" output of "Is VIP?" is already connected');
    }
  });

  it('refuses an edge id already in use (a caller bug, not a rule)', () => {
    expect(() =>
      connectNodes(sampleJourney(), { source: 'vip', sourceHandle: 'no', target: 'wait' }, 'e-vip-sms'),
    ).toThrow(/already in use/);
  });
});

describe('replaceConnection', () => {
  it('swaps the edge on a taken output for the new one, in the same place in the list', () => {
    const before = sampleJourney();
    const after = replaceConnection(before, { source: 'vip', sourceHandle: 'yes', target: 'wait' }, 'e-replaced');
    expect(after.edges.map((e) => e.id)).toEqual(['e-start-email', 'e-email-vip', 'e-replaced', 'e-sms-done']);
    expect(edgeKeys(after)).toContain('vip.yes->wait');
    expect(edgeKeys(after)).not.toContain('vip.yes->sms');
    expect(edgeKeys(before)).toContain('vip.yes->sms');
  });

  it('may reuse the replaced edge id', () => {
    const after = replaceConnection(
      sampleJourney(),
      { source: 'vip', sourceHandle: 'yes', target: 'wait' },
      'e-vip-sms',
    );
    expect(after.edges.find((e) => e.id === 'e-vip-sms')?.target).toBe('wait');
  });

  it('connects a free output like connectNodes', () => {
    const after = replaceConnection(sampleJourney(), { source: 'vip', sourceHandle: 'no', target: 'wait' }, 'e-new');
    expect(after.edges).toHaveLength(5);
    expect(edgeKeys(after)).toContain('vip.no->wait');
  });

  it('returns the same journey when the output already leads there', () => {
    const journey = sampleJourney();
    expect(replaceConnection(journey, { source: 'vip', sourceHandle: 'yes', target: 'sms' }, 'e-new')).toBe(journey);
  });

  it('still applies the other rules', () => {
    const journey = sampleJourney();
    expect(() => replaceConnection(journey, { source: 'vip', sourceHandle: 'yes', target: 'start' }, 'e-new')).toThrow(
      GraphRuleError,
    );
    expect(() => replaceConnection(journey, { source: 'vip', sourceHandle: 'yes', target: 'vip' }, 'e-new')).toThrow(
      /cannot lead into itself/,
    );
  });
});
