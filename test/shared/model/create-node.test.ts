import { describe, it, expect } from 'vitest';
import { ZodError } from 'zod';
import { createNode, nodeKinds, JourneyNodeSchema } from '../../../shared/model/index';

describe('createNode', () => {
  it("fills the kind's defaults and label", () => {
    const node = createNode('webhook', { id: 'hook-1', position: { x: 40, y: -80 } });
    expect(node).toEqual({
      id: 'hook-1',
      kind: 'webhook',
      label: 'Webhook',
      position: { x: 40, y: -80 },
      config: { method: 'POST', url: '', headers: [], bodyTemplate: '' },
    });
    // Typed by kind: the config is a webhook config without narrowing.
    expect(node.config.method).toBe('POST');
  });

  it('uses the label it is given', () => {
    expect(createNode('delay', { id: 'd', position: { x: 0, y: 0 }, label: 'Sleep on it' }).label).toBe('Sleep on it');
  });

  it('creates a valid node for every registered kind', () => {
    for (const kind of Object.keys(nodeKinds) as (keyof typeof nodeKinds)[]) {
      const node = createNode(kind, { id: `n-${kind}`, position: { x: 1, y: 2 } });
      expect(JourneyNodeSchema.safeParse(node).success, kind).toBe(true);
      expect(node.label).toBe(nodeKinds[kind].label);
    }
  });

  it('gives each node its own config object', () => {
    const first = createNode('message', { id: 'a', position: { x: 0, y: 0 } });
    const second = createNode('message', { id: 'b', position: { x: 0, y: 0 } });
    first.config.fallbacks.push({ channel: 'sms', templateId: null });
    expect(second.config.fallbacks).toEqual([]);
  });

  it('refuses an empty id or an impossible position', () => {
    expect(() => createNode('exit', { id: '', position: { x: 0, y: 0 } })).toThrow(ZodError);
    expect(() => createNode('exit', { id: 'x', position: { x: Number.NaN, y: 0 } })).toThrow(ZodError);
  });
});
