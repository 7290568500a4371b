import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createEmptyJourney, createNode } from '../../../../shared/model/index';
import { freeOutput, insertStep, positionAfter } from '../../../../renderer/src/editor/palette/insert-step';
import { paletteGroups } from '../../../../renderer/src/editor/palette/palette-items';
import { nodeKinds, CHANNELS, NODE_KIND_DEFINITIONS } from '../../../../shared/model/index';
import { defineNodeKind, nextOutput } from '../../../../shared/model/nodes/define-node-kind';

const base = createEmptyJourney({ id: 'j', name: 'J', now: '2026-01-01T00:00:00.000Z' });

describe('inserting a step from the palette', () => {
  it('connects the new step after the selected one on its first free output', () => {
    const condition = createNode('condition', { id: 'c', position: { x: 0, y: 0 } });
    const exit = createNode('exit', { id: 'x', position: { x: 300, y: 0 } });
    const journey = {
      ...base,
      nodes: [condition, exit],
      edges: [{ id: 'e1', source: 'c', sourceHandle: 'yes', target: 'x' }],
    };
    expect(freeOutput(journey, condition)).toBe('no');
    const delay = createNode('delay', { id: 'd', position: positionAfter(condition, 'LR') });
    const next = insertStep(journey, delay, 'c');
    expect(next.edges.find((e) => e.target === 'd')).toMatchObject({ source: 'c', sourceHandle: 'no' });
    expect(delay.position).toEqual({ x: 320, y: 0 });
  });

  it('adds without connecting when nothing is selected, the outputs are taken, or the step is an entry', () => {
    const message = createNode('message', { id: 'm', position: { x: 0, y: 0 } });
    const journey = { ...base, nodes: [message] };
    const entry = createNode('entry', { id: 'en', position: { x: 0, y: 0 } });
    expect(insertStep(journey, entry, 'm').edges).toEqual([]);
    expect(insertStep(journey, createNode('exit', { id: 'x', position: { x: 0, y: 0 } }), null).edges).toEqual([]);
    expect(insertStep(journey, createNode('exit', { id: 'x', position: { x: 0, y: 0 } }), 'm').edges).toHaveLength(1);
  });

  it('offers every kind of the model, messages once per channel', () => {
    const items = paletteGroups().flatMap((group) => group.items);
    expect(new Set(items.map((item) => item.kind))).toEqual(new Set(Object.keys(nodeKinds)));
    expect(items.filter((item) => item.kind === 'message').map((item) => item.channel)).toEqual(
      CHANNELS.map((c) => c.id),
    );
  });

  it('offers a new kind of any group in its group without a change here', () => {
    const postcard = defineNodeKind({
      kind: 'postcard',
      group: 'message',
      label: 'Postcard',
      description: 'Prints and posts a card.',
      config: z.object({}).strict(),
      defaults: () => ({}),
      outputs: nextOutput,
      summary: () => 'Postcard',
    });
    const groups = paletteGroups([...NODE_KIND_DEFINITIONS, postcard]);
    expect(groups.map((group) => group.title)).toEqual(['Entry', 'Messages', 'Flow control', 'Exit']);
    const messages = groups.find((group) => group.id === 'message')!.items;
    expect(messages.map((item) => item.label)).toEqual([...CHANNELS.map((c) => c.label), 'Postcard']);
    expect(messages.at(-1)).toEqual({ kind: 'postcard', label: 'Postcard' });
  });
});
