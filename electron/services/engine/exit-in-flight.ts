import type { EngineStore } from './engine-store';

/**
 * "Stop: exit now": every run of the journey still in flight ends as stopped, counted as exited at
 * the step it was on. Plain writes through the store, so any process may do it (the CLI beside a
 * running `serve`); an engine settling an effect for such a run finds it ended and leaves it.
 */
export function exitRunsInFlight(engineStore: EngineStore, journeyId: string, now: number): number {
  return engineStore.transaction(() => {
    const ids = engineStore.openRunIds(journeyId);
    for (const id of ids) {
      const run = engineStore.run(id);
      if (run === undefined) continue;
      engineStore.bump(run.journeyId, run.version, run.nodeId, 'exited');
      engineStore.log({
        runId: run.id,
        journeyId: run.journeyId,
        version: run.version,
        nodeId: run.nodeId,
        at: now,
        decision: 'exited: journey stopped',
        detail: {},
      });
      engineStore.unschedule(run.id);
      engineStore.removeEventWait(run.id);
      engineStore.saveRun({ ...run, status: 'ended', outcome: 'stopped', effect: null, updatedAt: now, endedAt: now });
    }
    return ids.length;
  });
}
