// The baseline of the canvas benchmark: what @xyflow/react itself costs for the same graph, with its
// built-in node type and the usual controlled-state wiring from its documentation.
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  applyEdgeChanges,
  applyNodeChanges,
  ReactFlow,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { generateJourney } from '../../support/generate-journey';

const params = new URLSearchParams(location.search);
const journey = generateJourney({
  nodes: Number(params.get('nodes') ?? 1000),
  edges: Number(params.get('edges') ?? 1500),
  seed: Number(params.get('seed') ?? 1),
});
const fitFirst = Number(params.get('fitFirst') ?? 0);
const initialNodes: Node[] = journey.nodes.map((node) => ({
  id: node.id,
  position: node.position,
  data: { label: node.label || node.kind },
}));
const initialEdges: Edge[] = journey.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target }));

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
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onlyRenderVisibleElements={params.get('visibleOnly') === '1'}
      minZoom={0.05}
      fitView
      fitViewOptions={fitFirst ? { nodes: initialNodes.slice(0, fitFirst).map(({ id }) => ({ id })) } : undefined}
    />
  );
}

createRoot(document.getElementById('root')!).render(<BareFlow />);
