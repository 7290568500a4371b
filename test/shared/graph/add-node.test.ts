import { describe, expect, it } from 'vitest';
import { JourneySchema } from '../../../shared/model/index';
import { addNode, GraphRuleError, insertNodeOnEdge } from '../../../shared/graph/index';
import { edgeKeys, node, sampleJourney } from './sample-journey';

describe('addNode', () => {
  it('appends the node without touching edges or the input', () => {
    const before = sampleJourney();
    const added = node('webhook', 'hook', 'Tell the CRM', 40, 80);
    const after = addNode(before, added);
    expect(after.nodes.at(-1)).toBe(added);
    expect(after.nodes).toHaveLength(before.nodes.length + 1);
    expect(after.edges).toBe(before.edges);
    expect(before.nodes.some((n) => n.id === 'hook')).toBe(false);
  });

  it('refuses an id already used by another node', () => {
    expect(() => addNode(sampleJourney(), node('delay', 'wait'))).toThrow(/"wait" is already in use/);
  });
});

describe('insertNodeOnEdge', () => {
  it('splits A→B into A→new→B, the old edge keeping its id and place', () => {
    const before = sampleJourney();
    const after = insertNodeOnEdge(before, {
      edgeId: 'e-email-vip',
      node: node('delay', 'pause', 'Pause'),
      newEdgeId: 'e-pause-vip',
    });
    expect(after.edges.map((e) => e.id)).toEqual([
      'e-start-email',
      'e-email-vip',
      'e-vip-sms',
      'e-sms-done',
      'e-pause-vip',
    ]);
    expect(after.edges[1]).toEqual({ id: 'e-email-vip', source: 'email', sourceHandle: 'next', target: 'pause' });
    expect(after.edges[4]).toEqual({ id: 'e-pause-vip', source: 'pause', sourceHandle: 'next', target: 'vip' });
    expect(JourneySchema.safeParse(after).success).toBe(true);
    expect(edgeKeys(before)).toContain('email.next->vip');
  });

  it('keeps the output the old edge left from', () => {
    const after = insertNodeOnEdge(sampleJourney(), {
      edgeId: 'e-vip-sms',
      node: node('delay', 'pause'),
      newEdgeId: 'e2',
    });
    expect(edgeKeys(after)).toEqual(expect.arrayContaining(['vip.yes->pause', 'pause.next->sms']));
  });

  it('places the node halfway between the two steps unless told where', () => {
    const journey = sampleJourney(); // email at (300, 0), vip at (600, 0); vip (600, 0), sms (900, -100)
    const atMidpoint = insertNodeOnEdge(journey, {
      edgeId: 'e-vip-sms',
      node: node('delay', 'pause', 'P', 5, 5),
      newEdgeId: 'e2',
    });
    expect(atMidpoint.nodes.find((n) => n.id === 'pause')?.position).toEqual({ x: 750, y: -50 });
    const placed = insertNodeOnEdge(journey, {
      edgeId: 'e-vip-sms',
      node: node('delay', 'pause'),
      newEdgeId: 'e2',
      position: { x: -7, y: 9 },
    });
    expect(placed.nodes.find((n) => n.id === 'pause')?.position).toEqual({ x: -7, y: 9 });
  });

  it('continues from the first output of a multi-output step', () => {
    const condition = insertNodeOnEdge(sampleJourney(), {
      edgeId: 'e-email-vip',
      node: node('condition', 'c'),
      newEdgeId: 'e2',
    });
    expect(edgeKeys(condition)).toContain('c.yes->vip');
    const split = insertNodeOnEdge(sampleJourney(), {
      edgeId: 'e-email-vip',
      node: node('randomSplit', 's'),
      newEdgeId: 'e2',
    });
    expect(edgeKeys(split)).toContain('s.a->vip');
  });

  it('refuses an exit, which could not continue to the old target', () => {
    const journey = sampleJourney();
    expect(() =>
      insertNodeOnEdge(journey, { edgeId: 'e-email-vip', node: node('exit', 'x', 'Stop'), newEdgeId: 'e2' }),
    ).toThrow(new GraphRuleError('"Stop" ends the journey, so it cannot go in the middle of a connection.'));
  });

  it('refuses an entry, since nothing may lead into it', () => {
    expect(() =>
      insertNodeOnEdge(sampleJourney(), { edgeId: 'e-email-vip', node: node('entry', 'e2'), newEdgeId: 'e9' }),
    ).toThrow(/Entry steps start a journey/);
  });

  it('refuses an edge that no longer exists', () => {
    expect(() =>
      insertNodeOnEdge(sampleJourney(), { edgeId: 'gone', node: node('delay', 'p'), newEdgeId: 'e2' }),
    ).toThrow(new GraphRuleError('That connection no longer exists.'));
  });

  it('refuses ids already in use', () => {
    expect(() =>
      insertNodeOnEdge(sampleJourney(), { edgeId: 'e-email-vip', node: node('delay', 'wait'), newEdgeId: 'e2' }),
    ).toThrow(/node id "wait"/);
    expect(() =>
      insertNodeOnEdge(sampleJourney(), { edgeId: 'e-email-vip', node: node('delay', 'p'), newEdgeId: 'e-sms-done' }),
    ).toThrow(/edge id "e-sms-done"/);
  });
});
