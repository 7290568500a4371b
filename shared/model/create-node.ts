import type { Position } from './geometry';
import type { NodeOfKind } from './journey-node';
import { getNodeKind, type NodeKind } from './nodes/registry';
import type { AnyNodeKindDefinition } from './nodes/define-node-kind';

export interface NewNodeInit {
  id: string;
  position: Position;
  /** Defaults to the kind's label, e.g. "Wait for event". */
  label?: string;
}

export function createNode<K extends NodeKind>(kind: K, { id, position, label }: NewNodeInit): NodeOfKind<K> {
  const definition: AnyNodeKindDefinition = getNodeKind(kind);
  // Parsing checks the caller's id and position too; the cast is sound because the schema is this kind's.
  return definition.nodeSchema.parse({
    id,
    kind,
    label: label ?? definition.label,
    position,
    config: definition.defaults(),
  }) as NodeOfKind<K>;
}
