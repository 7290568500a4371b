import { Position, type NodeHandle } from '@xyflow/react';
import {
  outputsOf,
  type Journey,
  type JourneyEdge,
  type JourneyNode,
  type StickyNote,
} from '../../../../shared/model/index';
import type { Selection } from '../state/selection-slice';
import type { NodeProblems } from '../problems/node-problems';
import {
  toNoteFlowId,
  type Direction,
  type FlowEdge,
  type FlowNode,
  type JourneyFlowNode,
  type JourneyNodeData,
  type StickyFlowNode,
} from '../nodes/flow-types';

/** Steps are this wide (see editor.css); their height depends on how many outputs they list. */
export const STEP_WIDTH = 240;

// The card's vertical rhythm (editor.css): header, body, then one row per output.
const HEADER = 35;
const BODY = 44;
const OUTPUT_ROW = 20;
const HANDLE = 10;

function estimatedHeight(node: JourneyNode): number {
  return HEADER + BODY + OUTPUT_ROW * outputsOf(node).length + 6;
}

/**
 * Where the handles of a step that has never been on screen probably are. React Flow otherwise
 * renders every step once to find its handles, which for thousands of steps is most of the time
 * it takes to open the journey. Measured positions replace these as soon as a step is drawn.
 */
function estimatedHandles(node: JourneyNode, direction: Direction): NodeHandle[] {
  const outputs = outputsOf(node);
  const height = estimatedHeight(node);
  const handles: NodeHandle[] = [];
  if (direction === 'LR') {
    handles.push({
      id: null,
      type: 'target',
      position: Position.Left,
      x: -HANDLE / 2,
      y: height / 2 - HANDLE / 2,
      width: HANDLE,
      height: HANDLE,
    });
    outputs.forEach((output, index) =>
      handles.push({
        id: output.id,
        type: 'source',
        position: Position.Right,
        x: STEP_WIDTH - HANDLE / 2,
        y: HEADER + BODY + index * OUTPUT_ROW + OUTPUT_ROW / 2 - HANDLE / 2,
        width: HANDLE,
        height: HANDLE,
      }),
    );
  } else {
    handles.push({
      id: null,
      type: 'target',
      position: Position.Top,
      x: STEP_WIDTH / 2 - HANDLE / 2,
      y: -HANDLE / 2,
      width: HANDLE,
      height: HANDLE,
    });
    outputs.forEach((output, index) =>
      handles.push({
        id: output.id,
        type: 'source',
        position: Position.Bottom,
        x: ((index + 0.5) * STEP_WIDTH) / outputs.length - HANDLE / 2,
        y: height - HANDLE / 2,
        width: HANDLE,
        height: HANDLE,
      }),
    );
  }
  return handles;
}

export interface Size {
  width: number;
  height: number;
}

/**
 * Turns the document into React Flow's node and edge lists, reusing the previous object for every
 * element whose document object, selection, size, direction and problem badge are unchanged. React Flow and our
 * memoised node components then skip everything that did not change. A step's `data` (what its card
 * shows) is reused on its own, so measuring a step or selecting it does not re-render its contents.
 */
export function createFlowMapper() {
  const nodeCache = new WeakMap<JourneyNode, JourneyFlowNode>();
  const dataCache = new WeakMap<JourneyNode, JourneyNodeData>();
  const noteCache = new WeakMap<StickyNote, StickyFlowNode>();
  const edgeCache = new WeakMap<JourneyEdge, FlowEdge>();

  function mapData(node: JourneyNode, direction: Direction, problems: NodeProblems | undefined): JourneyNodeData {
    const hit = dataCache.get(node);
    if (
      hit &&
      hit.direction === direction &&
      hit.problemCount === (problems?.count ?? 0) &&
      hit.problemSeverity === problems?.severity &&
      hit.problemMessage === problems?.message
    ) {
      return hit;
    }
    const data: JourneyNodeData = problems
      ? {
          node,
          direction,
          problemCount: problems.count,
          problemSeverity: problems.severity,
          problemMessage: problems.message,
        }
      : { node, direction, problemCount: 0 };
    dataCache.set(node, data);
    return data;
  }

  function mapNode(
    node: JourneyNode,
    selected: boolean,
    size: Size | undefined,
    direction: Direction,
    problems: NodeProblems | undefined,
  ): JourneyFlowNode {
    // Kept apart from the node object: a step's card shows its data, so a new size or selection
    // (a new node object for React Flow) must not give the card new data to render.
    const data = mapData(node, direction, problems);
    const hit = nodeCache.get(node);
    if (
      hit &&
      hit.data === data &&
      hit.selected === selected &&
      hit.measured?.width === size?.width &&
      hit.measured?.height === size?.height
    ) {
      return hit;
    }
    const mapped: JourneyFlowNode = {
      id: node.id,
      type: node.kind,
      position: node.position,
      data,
      selected,
      // An estimate until measured: with it React Flow can skip off-screen steps on a large journey
      // instead of rendering all of them once just to measure them.
      initialWidth: STEP_WIDTH,
      initialHeight: estimatedHeight(node),
      ...(size ? { measured: size } : { handles: estimatedHandles(node, direction) }),
    };
    nodeCache.set(node, mapped);
    return mapped;
  }

  function mapNote(note: StickyNote, selected: boolean): StickyFlowNode {
    const hit = noteCache.get(note);
    if (hit && hit.selected === selected) return hit;
    const mapped: StickyFlowNode = {
      id: toNoteFlowId(note.id),
      type: 'stickyNote',
      position: note.position,
      data: { note },
      selected,
      width: note.size.width,
      height: note.size.height,
      measured: note.size,
      // Notes sit under the steps so they never hide a handle.
      zIndex: -1,
    };
    noteCache.set(note, mapped);
    return mapped;
  }

  function mapEdge(edge: JourneyEdge, selected: boolean): FlowEdge {
    const hit = edgeCache.get(edge);
    if (hit && hit.selected === selected) return hit;
    const mapped: FlowEdge = {
      id: edge.id,
      source: edge.source,
      sourceHandle: edge.sourceHandle,
      target: edge.target,
      selected,
    };
    edgeCache.set(edge, mapped);
    return mapped;
  }

  return {
    nodes(
      journey: Journey,
      selection: Selection,
      sizes: ReadonlyMap<string, Size>,
      direction: Direction,
      problems: ReadonlyMap<string, NodeProblems>,
    ): FlowNode[] {
      const selectedNodes = new Set(selection.nodeIds);
      const selectedNotes = new Set(selection.noteIds);
      const out: FlowNode[] = journey.notes.map((note) => mapNote(note, selectedNotes.has(note.id)));
      for (const node of journey.nodes) {
        out.push(mapNode(node, selectedNodes.has(node.id), sizes.get(node.id), direction, problems.get(node.id)));
      }
      return out;
    },
    edges(journey: Journey, selection: Selection): FlowEdge[] {
      const selected = new Set(selection.edgeIds);
      return journey.edges.map((edge) => mapEdge(edge, selected.has(edge.id)));
    },
  };
}

/** Which way the journey reads, from how its edges run: the last "tidy up" decides. */
export function inferDirection(journey: Journey): Direction {
  const byId = new Map(journey.nodes.map((node) => [node.id, node.position]));
  let vertical = 0;
  let horizontal = 0;
  for (const edge of journey.edges) {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from || !to) continue;
    if (Math.abs(to.y - from.y) > Math.abs(to.x - from.x)) vertical++;
    else horizontal++;
  }
  return vertical > horizontal ? 'TB' : 'LR';
}
