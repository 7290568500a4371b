import { memo, type ComponentType, type ReactNode } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { NodeKind, NodeOfKind } from '../../../../shared/model/index';
import type { JourneyFlowNode } from './flow-types';
import { NodeShell } from './NodeShell';
import { countRender } from './render-counter';

export interface NodeView<K extends NodeKind> {
  kind: K;
  /** What stands for the kind in the palette and the node header. */
  icon: ReactNode;
  Body: ComponentType<{ node: NodeOfKind<K> }>;
}

/**
 * Builds the memoised React Flow component of one node kind. Props only change when this node's
 * document object, selection or layout direction changes, so dragging one node renders one node.
 */
export function defineNodeView<K extends NodeKind>(view: NodeView<K>) {
  const Component = memo(function JourneyNodeView({ id, data, selected }: NodeProps<JourneyFlowNode>) {
    countRender(id);
    const node = data.node as NodeOfKind<K>;
    return (
      <NodeShell
        node={node}
        direction={data.direction}
        selected={!!selected}
        problemCount={data.problemCount}
        problemSeverity={data.problemSeverity}
        problemMessage={data.problemMessage}
        icon={view.icon}
      >
        <view.Body node={node} />
      </NodeShell>
    );
  });
  Component.displayName = `${view.kind}NodeView`;
  return { ...view, Component };
}
