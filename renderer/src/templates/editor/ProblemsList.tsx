import type { RenderDiagnostic } from '../../../../shared/templates/index';
import { positionOf, sortProblems } from '../diagnostics';

interface ProblemsListProps {
  diagnostics: readonly RenderDiagnostic[];
  /** Moves the cursor to a problem in the code editor, when the field has one. */
  onGoTo?(diagnostic: RenderDiagnostic): void;
  codeField: string | null;
}

export function ProblemsList({ diagnostics, onGoTo, codeField }: ProblemsListProps) {
  const sorted = sortProblems(diagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return (
    <section className="problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading" className="panel-heading">
        Problems{' '}
        <span className="muted" role="status">
          {diagnostics.length === 0
            ? 'none'
            : [
                errors && `${errors} ${errors === 1 ? 'error' : 'errors'}`,
                warnings && `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
              ]
                .filter(Boolean)
                .join(', ')}
        </span>
      </h2>
      {sorted.length > 0 && (
        <ul className="problem-list">
          {sorted.map((d, index) => {
            const where = positionOf(d);
            const canJump = onGoTo && d.field === codeField && d.line !== undefined;
            return (
              <li key={index} className={`problem ${d.severity}`}>
                <span className={`badge severity-${d.severity}`}>{d.severity === 'error' ? 'Error' : 'Warning'}</span>
                <span className="problem-field">{d.field}</span>
                {where &&
                  (canJump ? (
                    <button
                      type="button"
                      className="link-button problem-position"
                      aria-label={`Go to line ${where.replace(':', ', column ')} of ${d.field}`}
                      onClick={() => onGoTo(d)}
                    >
                      {where}
                    </button>
                  ) : (
                    <span className="problem-position">{where}</span>
                  ))}
                <span className="problem-message">{d.message}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
