// The baseline of the canvas benchmark: what @xyflow/react itself costs for the same graph, with its
// built-in node type and the usual controlled-state wiring from its documentation. So that both
// pages show the same steps at the same zoom, it is set up like the editor's canvas: a pane of the
// editor's size (width, height), steps of the editor's size, the same zoom limits, only visible
// steps drawn when the editor does that too (visibleOnly=1), and opened at the view the editor
// settles at (x, y, zoom). Without a view it fits like the editor (fitting the first fitFirst steps).
// Like the editor it gives each step's size and handles up front, the way React Flow documents for
// nodes it has not measured: otherwise React Flow draws every step once to measure it, visible or not.
// Like the editor it fetches the journey when it opens (journey=…: the JSON the editor's server
// answers for it, served as a file), asking for it as soon as its script runs, and draws once it has it.
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  applyEdgeChanges,
  applyNodeChanges,
  Position,
  ReactFlow,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { outputsOf, type Journey, type JourneyNode } from '../../../shared/model/index';

// The editor's step card (renderer/src/editor/canvas/flow-mapping.ts and editor.css): 240 px wide,
// header, body and one row per output.
const STEP_WIDTH = 240;
const stepHeight = (node: JourneyNode) => 35 + 44 + 20 * outputsOf(node).length + 6;
/** The default node's handles (6 px, centred on its top and bottom edges). */
const HANDLE = 6;

const params = new URLSearchParams(location.search);
const fitFirst = Number(params.get('fitFirst') ?? 0);
const paneWidth = Number(params.get('width') ?? 0);
const paneHeight = Number(params.get('height') ?? 0);
const view = params.has('zoom')
  ? { x: Number(params.get('x') ?? 0), y: Number(params.get('y') ?? 0), zoom: Number(params.get('zoom')) }
  : null;

function toFlowNodes(journey: Journey): Node[] {
  return journey.nodes.map((node) => {
    const height = stepHeight(node);
    return {
      id: node.id,
      position: node.position,
      data: { label: node.label || node.kind },
      initialWidth: STEP_WIDTH,
      initialHeight: height,
      style: { width: STEP_WIDTH, height },
      handles: [
        {
          type: 'target',
          position: Position.Top,
          x: (STEP_WIDTH - HANDLE) / 2,
          y: -HANDLE / 2,
          width: HANDLE,
          height: HANDLE,
        },
        {
          type: 'source',
          position: Position.Bottom,
          x: (STEP_WIDTH - HANDLE) / 2,
          y: height - HANDLE / 2,
          width: HANDLE,
          height: HANDLE,
        },
      ],
    };
  });
}

function BareFlow({ journey }: { journey: Journey }) {
  const [nodes, setNodes] = useState(() => toFlowNodes(journey));
  const [edges, setEdges] = useState<Edge[]>(() =>
    journey.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
  );
  const [fitViewOptions] = useState(() => ({
    maxZoom: 1,
    ...(fitFirst ? { nodes: nodes.slice(0, fitFirst).map(({ id }) => ({ id })) } : {}),
  }));
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => setEdges((current) => applyEdgeChanges(changes, current)),
    [],
  );
  return (
    <div style={{ width: paneWidth || '100%', height: paneHeight || '100%' }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onlyRenderVisibleElements={params.get('visibleOnly') === '1'}
        minZoom={0.05}
        maxZoom={2}
        {...(view ? { defaultViewport: view } : { fitView: true, fitViewOptions })}
      />
    </div>
  );
}

const answer = fetch(params.get('journey')!).then(async (response) => {
  if (!response.ok) throw new Error(`${params.get('journey')}: HTTP ${response.status}`);
  return ((await response.json()) as { journey: Journey }).journey;
});
void answer.then((journey) => createRoot(document.getElementById('root')!).render(<BareFlow journey={journey} />));
