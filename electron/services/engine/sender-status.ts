import type { SenderStatus } from '../../../shared/contract/index';
import type { JourneyEngine } from './engine';
import type { EngineStore } from './engine-store';

/** What the UI says about sending: this process sends, another on the same data folder does, or none runs here. */
export function senderStatus(engine: Pick<JourneyEngine, 'isLeader'> | null, engineStore: EngineStore): SenderStatus {
  const due = engineStore.nextDue();
  return {
    state: engine === null ? 'off' : engine.isLeader() ? 'sending' : 'standby',
    nextDueAt: due === null ? null : new Date(due).toISOString(),
  };
}
