import { z } from 'zod';
import {
  CURRENT_SCHEMA_VERSION,
  JourneyEdgeSchema,
  JourneyNodeSchema,
  StickyNoteSchema,
  type Journey,
  type JourneyEdge,
  type JourneyNode,
  type Position,
  type StickyNote,
} from '../model/index';
import { clonePlainData } from './clone-plain-data';
import { ConnectionRules } from './connection-rules';
import type { NewId } from './new-id';
import { edgesWithin } from './selection';

export const CLIPBOARD_FORMAT = 'journey-studio/clipboard';
export const CLIPBOARD_VERSION = 1;

/**
 * What copy puts on the system clipboard as JSON text. Self-contained, so it pastes into another
 * journey or another window; `schemaVersion` says which node model it holds, since the clipboard
 * may outlive an upgrade. Extra fields are stripped rather than refused, for forward compatibility.
 */
export const ClipboardPayloadSchema = z
  .object({
    format: z.literal(CLIPBOARD_FORMAT),
    version: z.literal(CLIPBOARD_VERSION),
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    nodes: z.array(JourneyNodeSchema),
    edges: z.array(JourneyEdgeSchema),
    notes: z.array(StickyNoteSchema),
  })
  .superRefine((payload, ctx) => {
    const nodeIds = new Set(payload.nodes.map((node) => node.id));
    payload.edges.forEach((edge, index) => {
      if (!nodeIds.has(edge.source) || !nodeIds.has(edge.target)) {
        ctx.addIssue({ code: 'custom', path: ['edges', index], message: 'An edge must join two copied nodes' });
      }
    });
  });
export type ClipboardPayload = z.infer<typeof ClipboardPayloadSchema>;

export interface ClipboardSelection {
  readonly nodeIds?: Iterable<string>;
  readonly noteIds?: Iterable<string>;
}

/** The selected nodes and notes, with only the edges that join two selected nodes. */
export function copySelection(journey: Journey, { nodeIds, noteIds }: ClipboardSelection): ClipboardPayload {
  const wantedNodes = new Set(nodeIds);
  const wantedNotes = new Set(noteIds);
  const nodes = journey.nodes.filter((node) => wantedNodes.has(node.id));
  return {
    format: CLIPBOARD_FORMAT,
    version: CLIPBOARD_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    nodes,
    edges: edgesWithin(
      journey,
      nodes.map((node) => node.id),
    ),
    notes: journey.notes.filter((note) => wantedNotes.has(note.id)),
  };
}

/** The payload in clipboard text, or null when the text is anything else (the clipboard may hold anything). */
export function parseClipboardText(text: string): ClipboardPayload | null {
  // Cheap guard: large unrelated text (a document, an image as data URL) is not parsed at all.
  if (!text.includes(CLIPBOARD_FORMAT)) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = ClipboardPayloadSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export type PastePlacement =
  /** Shifts everything by this much from where it was copied; { x: 40, y: 40 } by default. */
  | { readonly offset?: Position; readonly at?: undefined }
  /** Puts the top-left corner of the pasted group here, e.g. under the pointer. */
  | { readonly at: Position; readonly offset?: undefined };

export type PasteOptions = PastePlacement & { readonly newId: NewId };

export interface PasteResult {
  readonly journey: Journey;
  /** The new ids, e.g. to select what was pasted. */
  readonly nodeIds: string[];
  readonly edgeIds: string[];
  readonly noteIds: string[];
}

export const DEFAULT_PASTE_OFFSET: Position = Object.freeze({ x: 40, y: 40 });

function topLeftOf(positions: readonly Position[]): Position {
  let x = Infinity;
  let y = Infinity;
  for (const position of positions) {
    x = Math.min(x, position.x);
    y = Math.min(y, position.y);
  }
  return { x, y };
}

function shiftFor(payload: ClipboardPayload, placement: PastePlacement): Position {
  if (placement.at === undefined) return placement.offset ?? DEFAULT_PASTE_OFFSET;
  const corner = topLeftOf([...payload.nodes, ...payload.notes].map((item) => item.position));
  return { x: placement.at.x - corner.x, y: placement.at.y - corner.y };
}

/** Hands out new ids, refusing one the journey already uses: a repeat would corrupt the document. */
function freshIds(journey: Journey, newId: NewId): NewId {
  const taken = new Set<string>();
  for (const item of [...journey.nodes, ...journey.edges, ...journey.notes]) taken.add(item.id);
  return (kind) => {
    const id = newId(kind);
    if (taken.has(id)) throw new Error(`newId returned "${id}", which is already in use`);
    taken.add(id);
    return id;
  };
}

/**
 * Adds a copy of the payload: every node, edge and note gets a new id, edges follow their nodes,
 * and configs are deep-copied so the copies share nothing with the originals. Edges the
 * connection rules refuse (possible only in a hand-edited payload) are left out.
 */
export function pasteClipboard(journey: Journey, payload: ClipboardPayload, options: PasteOptions): PasteResult {
  if (payload.nodes.length === 0 && payload.notes.length === 0) {
    return { journey, nodeIds: [], edgeIds: [], noteIds: [] };
  }
  const shift = shiftFor(payload, options);
  const newId = freshIds(journey, options.newId);
  const moved = (position: Position): Position => ({ x: position.x + shift.x, y: position.y + shift.y });

  const newNodeIdFor = new Map<string, string>();
  const nodes: JourneyNode[] = payload.nodes.map((node) => {
    const id = newId('node');
    newNodeIdFor.set(node.id, id);
    // The spread keeps kind and config together, but TypeScript cannot follow that across the union.
    return { ...node, id, position: moved(node.position), config: clonePlainData(node.config) } as JourneyNode;
  });

  const rules = new ConnectionRules(nodes, []);
  const edges: JourneyEdge[] = [];
  for (const edge of payload.edges) {
    const source = newNodeIdFor.get(edge.source);
    const target = newNodeIdFor.get(edge.target);
    if (source === undefined || target === undefined) continue;
    const connection = { source, sourceHandle: edge.sourceHandle, target };
    if (!rules.check(connection).ok) continue;
    const pasted = { id: newId('edge'), ...connection };
    rules.addEdge(pasted);
    edges.push(pasted);
  }

  const notes: StickyNote[] = payload.notes.map((note) => ({
    ...note,
    id: newId('note'),
    position: moved(note.position),
    size: { ...note.size },
  }));

  return {
    journey: {
      ...journey,
      nodes: nodes.length === 0 ? journey.nodes : [...journey.nodes, ...nodes],
      edges: edges.length === 0 ? journey.edges : [...journey.edges, ...edges],
      notes: notes.length === 0 ? journey.notes : [...journey.notes, ...notes],
    },
    nodeIds: nodes.map((node) => node.id),
    edgeIds: edges.map((edge) => edge.id),
    noteIds: notes.map((note) => note.id),
  };
}

/** Copy and paste in one step, for the Duplicate command. */
export function duplicateElements(journey: Journey, selection: ClipboardSelection, options: PasteOptions): PasteResult {
  return pasteClipboard(journey, copySelection(journey, selection), options);
}
