import { useEffect, useState } from 'react';
import { Background, BackgroundVariant, ControlButton, Controls, ReactFlow, useReactFlow } from '@xyflow/react';
import { diffJourneys } from '../../../../shared/journey/diff';
import type { Journey } from '../../../../shared/model/index';
import { useAppStore } from '../../store/app-store';
import { CanvasMiniMap } from '../canvas/CanvasMiniMap';
import { useFitJourney, useFitOnOpen } from '../canvas/use-fit-journey';
import { Maximize } from 'lucide-react';
import { inferDirection, STEP_WIDTH } from '../canvas/flow-mapping';
import { GRID } from '../canvas/JourneyCanvas';
import type { FlowEdge, FlowNode, JourneyFlowNode } from '../nodes/flow-types';
import { nodeTypes } from '../nodes/node-views';
import { compareElements, type ComparedEdge, type ComparedNode } from './compare-elements';
import type { VersionView } from './version-view';
import './versions.css';

function elementsOf(view: VersionView): { journey: Journey; nodes: ComparedNode[]; edges: ComparedEdge[] } {
  if (view.kind === 'version') {
    return {
      journey: view.journey,
      nodes: view.journey.nodes.map((node) => ({ node, status: 'unchanged' })),
      edges: view.journey.edges.map((edge) => ({ edge, status: 'unchanged' })),
    };
  }
  return {
    journey: view.after.journey,
    ...compareElements(view.after.journey, diffJourneys(view.before.journey, view.after.journey)),
  };
}

function flowElements(view: VersionView): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const { journey, nodes, edges } = elementsOf(view);
  const direction = inferDirection(journey);
  return {
    nodes: nodes.map(({ node, status }): JourneyFlowNode => ({
      id: node.id,
      type: node.kind,
      position: node.position,
      data: { node, direction, problemCount: 0 },
      draggable: false,
      connectable: false,
      deletable: false,
      ...(status === 'unchanged' ? {} : { className: `diff-${status}` }),
    })),
    edges: edges.map(({ edge, status }) => ({
      id: edge.id,
      source: edge.source,
      sourceHandle: edge.sourceHandle,
      target: edge.target,
      deletable: false,
      selectable: false,
      ...(status === 'unchanged' ? {} : { className: `diff-${status}` }),
    })),
  };
}

/**
 * A frozen version, or a comparison of two, drawn with the editor's own step cards but nothing to
 * edit: no dragging, connecting or deleting. In a comparison added steps are green, changed amber,
 * and removed ones (where they were in the older version) red and dashed.
 */
export function VersionCanvas({ view }: { view: VersionView }) {
  const [initial] = useState(() => flowElements(view));
  const focus = useAppStore((s) => s.versionFocus);
  const selectVersionNode = useAppStore((s) => s.selectVersionNode);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  useFitOnOpen(true);
  const fit = useFitJourney();

  useEffect(() => {
    if (!focus) return;
    const node = flow.getNode(focus.nodeId);
    if (!node) return;
    flow.setNodes((nodes) =>
      nodes.map((item) =>
        item.selected === (item.id === focus.nodeId) ? item : { ...item, selected: item.id === focus.nodeId },
      ),
    );
    const width = node.measured?.width ?? STEP_WIDTH;
    const height = node.measured?.height ?? 100;
    void flow.setCenter(node.position.x + width / 2, node.position.y + height / 2, {
      zoom: Math.max(flow.getZoom(), 0.9),
      duration: 300,
    });
  }, [flow, focus]);

  return (
    <div
      className="journey-canvas version-canvas"
      aria-label={view.kind === 'version' ? `Version ${view.version}, read-only` : 'Comparison, read-only'}
    >
      <ReactFlow<FlowNode, FlowEdge>
        defaultNodes={initial.nodes}
        defaultEdges={initial.edges}
        nodeTypes={nodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        // Steps can be picked to read their settings; edges have nothing to show.
        edgesFocusable={false}
        onNodeClick={(_event, node) => selectVersionNode(node.id)}
        onPaneClick={() => selectVersionNode(null)}
        deleteKeyCode={null}
        minZoom={0.05}
        maxZoom={2}
        snapGrid={[GRID, GRID]}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID} size={1} />
        <CanvasMiniMap />
        <Controls showInteractive={false} showFitView={false} aria-label="Zoom controls">
          <ControlButton title="Fit view" aria-label="Fit view" onClick={() => fit({ duration: 200 })}>
            <Maximize aria-hidden="true" />
          </ControlButton>
        </Controls>
      </ReactFlow>
    </div>
  );
}
