import type { SenderStatus } from '../../../shared/contract/index';
import type { HostedEngine } from './engine-host';
import type { EngineStore } from './engine-store';

/**
 * What the UI says about sending: this process sends, another on the same data folder does, or no
 * engine runs here (none in this process, or its worker is starting or starting again).
 */
export function senderStatus(
  engine: Pick<HostedEngine, 'isLeader' | 'threadId'> | null,
  engineStore: EngineStore,
): SenderStatus {
  const due = engineStore.nextDue();
  return {
    state: engine === null || engine.threadId() === null ? 'off' : engine.isLeader() ? 'sending' : 'standby',
    nextDueAt: due === null ? null : new Date(due).toISOString(),
  };
}
