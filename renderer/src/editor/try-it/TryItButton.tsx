import { FlaskConical } from 'lucide-react';
import { closeTryIt, openTryIt, useTryIt } from './try-it-store';

/** Opens (or closes) the Try it panel of the open journey, draft or live. */
export function TryItButton({ journeyId }: { journeyId: string }) {
  const open = useTryIt((s) => s.open && s.journeyId === journeyId);
  return (
    <button
      type="button"
      className={`button try-it-button${open ? ' primary' : ''}`}
      aria-pressed={open}
      onClick={() => (open ? closeTryIt() : openTryIt(journeyId))}
      title="Run the journey for test profiles on a simulated clock"
    >
      <FlaskConical aria-hidden="true" size={14} /> Try it
    </button>
  );
}
