import type { Journey, JourneyNode, NodeKind } from '../../../shared/model/index';
import { MOVED_DECISION, type EngineStore, type Run } from './engine-store';
import { STEP_EXECUTORS } from './executors/index';
import type { StepExecutor } from './executors/executor';

/** Everyone in flight at one step of an older version goes to a step of the new one. */
export interface StepMove {
  fromVersion: number;
  fromNodeId: string;
  toNodeId: string;
}

export interface MoveRunsInput {
  journeyId: string;
  /** The version the runs move to, and its document. */
  toVersion: number;
  to: Journey;
  /** The document of an older version, by number. */
  from(version: number): Journey | undefined;
  moves: readonly StepMove[];
  now: number;
}

export interface MoveRunsResult {
  moved: number;
  /** Runs that were in the middle of a step (a message being sent, a webhook being called): they stay where they are. */
  midStep: number;
}

const sameStep = (before: JourneyNode, after: JourneyNode) => before.id === after.id && before.kind === after.kind;

/**
 * Moves the runs waiting at the given steps of older versions to steps of the new version, in one
 * transaction through the store, so a running engine sees each run either where it was or where it
 * went. A run kept at the same (changed) step keeps its wait, adjusted by its kind (a delay's new
 * duration counts from when it began); a run sent to another step waits at its door, due now, and the
 * engine takes it in as it takes any wake-up (a paused journey's on resume). A run in the middle of a
 * side effect is left alone: the engine settles that effect against the step it started at.
 */
export function moveRunsToVersion(engineStore: EngineStore, input: MoveRunsInput): MoveRunsResult {
  const { journeyId, toVersion, now } = input;
  const targets = new Map(input.to.nodes.map((node) => [node.id, node]));
  return engineStore.transaction(() => {
    const result: MoveRunsResult = { moved: 0, midStep: 0 };
    for (const move of input.moves) {
      const before = input.from(move.fromVersion)?.nodes.find((node) => node.id === move.fromNodeId);
      const after = targets.get(move.toNodeId);
      if (before === undefined || after === undefined) continue;
      for (const run of engineStore.openRunsAt(journeyId, move.fromVersion, move.fromNodeId)) {
        if (run.status !== 'waiting') {
          result.midStep += 1;
          continue;
        }
        placeRun(engineStore, run, before, after, now);
        engineStore.log({
          runId: run.id,
          journeyId,
          version: toVersion,
          nodeId: after.id,
          at: now,
          decision: MOVED_DECISION,
          detail: {
            fromVersion: move.fromVersion,
            fromNodeId: before.id,
            fromLabel: before.label,
            toVersion,
            toNodeId: after.id,
            toLabel: after.label,
          },
        });
        engineStore.bump(journeyId, toVersion, after.id, 'entered');
        run.version = toVersion;
        run.nodeId = after.id;
        run.updatedAt = now;
        engineStore.saveRun(run);
        result.moved += 1;
      }
    }
    return result;
  });
}

/** Keeps the run's wait at the same step when its kind says it still stands; else it waits at the new step's door. */
function placeRun(engineStore: EngineStore, run: Run, before: JourneyNode, after: JourneyNode, now: number): void {
  if (sameStep(before, after)) {
    const wakeup = engineStore.wakeupOf(run.id);
    const executor = STEP_EXECUTORS[after.kind] as StepExecutor<NodeKind>;
    const kept = executor.moveWait?.({ before, after, wakeup, now }) ?? { keep: true };
    if (kept.keep) {
      if (kept.dueAt !== undefined && wakeup !== undefined)
        engineStore.schedule(run.id, run.journeyId, kept.dueAt, wakeup.purpose);
      return;
    }
  }
  engineStore.removeEventWait(run.id);
  engineStore.schedule(run.id, run.journeyId, now, 'enter');
  run.nodeState = {};
}
