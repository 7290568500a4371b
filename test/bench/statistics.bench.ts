// Journey statistics on a large journey: 1,000,000 runs over 20 steps, every run still in flight
// (the worst case: the open-runs index then holds them all), with counters and a version of 20
// steps. Loading the version's statistics through the API (validation included) is measured against
// a bare count(*) over the same runs on the same connection, in the same run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startCore } from '../../electron/services/app-services';
import { contract, createClient } from '../../shared/contract/index';
import { inProcessTransport } from '../support/in-process-transport';
import { seededStep } from '../support/engine-seed';
import { check, note } from './support/report';
import { median } from './support/stats';

const RUNS = 1_000_000;
const STEPS = 20;
const ROUNDS = 9;
const TARGET_MS = 300;
/** Counting per step may cost at most twice a bare count of the same runs. */
const TARGET_RATIO = 2;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-statistics-bench-'));
const core = startCore({ dataDir: dir, host: 'browser', appVersion: 'bench' });
try {
  const client = createClient(contract, inProcessTransport(core));
  const ids = Array.from({ length: STEPS }, (_, i) => `s${String(i).padStart(2, '0')}`);
  const nodes = ids.map((id, i) =>
    i === 0
      ? seededStep(id, 'entry', { audience: { type: 'customEvent', eventName: 'order', propertyRules: [] } })
      : i === STEPS - 1
        ? seededStep(id, 'exit')
        : seededStep(id, 'delay', { mode: 'duration', duration: { amount: i, unit: 'hours' } }),
  );
  const edges = ids.slice(1).map((target, i) => ({ id: `e${i}`, source: ids[i]!, sourceHandle: 'next', target }));
  const created = await client.journeys.create({ name: 'Statistics bench' });
  const saved = await client.journeys.save({
    journey: { ...created.journey, nodes, edges },
    expectedRevision: created.revision,
  });
  await client.journeys.activate({ id: saved.journey.id, expectedRevision: saved.revision });
  const journeyId = saved.journey.id;

  const db = core.context.store.db;
  const seedStarted = performance.now();
  // Generated inside SQLite, one statement per step: seeding is not what is measured.
  const insertRuns = db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @count)
     INSERT INTO engine_runs (journey_id, version, contact_id, node_id, status, started_at, updated_at)
     SELECT @journeyId, 1, @nodeId || '-' || i, @nodeId, 'waiting', 0, 0 FROM n`,
  );
  const bump = db.prepare(
    `INSERT INTO engine_node_counters (journey_id, version, node_id, counter, value) VALUES (?, 1, ?, ?, ?)
     ON CONFLICT (journey_id, version, node_id, counter) DO UPDATE SET value = value + excluded.value`,
  );
  // Runs spread down the steps, fewer at each: step i holds a share falling with i.
  const weights = ids.map((_, i) => STEPS - i);
  const total = weights.reduce((a, b) => a + b, 0);
  const atStep = weights.map((w) => Math.floor((w / total) * RUNS));
  atStep[0]! += RUNS - atStep.reduce((a, b) => a + b, 0);
  db.transaction(() => {
    atStep.forEach((count, i) => {
      insertRuns.run({ count, journeyId, nodeId: ids[i]! });
      // Everyone at step i or later entered step i.
      const entered = atStep.slice(i).reduce((a, b) => a + b, 0);
      bump.run(journeyId, ids[i]!, 'entered', entered);
    });
  })();
  db.pragma('optimize');
  note(
    `seeded ${RUNS.toLocaleString('en-US')} runs over ${STEPS} steps in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
  );

  const bare = db.prepare('SELECT count(*) FROM engine_runs WHERE journey_id = ? AND version = 1').pluck();
  const oursMs: number[] = [];
  const bareMs: number[] = [];
  let last: Awaited<ReturnType<typeof client.stats.journey>> | null = null;
  let counted = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    let started = performance.now();
    last = await client.stats.journey({ journeyId, version: 1 });
    oursMs.push(performance.now() - started);
    started = performance.now();
    counted = bare.get(journeyId) as number;
    bareMs.push(performance.now() - started);
  }
  const inFlight = last!.steps.reduce((sum, step) => sum + step.inFlight, 0);
  if (counted !== RUNS || inFlight !== RUNS || last!.steps.length !== STEPS)
    throw new Error(`expected ${RUNS} runs on ${STEPS} steps, counted ${counted}, statistics say ${inFlight}`);
  check(
    'journey statistics, 1M runs × 20 steps (vs bare count(*) of the same runs)',
    { ours: median(oursMs), baseline: median(bareMs), baselineName: 'SELECT count(*) of the runs', unit: 'ms' },
    { atMost: TARGET_MS, ratioAtMost: TARGET_RATIO },
  );
  note(
    `median of ${ROUNDS}; ours ${Math.min(...oursMs).toFixed(0)}–${Math.max(...oursMs).toFixed(0)} ms, count(*) ${Math.min(...bareMs).toFixed(0)}–${Math.max(...bareMs).toFixed(0)} ms; lowest conversion ${last!.lowestConversion}`,
  );
} finally {
  await core.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
