import { describe, expect, it } from 'vitest';
import { updateNode } from '../../../shared/graph/index';
import { sampleJourney } from './sample-journey';

describe('updateNode', () => {
  it('replaces the node with what the updater returns, keeping the others', () => {
    const before = sampleJourney();
    const after = updateNode(before, 'email', (n) =>
      n.kind === 'message' ? { ...n, label: 'Hello', config: { ...n.config, channel: 'sms' } } : n,
    );
    const email = after.nodes.find((n) => n.id === 'email');
    expect(email?.label).toBe('Hello');
    expect(email?.kind === 'message' && email.config.channel).toBe('sms');
    expect(after.nodes.filter((n) => n.id !== 'email')).toEqual(before.nodes.filter((n) => n.id !== 'email'));
    expect(after.nodes[0]).toBe(before.nodes[0]);
    expect(after.edges).toBe(before.edges);
  });

  it('returns the same journey when the updater changes nothing or the node is missing', () => {
    const journey = sampleJourney();
    expect(updateNode(journey, 'email', (n) => n)).toBe(journey);
    expect(updateNode(journey, 'ghost', (n) => ({ ...n, label: 'x' }))).toBe(journey);
  });

  it('refuses to change the id, which edges and selection refer to', () => {
    expect(() => updateNode(sampleJourney(), 'email', (n) => ({ ...n, id: 'renamed' }))).toThrow(/cannot change/);
  });
});
