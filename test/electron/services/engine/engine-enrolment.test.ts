import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../support/temp-dir';
import { putSmsContacts } from '../../../support/engine-seed';
import { step, useEngineCores } from './support/engine-harness';

const tempDir = useTempDir('journey-studio-engine-enrolment-');
const connect = useEngineCores(tempDir);

describe('audience enrolment', () => {
  it('lets the host run between batches while it enrols, and every contact then goes on from its entry', async () => {
    const e = connect({ engine: { batchSize: 5 } });
    putSmsContacts(e.core.context.store, 40, 2);
    // What another task of the host sees of the enrolment, each time it gets a turn.
    const seen: number[] = [];
    let watching = true;
    const watch = () => {
      if (!watching) return;
      const row = e.db.prepare('SELECT enrolled_count FROM engine_journeys').pluck().get() as number | undefined;
      seen.push(row ?? 0);
      setImmediate(watch);
    };
    setImmediate(watch);
    const journey = await e.launch([
      step('entry', 'entry', { audience: { type: 'all' } }, { next: 'wait' }),
      step('wait', 'delay', { mode: 'duration', duration: { amount: 1, unit: 'days' } }, { next: 'exit' }),
      step('exit', 'exit'),
    ]);
    watching = false;
    expect(seen.some((count) => count > 0 && count < 40)).toBe(true);
    expect(e.counters(journey.id)).toMatchObject({ 'entry.entered': 40, 'wait.entered': 40 });
    const runs = e.runs();
    expect(runs).toHaveLength(40);
    expect(runs.every((run) => run.node_id === 'wait' && run.status === 'waiting')).toBe(true);
    expect(e.stepLog(runs[0]!.id).map((line) => [line.node_id, line.decision])).toEqual([
      ['entry', 'entered'],
      ['wait', 'waiting'],
    ]);
  });
});
