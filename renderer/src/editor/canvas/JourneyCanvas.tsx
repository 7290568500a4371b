import { useCallback, useRef, useState, type DragEvent, type PointerEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  getNodesBounds,
  ReactFlow,
  useReactFlow,
  type Connection as FlowConnection,
  type EdgeChange,
  type FinalConnectionState,
  type IsValidConnection,
  type NodeChange,
  type Viewport,
} from '@xyflow/react';
import {
  checkConnection,
  connectNodes,
  insertNodeOnEdge,
  addNode,
  moveNodes,
  moveNotes,
  updateNote,
} from '../../../../shared/graph/index';
import type { Journey } from '../../../../shared/model/index';
import { useAppStore, useAppStoreApi } from '../../store/app-store';
import { newId } from '../ids';
import { fromNoteFlowId, isNoteFlowId, type FlowEdge, type FlowNode } from '../nodes/flow-types';
import { nodeTypes } from '../nodes/node-views';
import { createStep } from './create-step';
import { edgeIdAtPoint, PALETTE_MIME, readPaletteItem } from './drag-data';
import { sortNodeChanges } from './node-changes';
import { useFlowElements } from './use-flow-elements';
import { useCanvasPreferences } from './canvas-preferences';
import { ZoomDetail } from './ZoomDetail';
import { Maximize } from 'lucide-react';
import { CanvasMiniMap } from './CanvasMiniMap';
import { fittedViewport, MIN_FIT_ZOOM } from './fit-journey';
import { useFitJourney, useFitOnOpen } from './use-fit-journey';

export const GRID = 16;

/** Large journeys only draw what is on screen; small ones draw everything for smooth panning. */
export const VISIBLE_ONLY_THRESHOLD = 1500;
const LARGE_FIT_COUNT = 40;

interface JourneyCanvasProps {
  onContextMenu(target: ContextTarget, at: { x: number; y: number }): void;
}

export type ContextTarget = { type: 'pane' } | { type: 'node'; id: string } | { type: 'edge'; id: string };

/**
 * Panning drags the bare pane. With the pointer captured by the pane, each move goes straight to it
 * instead of being hit-tested against the thousands of elements under the cursor, which on a large
 * journey costs more than drawing the frame. Presses on steps, edges and handles are left alone.
 */
function capturePanPointer(event: PointerEvent<HTMLDivElement>) {
  const target = event.target as Element;
  if (event.button !== 2 && target.classList.contains('react-flow__pane')) target.setPointerCapture(event.pointerId);
}

function toConnection(connection: FlowConnection | FlowEdge) {
  return { source: connection.source, sourceHandle: connection.sourceHandle ?? '', target: connection.target };
}

