import { memo } from 'react';
import { count } from '../statistics/format';
import { useTryIt } from './try-it-store';

/** How many of the simulated profiles came to this step, while Try it shows every profile's paths. */
export const TryItStepCount = memo(function TryItStepCount({ nodeId, title }: { nodeId: string; title: string }) {
  const counted = useTryIt((s) => (s.open && s.stepCounts ? (s.stepCounts[nodeId] ?? 0) : null));
  const total = useTryIt((s) => s.result?.contacts.length ?? 0);
  if (counted === null) return null;
  return (
    <p className="try-it-step-count" aria-label={`Simulated profiles at ${title}`}>
      <b>{count(counted)}</b> of {count(total)} profiles
    </p>
  );
});
