import { DurationSchema, formatDuration } from '../model/duration';
import type { Journey, JourneyEdge, JourneyNode, JourneySettings } from '../model/index';

/** What about a step changed; position alone is not a change (see `moved`). */
export type NodeChangeKind = 'kind' | 'label' | 'config';

export interface ChangedNode {
  before: JourneyNode;
  after: JourneyNode;
  changes: NodeChangeKind[];
  /** Top-level config keys whose values differ ("templateId", "fallbacks"); empty when the kind changed. */
  configKeys: string[];
}

export interface MovedNode {
  before: JourneyNode;
  after: JourneyNode;
}

export interface TextChange {
  before: string;
  after: string;
}

export interface JourneyDiff {
  /** Steps only in `after`, in its order. */
  added: JourneyNode[];
  /** Steps only in `before`, in its order. */
  removed: JourneyNode[];
  /** Steps in both whose kind, label or config differ, in `after`'s order. */
  changed: ChangedNode[];
  /** Steps in both that only moved on the canvas: listed, never highlighted as changed. */
  moved: MovedNode[];
  /** Connections only in `after`. A connection is its ends, not its id: redrawing the same line is no change. */
  addedEdges: JourneyEdge[];
  removedEdges: JourneyEdge[];
  /** Journey settings whose values differ, in the settings' own key order. */
  settings: (keyof JourneySettings)[];
  name: TextChange | null;
  description: TextChange | null;
  /** Sticky notes differ (added, removed, moved or reworded); notes never affect what runs. */
  notesChanged: boolean;
}

function definedKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined);
}

/** Structural equality of JSON-shaped values; key order is ignored and undefined counts as absent. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = definedKeys(left);
  return (
    keys.length === definedKeys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]))
  );
}

function differingKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = [...new Set([...definedKeys(before), ...definedKeys(after)])];
  return keys.filter((key) => !sameValue(before[key], after[key]));
}

const edgeKey = (edge: JourneyEdge) => JSON.stringify([edge.source, edge.sourceHandle, edge.target]);

function compareNodes(before: JourneyNode, after: JourneyNode): ChangedNode | MovedNode | null {
  const changes: NodeChangeKind[] = [];
  if (before.kind !== after.kind) changes.push('kind');
  if (before.label !== after.label) changes.push('label');
  let configKeys: string[] = [];
  if (before.kind !== after.kind) {
    if (!sameValue(before.config, after.config)) changes.push('config');
  } else {
    configKeys = differingKeys(before.config as Record<string, unknown>, after.config as Record<string, unknown>);
    if (configKeys.length) changes.push('config');
  }
  if (changes.length) return { before, after, changes, configKeys };
  const moved = before.position.x !== after.position.x || before.position.y !== after.position.y;
  return moved ? { before, after } : null;
}

/** Every difference between two documents of a journey (two versions, or a version and the draft). Pure. */
export function diffJourneys(before: Journey, after: Journey): JourneyDiff {
  const beforeNodes = new Map(before.nodes.map((node) => [node.id, node]));
  const afterIds = new Set(after.nodes.map((node) => node.id));
  const diff: JourneyDiff = {
    added: [],
    removed: before.nodes.filter((node) => !afterIds.has(node.id)),
    changed: [],
    moved: [],
    addedEdges: [],
    removedEdges: [],
    settings: [],
    name: before.name === after.name ? null : { before: before.name, after: after.name },
    description:
      before.description === after.description ? null : { before: before.description, after: after.description },
    notesChanged: !sameValue(before.notes, after.notes),
  };

  for (const node of after.nodes) {
    const old = beforeNodes.get(node.id);
    if (!old) {
      diff.added.push(node);
      continue;
    }
    if (old === node) continue;
    const change = compareNodes(old, node);
    if (change && 'changes' in change) diff.changed.push(change);
    else if (change) diff.moved.push(change);
  }

  const beforeEdges = new Set(before.edges.map(edgeKey));
  const afterEdges = new Set(after.edges.map(edgeKey));
  diff.addedEdges = after.edges.filter((edge) => !beforeEdges.has(edgeKey(edge)));
  diff.removedEdges = before.edges.filter((edge) => !afterEdges.has(edgeKey(edge)));

  diff.settings = differingKeys(before.settings, after.settings) as (keyof JourneySettings)[];
  return diff;
}

/**
 * A config value as a reader would recognise it ("3 days", "“purchase”", "24"), or null when it has no short
 * wording: objects other than durations, empty text, and ids, which mean nothing to a reader.
 */
function configValueText(key: string, value: unknown): string | null {
  const duration = DurationSchema.safeParse(value);
  if (duration.success) return formatDuration(duration.data);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string' && value !== '' && !/Id$/.test(key)) return `“${value}”`;
  return null;
}

/** Old and new value of one changed config key, in words, when both can be shown ("1 day" → "3 days"). */
export function configValueChange(change: ChangedNode, key: string): TextChange | null {
  const before = configValueText(key, (change.before.config as Record<string, unknown>)[key]);
  const after = configValueText(key, (change.after.config as Record<string, unknown>)[key]);
  return before !== null && after !== null ? { before, after } : null;
}

/** True when nothing that runs differs: moved steps and notes do not count. */
export function isRunEquivalent(diff: JourneyDiff): boolean {
  return (
    diff.added.length === 0 &&
    diff.removed.length === 0 &&
    diff.changed.length === 0 &&
    diff.addedEdges.length === 0 &&
    diff.removedEdges.length === 0 &&
    diff.settings.length === 0
  );
}

/** True when the documents are the same in every respect the diff looks at. */
export function isEmptyDiff(diff: JourneyDiff): boolean {
  return (
    isRunEquivalent(diff) &&
    diff.moved.length === 0 &&
    diff.name === null &&
    diff.description === null &&
    !diff.notesChanged
  );
}

/** "2 steps added, 1 changed, 1 removed, 3 connections changed": one line for a dialog or a list header. */
export function summarizeDiff(diff: JourneyDiff): string {
  const parts: string[] = [];
  const steps = (count: number) => `${count} ${count === 1 ? 'step' : 'steps'}`;
  if (diff.added.length) parts.push(`${steps(diff.added.length)} added`);
  if (diff.changed.length) parts.push(`${steps(diff.changed.length)} changed`);
  if (diff.removed.length) parts.push(`${steps(diff.removed.length)} removed`);
  const edges = diff.addedEdges.length + diff.removedEdges.length;
  if (edges) parts.push(`${edges} ${edges === 1 ? 'connection' : 'connections'} changed`);
  if (diff.settings.length)
    parts.push(`${diff.settings.length} ${diff.settings.length === 1 ? 'setting' : 'settings'} changed`);
  if (diff.name) parts.push('renamed');
  if (diff.description) parts.push('description changed');
  if (diff.moved.length) parts.push(`${steps(diff.moved.length)} moved`);
  if (diff.notesChanged) parts.push('notes changed');
  return parts.length ? parts.join(', ') : 'No differences';
}
