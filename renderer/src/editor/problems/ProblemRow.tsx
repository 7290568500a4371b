import { memo, useState } from 'react';
import type { Diagnostic } from '../../../../shared/validation/index';
import type { ProblemView } from './problem-views';

interface ProblemRowProps {
  view: ProblemView;
  onReveal(diagnostic: Diagnostic): void;
  /** Absent while the journey cannot be edited: fixes are then not offered. */
  onFix: ((diagnostic: Diagnostic) => Promise<void>) | undefined;
}

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning' } as const;

/** One problem: a button that shows where it is, and its quick fix beside it when it has one. */
export const ProblemRow = memo(function ProblemRow({ view, onReveal, onFix }: ProblemRowProps) {
  const { diagnostic, stepName } = view;
  const [fixing, setFixing] = useState(false);
  return (
    <li className={`journey-problem severity-${diagnostic.severity}`}>
      <button type="button" className="journey-problem-show" onClick={() => onReveal(diagnostic)}>
        <span className="journey-problem-icon" aria-hidden="true">
          {diagnostic.severity === 'error' ? '×' : '!'}
        </span>
        <span className="visually-hidden">{SEVERITY_LABEL[diagnostic.severity]}: </span>
        <span className="journey-problem-text">
          <span className="journey-problem-message">{diagnostic.message}</span>
          <span className="journey-problem-hint">{diagnostic.hint}</span>
        </span>
        {stepName !== null && <span className="journey-problem-step">{stepName}</span>}
      </button>
      {diagnostic.fix && onFix && (
        <button
          type="button"
          className="button small journey-problem-fix"
          disabled={fixing}
          onClick={() => {
            setFixing(true);
            void onFix(diagnostic).finally(() => setFixing(false));
          }}
        >
          {fixing ? 'Fixing…' : diagnostic.fix.label}
        </button>
      )}
    </li>
  );
});
