import { describe, it, expect } from 'vitest';
import { NODE_GROUPS, getNodeKind, isNodeKind, nodeKinds, NODE_KIND_DEFINITIONS } from '../../../../shared/model/index';

const EXPECTED_KINDS = [
  'entry',
  'message',
  'condition',
  'waitForEvent',
  'randomSplit',
  'retarget',
  'delay',
  'webhook',
  'updateProfile',
  'exit',
];

describe('node kind registry', () => {
  it('holds every kind the product describes, keyed by its own kind', () => {
    expect(Object.keys(nodeKinds)).toEqual(EXPECTED_KINDS);
    for (const [key, definition] of Object.entries(nodeKinds)) expect(definition.kind).toBe(key);
  });

  it('gives every kind a palette group, a label and a description', () => {
    for (const definition of NODE_KIND_DEFINITIONS) {
      expect(NODE_GROUPS).toContain(definition.group);
      expect(definition.label.trim()).not.toBe('');
      expect(definition.description.trim()).not.toBe('');
    }
  });

  it("has defaults that satisfy each kind's own config schema, with unique output ids", () => {
    for (const definition of NODE_KIND_DEFINITIONS) {
      const result = definition.config.safeParse(definition.defaults());
      expect(result.success, `${definition.kind} defaults`).toBe(true);
      const ids = definition.outputs(definition.defaults() as never).map((output) => output.id);
      expect(new Set(ids).size, `${definition.kind} output ids`).toBe(ids.length);
    }
  });

  it('only exit steps end a path: every other kind has at least one output by default', () => {
    for (const definition of NODE_KIND_DEFINITIONS) {
      const outputCount = definition.outputs(definition.defaults() as never).length;
      if (definition.group === 'exit') expect(outputCount, definition.kind).toBe(0);
      else expect(outputCount, definition.kind).toBeGreaterThan(0);
    }
  });

  it('looks kinds up by name and refuses unknown names, including Object.prototype keys', () => {
    expect(getNodeKind('delay')).toBe(nodeKinds.delay);
    expect(getNodeKind('sendFax')).toBeUndefined();
    expect(getNodeKind('toString')).toBeUndefined();
    expect(isNodeKind('webhook')).toBe(true);
    expect(isNodeKind('constructor')).toBe(false);
  });

  it('cannot be modified at run time', () => {
    expect(Object.isFrozen(nodeKinds)).toBe(true);
    expect(Object.isFrozen(nodeKinds.message)).toBe(true);
  });
});
