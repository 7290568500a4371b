import { z } from 'zod';
import type { AnyNodeKindDefinition, NodeOutput } from './nodes/define-node-kind';
import { NODE_KIND_DEFINITIONS, getNodeKind, type NodeKind } from './nodes/registry';
import { discriminatorError } from './discriminator-error';

// Generic so the mapped type keeps the tuple shape (TypeScript only does that for type parameters).
type NodeSchemasOf<Definitions extends readonly unknown[]> = {
  readonly [I in keyof Definitions]: Definitions[I] extends { nodeSchema: infer S } ? S : never;
};

// Array.prototype.map forgets tuple positions; the mapped type restores them so z.infer sees each kind.
const nodeSchemas = NODE_KIND_DEFINITIONS.map((definition) => definition.nodeSchema) as unknown as NodeSchemasOf<
  typeof NODE_KIND_DEFINITIONS
>;

export const JourneyNodeSchema = z.discriminatedUnion('kind', nodeSchemas, {
  error: discriminatorError(
    'node kind',
    'kind',
    NODE_KIND_DEFINITIONS.map((definition) => definition.kind),
  ),
});
export type JourneyNode = z.infer<typeof JourneyNodeSchema>;
export type NodeOfKind<K extends NodeKind> = Extract<JourneyNode, { kind: K }>;
export type NodeConfig<K extends NodeKind> = NodeOfKind<K>['config'];

/**
 * A node's kind and config always match (the union guarantees it), but TypeScript cannot relate
 * the two through a lookup, so callers go through this widened view rather than casting each time.
 */
function definitionOf(node: JourneyNode): AnyNodeKindDefinition {
  return getNodeKind(node.kind);
}

export function outputsOf(node: JourneyNode): NodeOutput[] {
  return definitionOf(node).outputs(node.config);
}

export function summaryOf(node: JourneyNode): string {
  return definitionOf(node).summary(node.config);
}

/** How messages name a step (without quotes): its kind's display rule, by default its label or the kind's label. */
export function stepDisplayName(node: JourneyNode): string {
  return definitionOf(node).displayName(node);
}
