import type { AnyNodeKindDefinition } from './define-node-kind';
import { entryNodeKind } from './entry';
import { messageNodeKind } from './message';
import { conditionNodeKind } from './condition';
import { waitForEventNodeKind } from './waitForEvent';
import { randomSplitNodeKind } from './randomSplit';
import { retargetNodeKind } from './retarget';
import { delayNodeKind } from './delay';
import { webhookNodeKind } from './webhook';
import { updateProfileNodeKind } from './updateProfile';
import { exitNodeKind } from './exit';

/**
 * Every node kind, in palette order. Adding a kind means adding its file and one line here;
 * the node union, the JSON Schema and the lookups below all derive from this list.
 */
export const NODE_KIND_DEFINITIONS = [
  entryNodeKind,
  messageNodeKind,
  conditionNodeKind,
  waitForEventNodeKind,
  randomSplitNodeKind,
  retargetNodeKind,
  delayNodeKind,
  webhookNodeKind,
  updateProfileNodeKind,
  exitNodeKind,
] as const;

type NodeKindDefinitionList = typeof NODE_KIND_DEFINITIONS;
export type NodeKind = NodeKindDefinitionList[number]['kind'];
export type NodeKindRegistry = { readonly [D in NodeKindDefinitionList[number] as D['kind']]: D };

// Object.fromEntries cannot see that each key matches its definition's kind; the mapped type says so.
export const nodeKinds = Object.freeze(
  Object.fromEntries(NODE_KIND_DEFINITIONS.map((definition) => [definition.kind, definition])),
) as NodeKindRegistry;

export function isNodeKind(kind: string): kind is NodeKind {
  return Object.hasOwn(nodeKinds, kind);
}

export function getNodeKind<K extends NodeKind>(kind: K): NodeKindRegistry[K];
export function getNodeKind(kind: string): AnyNodeKindDefinition | undefined;
export function getNodeKind(kind: string): AnyNodeKindDefinition | undefined {
  return isNodeKind(kind) ? nodeKinds[kind] : undefined;
}
