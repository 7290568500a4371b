import { describe, expect, it } from 'vitest';
import type { NodeProps } from '@xyflow/react';
import { createNode } from '../../../../shared/model/index';
import type { JourneyFlowNode } from '../../../../renderer/src/editor/nodes/flow-types';
import { sameCard } from '../../../../renderer/src/editor/nodes/define-node-view';

const data = {
  node: createNode('delay', { id: 'd', position: { x: 0, y: 0 } }),
  direction: 'LR' as const,
  problemCount: 0,
};
const props = {
  id: 'd',
  data,
  type: 'delay',
  selected: false,
  positionAbsoluteX: 0,
  positionAbsoluteY: 0,
  width: 240,
  height: 85,
  dragging: false,
} as unknown as NodeProps<JourneyFlowNode>;

describe('step card memo', () => {
  it('does not render a card again when only its position, measured size or dragging changes', () => {
    expect(sameCard(props, { ...props, positionAbsoluteX: 40, height: 131, dragging: true })).toBe(true);
  });

  it('renders it again when its data or selection changes', () => {
    expect(sameCard(props, { ...props, data: { ...data } })).toBe(false);
    expect(sameCard(props, { ...props, selected: true })).toBe(false);
  });
});
