import { describe, expect, it } from 'vitest';
import { stepFates } from '../../../shared/journey/live-edit-impact';
import { createEmptyJourney, createNode, type Journey, type JourneyNode } from '../../../shared/model/index';

const node = (id: string, kind: JourneyNode['kind'], label?: string): JourneyNode => {
  const made = createNode(kind, { id, position: { x: 0, y: 0 } });
  return label === undefined ? made : { ...made, label };
};
const link = (source: string, target: string, sourceHandle = 'next') => ({
  id: `${source}-${sourceHandle}`,
  source,
  sourceHandle,
  target,
});

function journey(nodes: JourneyNode[], edges: ReturnType<typeof link>[]): Journey {
  return { ...createEmptyJourney({ id: 'j', name: 'J', now: '2026-01-01T00:00:00.000Z' }), nodes, edges };
}

const live = journey(
  [
    node('entry', 'entry'),
    node('wait', 'delay', 'Wait'),
    node('gone', 'delay'),
    node('msg', 'message'),
    node('exit', 'exit'),
  ],
  [link('entry', 'wait'), link('wait', 'gone'), link('gone', 'msg'), link('msg', 'exit')],
);

describe('stepFates', () => {
  it('a step kept as it was is unchanged, even renamed or moved on the canvas', () => {
    const renamed = journey(
      live.nodes.map((n) => (n.id === 'wait' ? { ...n, label: 'Pause', position: { x: 50, y: 50 } } : n)),
      live.edges,
    );
    expect(stepFates(live, renamed).get('wait')).toEqual({ change: 'unchanged', defaultTarget: 'wait' });
  });

  it('a step whose settings or outputs differ is changed, and a move keeps it at the same step', () => {
    const longer = journey(
      live.nodes.map((n) =>
        n.kind === 'delay' && n.id === 'wait'
          ? { ...n, config: { mode: 'duration' as const, duration: { amount: 9, unit: 'days' as const } } }
          : n,
      ),
      live.edges,
    );
    expect(stepFates(live, longer).get('wait')).toEqual({ change: 'changed', defaultTarget: 'wait' });
    const rewired = journey(live.nodes, [
      link('entry', 'wait'),
      link('wait', 'msg'),
      link('gone', 'msg'),
      link('msg', 'exit'),
    ]);
    expect(stepFates(live, rewired).get('wait')?.change).toBe('changed');
    expect(stepFates(live, rewired).get('msg')?.change).toBe('unchanged');
  });

  it('a removed step moves by default to the first step after it that the new version kept, never to an entry', () => {
    const without = journey(
      live.nodes.filter((n) => n.id !== 'wait' && n.id !== 'gone'),
      [link('entry', 'msg'), link('msg', 'exit')],
    );
    const fates = stepFates(live, without);
    expect(fates.get('wait')).toEqual({ change: 'removed', defaultTarget: 'msg' });
    expect(fates.get('gone')).toEqual({ change: 'removed', defaultTarget: 'msg' });
    expect(fates.get('entry')).toEqual({ change: 'changed', defaultTarget: 'msg' });
    const bare = journey([node('entry', 'entry')], []);
    expect(stepFates(live, bare).get('exit')).toEqual({ change: 'removed', defaultTarget: null });
  });
});