export function JourneyCanvas({ onContextMenu }: JourneyCanvasProps) {
  const { nodes, edges, recordSizes } = useFlowElements();
  const edit = useAppStore((s) => s.edit);
  // A live version (or a stopped, archived journey) is shown as it runs: look, select, never change.
  const readOnly = useAppStore((s) => s.readOnly);
  const select = useAppStore((s) => s.select);
  const notify = useAppStore((s) => s.notify);
  const { snapToGrid } = useCanvasPreferences();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const store = useAppStoreApi();
  const gesture = useRef(false);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const sorted = sortNodeChanges(changes);
      if (sorted.measured.length) recordSizes(sorted.measured);
      if (sorted.selected.size) {
        const state = store.getState();
        const nodeIds = new Set(state.selection.nodeIds);
        const noteIds = new Set(state.selection.noteIds);
        for (const [id, on] of sorted.selected) {
          const set = isNoteFlowId(id) ? noteIds : nodeIds;
          const key = isNoteFlowId(id) ? fromNoteFlowId(id) : id;
          if (on) set.add(key);
          else set.delete(key);
        }
        select({ nodeIds: [...nodeIds], noteIds: [...noteIds] });
      }
      const moves = sorted.stepPositions.size + sorted.notePositions.size + sorted.noteSizes.size;
      if (moves === 0 && !sorted.gestureEnded) return;
      const apply = (current: Journey) => {
        let next = current;
        if (sorted.stepPositions.size) next = moveNodes(next, sorted.stepPositions);
        if (sorted.notePositions.size) next = moveNotes(next, sorted.notePositions);
        for (const [id, size] of sorted.noteSizes) next = updateNote(next, id, { size });
        return next;
      };
      // A drag is many changes but one undo step.
      if (sorted.gestureActive) {
        edit(apply, gesture.current ? 'gesture-update' : 'gesture-start');
        gesture.current = true;
      } else if (gesture.current || sorted.gestureEnded) {
        edit(apply, gesture.current ? 'gesture-end' : 'step');
        gesture.current = false;
      } else {
        edit(apply);
      }
    },
    [edit, recordSizes, select, store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const selected = changes.filter((change) => change.type === 'select');
      if (!selected.length) return;
      const edgeIds = new Set(store.getState().selection.edgeIds);
      for (const change of selected) {
        if (change.selected) edgeIds.add(change.id);
        else edgeIds.delete(change.id);
      }
      select({ edgeIds: [...edgeIds] });
    },
    [select, store],
  );

  const isValidConnection = useCallback<IsValidConnection<FlowEdge>>(
    (connection) => {
      const current = store.getState().journey;
      return !!current && checkConnection(current, toConnection(connection)).ok;
    },
    [store],
  );

  const onConnect = useCallback(
    (connection: FlowConnection) => edit((current) => connectNodes(current, toConnection(connection), newId('edge'))),
    [edit],
  );

  // React Flow only says "invalid"; the rules say why, and the user should hear it.
  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      const current = store.getState().journey;
      if (!current || state.isValid || !state.fromNode || !state.toNode) return;
      const from = state.fromHandle;
      const to = state.toNode;
      // Dragging backwards from an input onto an output: read it the other way round.
      const connection =
        from?.type === 'target'
          ? { source: to.id, sourceHandle: state.toHandle?.id ?? '', target: state.fromNode.id }
          : { source: state.fromNode.id, sourceHandle: from?.id ?? '', target: to.id };
      const check = checkConnection(current, connection);
      if (!check.ok) notify('error', `Can't connect: ${check.reason}`);
    },
    [notify, store],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const item = readPaletteItem(event.dataTransfer);
      if (!item) return;
      event.preventDefault();
      const position = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const step = createStep(item, position);
      const edgeId = edgeIdAtPoint(event.clientX, event.clientY);
      try {
        edit((current) =>
          edgeId
            ? insertNodeOnEdge(current, { edgeId, node: step, newEdgeId: newId('edge'), position })
            : addNode(current, step),
        );
      } catch (error) {
        // e.g. an Exit dropped on an edge: it has no output to carry the edge on.
        notify('error', (error as Error).message);
        edit((current) => addNode(current, step));
      }
      select({ nodeIds: [step.id], edgeIds: [], noteIds: [] });
    },
    [edit, flow, notify, select],
  );

  const large = nodes.length > VISIBLE_ONLY_THRESHOLD;
  // Fitting thousands of steps would zoom out until nothing is legible and everything is drawn;
  // a large journey opens on its first steps instead, fitted by React Flow as soon as it has them.
  const [fitViewOptions] = useState(() => ({
    maxZoom: 1,
    minZoom: MIN_FIT_ZOOM,
    ...(large ? { nodes: nodes.slice(0, LARGE_FIT_COUNT).map(({ id }) => ({ id })) } : {}),
  }));
  const [opensLarge] = useState(large);
  // Fitting on the first nodes to appear would, on an empty canvas, zoom onto the first drop.
  // An empty journey starts at 100% instead.
  const [startsEmpty] = useState(() => nodes.length === 0);
  useFitOnOpen(!startsEmpty && !opensLarge);
  const fit = useFitJourney();
  // The canvas opens at the fitted view, worked out from the steps' estimated sizes before React
  // Flow draws anything: drawing a thousand steps at 100% first and fitting a frame later would
  // paint the journey twice. The fit once they are measured then corrects what the estimates missed.
  // A large journey keeps React Flow's fit of its first steps, which only counts those it has drawn.
  const [openingNodes] = useState(nodes);
  const [openingView, setOpeningView] = useState<{ viewport?: Viewport } | null>(null);
  const attach = useCallback(
    (element: HTMLDivElement | null) => {
      setContainer(element);
      if (!element) return;
      const pane = { width: element.clientWidth, height: element.clientHeight };
      setOpeningView(
        (current) =>
          current ??
          (startsEmpty || opensLarge ? {} : { viewport: fittedViewport(getNodesBounds(openingNodes), pane) }),
      );
    },
    [openingNodes, opensLarge, startsEmpty],
  );

  return (
    <div
      className="journey-canvas"
      ref={attach}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onPointerDownCapture={capturePanPointer}
    >
      {openingView && (
        <ReactFlow<FlowNode, FlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          isValidConnection={isValidConnection}
          onNodeContextMenu={(event, node) => {
            event.preventDefault();
            onContextMenu({ type: 'node', id: node.id }, { x: event.clientX, y: event.clientY });
          }}
          onEdgeContextMenu={(event, edge) => {
            event.preventDefault();
            onContextMenu({ type: 'edge', id: edge.id }, { x: event.clientX, y: event.clientY });
          }}
          onPaneContextMenu={(event) => {
            event.preventDefault();
            onContextMenu({ type: 'pane' }, { x: event.clientX, y: event.clientY });
          }}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          snapToGrid={snapToGrid}
          snapGrid={[GRID, GRID]}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
          // Deleting goes through the editor's own action so it can reconnect and be undone as one step.
          deleteKeyCode={null}
          onlyRenderVisibleElements={large}
          minZoom={0.05}
          maxZoom={2}
          fitView={opensLarge}
          fitViewOptions={fitViewOptions}
          {...(openingView.viewport ? { defaultViewport: openingView.viewport } : {})}
          proOptions={{ hideAttribution: true }}
        >
          {nodes.length === 0 && !readOnly && (
            <div className="canvas-empty-hint" role="note">
              Drag an entry step here or click one in the palette
            </div>
          )}
          <ZoomDetail target={container} />
          <Background variant={BackgroundVariant.Dots} gap={GRID} size={1} />
          <CanvasMiniMap />
          <Controls showInteractive={false} showFitView={false} aria-label="Zoom controls">
            <ControlButton title="Fit view" aria-label="Fit view" onClick={() => fit({ duration: 200 })}>
              <Maximize aria-hidden="true" />
            </ControlButton>
            <ControlButton
              title="Snap to grid"
              aria-label="Snap to grid"
              aria-pressed={snapToGrid}
              onClick={useCanvasPreferences.getState().toggleSnap}
            >
              #
            </ControlButton>
          </Controls>
        </ReactFlow>
      )}
    </div>
  );
}
