import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import { getNodeKind, outputsOf, type JourneyNode } from '../../../../shared/model/index';
import type { Severity } from '../../../../shared/validation/index';
import { StepStatisticsBadge } from '../statistics/StepStatisticsBadge';
import { TryItStepCount } from '../try-it/TryItStepCount';
import { useTryIt } from '../try-it/try-it-store';
import type { Direction } from './flow-types';

interface NodeShellProps {
  node: JourneyNode;
  direction: Direction;
  selected: boolean;
  problemCount: number;
  problemSeverity?: Severity | undefined;
  problemMessage?: string | undefined;
  icon: ReactNode;
  children: ReactNode;
}

/** The frame every step shares: title, body, the input handle and one labelled handle per output. */
export function NodeShell({
  node,
  direction,
  selected,
  problemCount,
  problemSeverity,
  problemMessage,
  icon,
  children,
}: NodeShellProps) {
  const definition = getNodeKind(node.kind);
  const outputs = outputsOf(node);
  const input = direction === 'LR' ? Position.Left : Position.Top;
  const output = direction === 'LR' ? Position.Right : Position.Bottom;
  const title = node.label || definition.label;
  // While Try it shows a path: taken, the step the animation is at, or not on the path.
  const tried = useTryIt((s) => (s.open && s.result ? (s.stepMarks[node.id] ?? 'skipped') : undefined));
  return (
    <div
      className={`journey-node group-${definition.group} kind-${node.kind} dir-${direction}${selected ? ' selected' : ''}${problemCount > 0 ? ` has-${problemSeverity ?? 'error'}` : ''}${tried ? ` tried-${tried}` : ''}`}
      role="group"
      aria-label={`${definition.label} step: ${title}`}
      aria-roledescription="journey step"
      data-tried={tried}
    >
      {definition.group !== 'entry' && (
        <Handle type="target" position={input} className="journey-handle input" aria-label={`Input of ${title}`} />
      )}
      <header className="journey-node-header">
        <span className="journey-node-icon" aria-hidden="true">
          {icon}
        </span>
        <span className="journey-node-title">{title}</span>
        {problemCount > 0 && (
          <ProblemBadge count={problemCount} severity={problemSeverity ?? 'error'} message={problemMessage} />
        )}
      </header>
      <div className="journey-node-body">{children}</div>
      <StepStatisticsBadge nodeId={node.id} title={title} />
      <TryItStepCount nodeId={node.id} title={title} />
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

/** "1 error", "3 problems" (errors and perhaps warnings), "2 warnings" (warnings only). */
function badgeNoun(count: number, severity: Severity): string {
  if (severity === 'warning') return count === 1 ? 'warning' : 'warnings';
  return count === 1 ? 'error' : 'problems';
}

/**
 * Red with errors, amber with warnings only; the tooltip and the accessible name carry the first
 * message, so hovering a step says what is wrong without opening the problems list.
 */
function ProblemBadge({
  count,
  severity,
  message,
}: {
  count: number;
  severity: Severity;
  message: string | undefined;
}) {
  const label = `${count} ${badgeNoun(count, severity)}${message ? `: ${message}` : ''}`;
  return (
    <span className={`journey-node-problems severity-${severity}`} role="img" aria-label={label} title={label}>
      {count}
    </span>
  );
}
