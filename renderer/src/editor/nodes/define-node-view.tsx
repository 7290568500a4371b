import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { NodeKind, NodeOfKind } from '../../../../shared/model/index';
import type { KindBody } from '../kinds/kind-ui';
import { KindIcon } from '../kinds/KindIcon';
import type { JourneyFlowNode } from './flow-types';
import { NodeShell } from './NodeShell';
import { countRender } from './render-counter';

/**
 * Builds the memoised React Flow component of one node kind. Props only change when this node's
 * document object, selection or layout direction changes, so dragging one node renders one node.
 */
export function defineNodeView<K extends NodeKind>(kind: K, Body: KindBody<K>) {
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
        icon={<KindIcon kind={kind} />}
      >
        <Body node={node} />
      </NodeShell>
    );
  });
  Component.displayName = `${kind}NodeView`;
  return Component;
}
