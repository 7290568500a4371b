import { describe, it, expect } from 'vitest';
import { v1ToV2 } from '../../../../shared/model/migrations/v1-to-v2';

describe('migration v1 → v2', () => {
  it('renames node and edge fields, keeping key order and everything else', () => {
    const migrated = v1ToV2.migrate({
      id: 'j',
      settings: { primaryChannel: 'sms', language: 'es' },
      nodes: [{ id: 'n1', type: 'exit', label: 'End', position: { x: 0, y: 0 }, data: {} }],
      edges: [{ id: 'e1', from: 'n0', fromPort: 'next', to: 'n1' }],
    });
    expect(migrated).toEqual({
      id: 'j',
      settings: { primaryChannel: 'sms', languages: ['es'] },
      nodes: [{ id: 'n1', kind: 'exit', label: 'End', position: { x: 0, y: 0 }, config: {} }],
      edges: [{ id: 'e1', source: 'n0', sourceHandle: 'next', target: 'n1' }],
      notes: [],
    });
    const [node] = migrated.nodes as Record<string, unknown>[];
    expect(Object.keys(node!)).toEqual(['id', 'kind', 'label', 'position', 'config']);
  });

  it('turns a missing or empty language into no languages', () => {
    expect(v1ToV2.migrate({ settings: {} }).settings).toEqual({ languages: [] });
    expect(v1ToV2.migrate({ settings: { language: '' } }).settings).toEqual({ languages: [] });
  });

  it('keeps a malformed language so the schema can report it rather than silently dropping it', () => {
    expect(v1ToV2.migrate({ settings: { language: 7 } }).settings).toEqual({ languages: [7] });
  });

  it('leaves parts it does not recognise for the schema to report', () => {
    expect(v1ToV2.migrate({ settings: 'x', nodes: 'y', edges: [null, 3] })).toEqual({
      settings: 'x',
      nodes: 'y',
      edges: [null, 3],
      notes: [],
    });
  });
});
