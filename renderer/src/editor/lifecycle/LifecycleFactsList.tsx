import { AudienceEstimate } from '../../audience/AudienceEstimate';
import type { LifecycleFacts } from './lifecycle-facts';

interface LifecycleFactsListProps {
  facts: LifecycleFacts;
  /** Activation counts who enters and is refused with errors; the other moves concern contacts already in. */
  activating: boolean;
}

/** The audience estimate, channels and open problems a lifecycle confirmation states before acting. */
export function LifecycleFactsList({ facts, activating }: LifecycleFactsListProps) {
  return (
    <dl className="lifecycle-facts">
      {activating && (
        <>
          <dt>Audience</dt>
          {facts.entries.length === 0 && <dd>No entry step: nobody enters.</dd>}
          {facts.entries.map((entry) => (
            <dd key={entry.stepId} aria-label={`Audience of ${entry.stepName}`}>
              {facts.entries.length > 1 && <span className="muted">{entry.stepName}: </span>}
              {entry.request ? (
                <AudienceEstimate request={entry.request} />
              ) : (
                <span className="muted">{entry.note}</span>
              )}
            </dd>
          ))}
        </>
      )}
      <dt>Channels</dt>
      <dd>{facts.channels ?? 'No messages'}</dd>
      {activating && facts.errors > 0 && (
        <>
          <dt>Errors</dt>
          <dd className="field-error">
            {facts.errors} {facts.errors === 1 ? 'error' : 'errors'} to fix first; activation will be refused until
            then.
          </dd>
        </>
      )}
      {facts.warnings.length > 0 && (
        <>
          <dt>Warnings</dt>
          <dd>
            <ul className="lifecycle-warnings" aria-label="Warnings">
              {facts.warnings.map((warning, index) => (
                <li key={index}>{warning}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
