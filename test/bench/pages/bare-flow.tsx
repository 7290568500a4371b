// The baseline of the canvas benchmark: what @xyflow/react itself costs for the same graph, with its
// built-in node type and the usual controlled-state wiring from its documentation. So that both
// pages show the same steps at the same zoom, it is set up like the editor's canvas: a pane of the
// editor's size (width, height), steps of the editor's size, the same zoom limits, only visible
// steps drawn when the editor does that too (visibleOnly=1), and opened at the view the editor
// settles at (x, y, zoom). Without a view it fits like the editor (fitting the first fitFirst steps).
// Like the editor it gives each step's size and handles up front, the way React Flow documents for
// nodes it has not measured: otherwise React Flow draws every step once to measure it, visible or not.
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
import { generateJourney } from '../../support/generate-journey';
import { outputsOf, type JourneyNode } from '../../../shared/model/index';

// The editor's step card (renderer/src/editor/canvas/flow-mapping.ts and editor.css): 240 px wide,
// header, body and one row per output.
const STEP_WIDTH = 240;
const stepHeight = (node: JourneyNode) => 35 + 44 + 20 * outputsOf(node).length + 6;
/** The default node's handles (6 px, centred on its top and bottom edges). */
const HANDLE = 6;

const params = new URLSearchParams(location.search);
const journey = generateJourney({
  nodes: Number(params.get('nodes') ?? 1000),
  edges: Number(params.get('edges') ?? 1500),
  seed: Number(params.get('seed') ?? 1),
});
const fitFirst = Number(params.get('fitFirst') ?? 0);
const paneWidth = Number(params.get('width') ?? 0);
const paneHeight = Number(params.get('height') ?? 0);
const initialNodes: Node[] = journey.nodes.map((node) => {
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
const initialEdges: Edge[] = journey.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target }));
const view = params.has('zoom')
  ? { x: Number(params.get('x') ?? 0), y: Number(params.get('y') ?? 0), zoom: Number(params.get('zoom')) }
  : null;
const fitViewOptions = {
  maxZoom: 1,
  ...(fitFirst ? { nodes: initialNodes.slice(0, fitFirst).map(({ id }) => ({ id })) } : {}),
};

function BareFlow() {
  const [nodes, setNodes] = useState(initialNodes);
  const [edges, setEdges] = useState(initialEdges);
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

createRoot(document.getElementById('root')!).render(<BareFlow />);
