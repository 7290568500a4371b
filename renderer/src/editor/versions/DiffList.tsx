import { useId } from 'react';
import type { JourneyDiff } from '../../../../shared/journey/diff';
import type { JourneyNode } from '../../../../shared/model/index';
import { describeChange, otherChanges, stepName } from './diff-text';
import './versions.css';

interface DiffListProps {
  diff: JourneyDiff;
  /** When given, each step is a button that brings it into view on the canvas. */
  onSelectStep?(nodeId: string): void;
}

function StepItem({
  node,
  detail,
  onSelectStep,
}: {
  node: JourneyNode;
  detail?: string;
  onSelectStep?: (nodeId: string) => void;
}) {
  const text = (
    <>
      <span className="diff-step-name">{stepName(node)}</span>
      {detail && <span className="diff-step-detail">{detail}</span>}
    </>
  );
  return (
    <li>
      {onSelectStep ? (
        <button type="button" className="diff-step" onClick={() => onSelectStep(node.id)}>
          {text}
        </button>
      ) : (
        <span className="diff-step">{text}</span>
      )}
    </li>
  );
}

/** Added, changed and removed steps in three labelled lists, then everything else that differs. */
export function DiffList({ diff, onSelectStep }: DiffListProps) {
  const idPrefix = useId();
  const others = otherChanges(diff);
  const groups: { key: string; title: string; items: { node: JourneyNode; detail?: string }[] }[] = [
    { key: 'added', title: 'Added steps', items: diff.added.map((node) => ({ node })) },
    {
      key: 'changed',
      title: 'Changed steps',
      items: diff.changed.map((change) => ({ node: change.after, detail: describeChange(change) })),
    },
    { key: 'removed', title: 'Removed steps', items: diff.removed.map((node) => ({ node })) },
  ];
  const empty = groups.every((group) => group.items.length === 0) && others.length === 0;
  if (empty) return <p className="muted">No differences.</p>;
  return (
    <div className="diff-list">
      {groups
        .filter((group) => group.items.length > 0)
        .map((group) => {
          const headingId = `${idPrefix}-${group.key}`;
          return (
            <section key={group.key} className={`diff-group diff-group-${group.key}`} aria-labelledby={headingId}>
              <h3 id={headingId}>
                {group.title} ({group.items.length})
              </h3>
              <ul aria-labelledby={headingId}>
                {group.items.map((item) => (
                  <StepItem key={item.node.id} node={item.node} detail={item.detail} onSelectStep={onSelectStep} />
                ))}
              </ul>
            </section>
          );
        })}
      {others.length > 0 && (
        <section className="diff-group diff-other" aria-label="Other changes">
          <h3>Other changes</h3>
          <ul>
            {others.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
