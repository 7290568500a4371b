import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import { getNodeKind, outputsOf, type JourneyNode } from '../../../../shared/model/index';
import type { Direction } from './flow-types';

interface NodeShellProps {
  node: JourneyNode;
  direction: Direction;
  selected: boolean;
  problemCount: number;
  icon: ReactNode;
  children: ReactNode;
}

/** The frame every step shares: title, body, the input handle and one labelled handle per output. */
export function NodeShell({ node, direction, selected, problemCount, icon, children }: NodeShellProps) {
  const definition = getNodeKind(node.kind);
  const outputs = outputsOf(node);
  const input = direction === 'LR' ? Position.Left : Position.Top;
  const output = direction === 'LR' ? Position.Right : Position.Bottom;
  const title = node.label || definition.label;
  return (
    <div
      className={`journey-node group-${definition.group} kind-${node.kind} dir-${direction}${selected ? ' selected' : ''}`}
      role="group"
      aria-label={`${definition.label} step: ${title}`}
      aria-roledescription="journey step"
    >
      {definition.group !== 'entry' && <Handle type="target" position={input} className="journey-handle input" aria-label={`Input of ${title}`} />}
      <header className="journey-node-header">
        <span className="journey-node-icon" aria-hidden="true">
          {icon}
        </span>
        <span className="journey-node-title">{title}</span>
        {problemCount > 0 && (
          <span className="journey-node-problems" role="img" aria-label={`${problemCount} problem${problemCount === 1 ? '' : 's'}`}>
            {problemCount}
          </span>
        )}
      </header>
      <div className="journey-node-body">{children}</div>
      {outputs.length > 0 && (
        <ul className="journey-node-outputs" aria-label="Outputs">
          {outputs.map((out) => (
            <li key={out.id} className="journey-node-output">
              <span className="journey-output-label">{out.label}</span>
              <Handle
                type="source"
                id={out.id}
                position={output}
                className="journey-handle output"
                aria-label={`${out.label} output of ${title}`}
                data-output={out.id}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
