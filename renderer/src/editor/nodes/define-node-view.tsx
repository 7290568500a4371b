import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { NodeKind, NodeOfKind } from '../../../../shared/model/index';
import type { KindBody } from '../kinds/kind-ui';
import type { JourneyFlowNode } from './flow-types';
import { CardIcon } from './card-icons';
import { NodeShell } from './NodeShell';
import { countRender } from './render-counter';

type ViewProps = NodeProps<JourneyFlowNode>;

/**
 * The card shows only its data and whether it is selected. React Flow also passes the position,
 * the measured size, dragging and more, which change while the card looks the same: comparing only
 * what the card uses keeps a measurement or a move from re-rendering it.
 */
export function sameCard(before: ViewProps, after: ViewProps): boolean {
  return before.id === after.id && before.data === after.data && before.selected === after.selected;
}

/**
 * Builds the memoised React Flow component of one node kind. Props only change when this node's
 * document object, selection or layout direction changes, so dragging one node renders one node.
 */
export function defineNodeView<K extends NodeKind>(kind: K, Body: KindBody<K>) {
  // One element for every card of the kind: React skips an element it has already rendered.
  const icon = <CardIcon name={`kind-${kind}`} size={16} className="kind-icon" />;
  const Component = memo(function JourneyNodeView({ id, data, selected }: ViewProps) {
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
        icon={icon}
      >
        <Body node={node} />
      </NodeShell>
    );
  }, sameCard);
  Component.displayName = `${kind}NodeView`;
  return Component;
}
