import {
  ApiError,
  STEP_COUNTERS,
  type ContactTimeline,
  type Contract,
  type JourneyCharts,
  type JourneyFigures,
  type JourneyStatistics,
  type RunSummary,
  type ServiceImpl,
  type StepStatistics,
  type TimelineItem,
} from '../../../shared/contract/index';
import { lowestConversion, stepConversions } from '../../../shared/journey/step-conversion';
import type { ServiceContext } from '../context';
import { createVersionCache, type LoadedVersion } from '../engine/loaded-version';
import { explainDecision } from './branch-reasons';
import { createStatsQueries, type RunRow } from './stats-queries';
import { statisticsCsv } from './stats-csv';

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));
const MINUTE = 60_000;
const SPARK_POINTS = 24;

function parseCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  if (!/^\d{1,15}$/.test(cursor))
    throw new ApiError('BAD_INPUT', 'cursor: not a cursor this list answered; start again without one.', [
      { path: 'cursor', message: 'Not a cursor this list answered' },
    ]);
  return Number(cursor);
}

function safeFileName(text: string): string {
  return text.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'journey';
}

/** Statistics from the engine's counters, runs, step log and attempts; read-only, any process. */
export function createStatsService(ctx: ServiceContext): ServiceImpl<Contract['services']['stats']> {
  const { store } = ctx;
  const q = createStatsQueries(store.db);
  const loadVersion = createVersionCache(store);

  function chosenVersion(journeyId: string, asked: number | undefined): { versions: number[]; version: number | null } {
    const stored = store.journeys.require(journeyId);
    const versions = q.versions(journeyId);
    if (asked !== undefined) {
      if (!versions.includes(asked))
        throw new ApiError('NOT_FOUND', `version: the journey has no version ${asked}.`, [
          { path: 'version', message: `No version ${asked}; it has ${versions.length ? versions.join(', ') : 'none'}` },
        ]);
      return { versions, version: asked };
    }
    return { versions, version: stored.liveVersion ?? versions.at(-1) ?? null };
  }

  function versionOrThrow(journeyId: string, version: number): LoadedVersion {
    const loaded = loadVersion(journeyId, version);
    if (loaded === undefined) throw new ApiError('NOT_FOUND', `The journey has no version ${version}.`);
    return loaded;
  }

  function statistics(journeyId: string, asked: number | undefined): JourneyStatistics {
    const name = store.journeys.require(journeyId).journey.name;
    const { versions, version } = chosenVersion(journeyId, asked);
    const empty: JourneyStatistics = {
      journeyId,
      name,
      versions,
      version,
      steps: [],
      lowestConversion: null,
      totals: { entered: 0, inFlight: 0, converted: 0 },
    };
    if (version === null) return empty;
    const loaded = versionOrThrow(journeyId, version);
    const counts = new Map<string, Record<string, number>>();
    for (const row of q.counters(journeyId, version)) {
      let step = counts.get(row.node_id);
      if (step === undefined) counts.set(row.node_id, (step = {}));
      step[row.counter] = row.value;
    }
    const inFlight = new Map(q.inFlightBySteps(journeyId, version).map((row) => [row.node_id, row.n]));
    const flows = loaded.journey.nodes.map((node) => ({
      nodeId: node.id,
      entered: counts.get(node.id)?.entered ?? 0,
      inFlight: inFlight.get(node.id) ?? 0,
    }));
    const conversions = stepConversions(flows, loaded.journey.edges);
    const steps = loaded.journey.nodes.map((node, index): StepStatistics => {
      const counters = Object.fromEntries(STEP_COUNTERS.map((c) => [c, counts.get(node.id)?.[c] ?? 0])) as Record<
        (typeof STEP_COUNTERS)[number],
        number
      >;
      return {
        nodeId: node.id,
        label: node.label,
        kind: node.kind,
        ...counters,
        inFlight: flows[index]!.inFlight,
        conversion: conversions.get(node.id) ?? null,
      };
    });
    return {
      ...empty,
      steps,
      lowestConversion: lowestConversion(flows, conversions),
      totals: {
        entered: steps.filter((step) => step.kind === 'entry').reduce((sum, step) => sum + step.entered, 0),
        inFlight: steps.reduce((sum, step) => sum + step.inFlight, 0),
        converted: steps.reduce((sum, step) => sum + step.converted, 0),
      },
    };
  }

  function dashboard(): JourneyFigures[] {
    const figures = new Map<string, JourneyFigures>();
    const of = (journeyId: string) => {
      let found = figures.get(journeyId);
      if (found === undefined) figures.set(journeyId, (found = { journeyId, inFlight: 0, entered: 0, converted: 0 }));
      return found;
    };
    for (const row of q.countersByJourney()) {
      if (row.counter === 'converted') of(row.journey_id).converted += row.value;
      else if (loadVersion(row.journey_id, row.version)?.nodes.get(row.node_id)?.kind === 'entry')
        of(row.journey_id).entered += row.value;
    }
    for (const row of q.inFlightByJourney()) of(row.journey_id).inFlight = row.n;
    return [...figures.values()];
  }

  function summaryOf(row: RunRow): RunSummary {
    return {
      runId: row.id,
      contactId: row.contact_id,
      version: row.version,
      nodeId: row.node_id,
      stepLabel: loadVersion(row.journey_id, row.version)?.nodes.get(row.node_id)?.label ?? null,
      status: row.status,
      outcome: row.outcome,
      startedAt: iso(row.started_at),
      updatedAt: iso(row.updated_at),
      endedAt: isoOrNull(row.ended_at),
      nextWakeAt: row.status === 'ended' ? null : isoOrNull(row.due_at),
      wakePurpose: row.status === 'ended' ? null : row.purpose,
      waitingFor: row.status === 'ended' ? null : row.event_name,
    };
  }

  function timeline(journeyId: string, contactId: string): ContactTimeline {
    const journeyName = store.journeys.require(journeyId).journey.name;
    const runs = q.contactRuns(journeyId, contactId).map((row) => {
      // Each line names a step of the version the run was on then: a moved run has lines of two.
      const nodeOf = (version: number, nodeId: string) => loadVersion(journeyId, version)?.nodes.get(nodeId);
      const items: TimelineItem[] = [];
      for (const entry of q.stepLog(row.id)) {
        const node = nodeOf(entry.version, entry.node_id);
        const detail = JSON.parse(entry.detail) as Record<string, unknown>;
        items.push({
          type: 'step',
          at: iso(entry.at),
          nodeId: entry.node_id,
          stepLabel: node?.label ?? null,
          kind: node?.kind ?? null,
          decision: entry.decision,
          reason: explainDecision({ at: entry.at, decision: entry.decision, detail }, node),
          detail,
        });
      }
      for (const attempt of q.attempts(row.id)) {
        items.push({
          type: 'attempt',
          at: iso(attempt.created_at),
          nodeId: attempt.node_id,
          stepLabel: nodeOf(attempt.version, attempt.node_id)?.label ?? null,
          channel: attempt.channel,
          attempt: attempt.attempt,
          fallbackIndex: attempt.fallback_index,
          status: attempt.status,
          error: attempt.error,
          idempotencyKey: attempt.idempotency_key,
        });
      }
      const from = Math.min(row.started_at, row.trigger_at ?? row.started_at);
      for (const event of q.events(contactId, from, row.ended_at ?? ctx.clock.now())) {
        items.push({
          type: 'event',
          at: iso(event.occurred_at),
          eventId: event.id,
          name: event.name,
          properties: JSON.parse(event.properties) as Record<string, unknown>,
        });
      }
      // Stable: within one instant, steps keep their log order ahead of attempts and events.
      items.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
      return { ...summaryOf(row), items };
    });
    return { journeyId, journeyName, contactId, runs };
  }

  function charts(journeyId: string, asked: number | undefined, hours: number): JourneyCharts {
    store.journeys.require(journeyId);
    const { version } = chosenVersion(journeyId, asked);
    const funnelByVersion = new Map<number, JourneyCharts['funnel'][number]>();
    for (const row of q.funnel(journeyId)) {
      let stage = funnelByVersion.get(row.version);
      if (stage === undefined) {
        stage = { version: row.version, entered: 0, sent: 0, delivered: 0, clicked: 0, converted: 0 };
        funnelByVersion.set(row.version, stage);
      }
      const isEntry = loadVersion(journeyId, row.version)?.nodes.get(row.node_id)?.kind === 'entry';
      if (row.counter === 'entered') {
        if (isEntry) stage.entered += row.value;
      } else stage[row.counter as 'sent' | 'delivered' | 'clicked' | 'converted'] += row.value;
    }
    const bucketMs = Math.max(MINUTE, Math.ceil((hours * 3600_000) / SPARK_POINTS / MINUTE) * MINUTE);
    // The entry minutes are stamped by the database's clock (a trigger), so the window is too.
    const nowMinute = q.databaseMinute();
    const firstMinute = nowMinute + 1 - (bucketMs / MINUTE) * SPARK_POINTS;
    const result: JourneyCharts = {
      version,
      bucketMs,
      entries: [],
      funnel: [...funnelByVersion.values()].sort((a, b) => a.version - b.version),
      channels: [],
    };
    if (version === null) return result;
    const loaded = versionOrThrow(journeyId, version);
    const spark = new Map<string, number[]>();
    for (const row of q.entryMinutes(journeyId, version, firstMinute)) {
      const index = Math.floor((row.minute - firstMinute) / (bucketMs / MINUTE));
      if (index < 0 || index >= SPARK_POINTS) continue;
      let points = spark.get(row.node_id);
      if (points === undefined) spark.set(row.node_id, (points = new Array<number>(SPARK_POINTS).fill(0)));
      points[index] = points[index]! + row.value;
    }
    result.entries = loaded.journey.nodes.map((node) => {
      const points = spark.get(node.id) ?? new Array<number>(SPARK_POINTS).fill(0);
      return {
        nodeId: node.id,
        points: points.map((count, i) => ({ at: iso(firstMinute * MINUTE + i * bucketMs), count })),
      };
    });
    const channels = new Map<string, JourneyCharts['channels'][number]>();
    const cell = (nodeId: string, channel: string) => {
      const key = `${nodeId}\u0000${channel}`;
      let found = channels.get(key);
      if (found === undefined) channels.set(key, (found = { nodeId, channel, delivered: 0, failed: 0, fellBack: 0 }));
      return found;
    };
    for (const row of q.channelOutcomes(journeyId, version)) {
      if (row.status === 'delivered' || row.status === 'accepted') cell(row.node_id, row.channel).delivered += row.n;
      else if (row.status === 'failed' || row.status === 'rejected') cell(row.node_id, row.channel).failed += row.n;
    }
    for (const row of q.fallbacks(journeyId, version))
      if (row.channel !== null) cell(row.node_id, row.channel).fellBack += row.n;
    const order = new Map(loaded.journey.nodes.map((node, index) => [node.id, index]));
    result.channels = [...channels.values()].sort(
      (a, b) => (order.get(a.nodeId) ?? 0) - (order.get(b.nodeId) ?? 0) || a.channel.localeCompare(b.channel),
    );
    return result;
  }

  return {
    journey: ({ journeyId, version }) => statistics(journeyId, version),
    dashboard: () => dashboard(),
    runs: (query) => {
      store.journeys.require(query.journeyId);
      const limit = query.limit;
      const rows = q.runs({
        journeyId: query.journeyId,
        version: query.version ?? null,
        nodeId: query.nodeId ?? null,
        contactId: query.contactId ?? null,
        state: query.state,
        afterId: parseCursor(query.cursor),
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      return {
        items: page.map(summaryOf),
        nextCursor: rows.length > limit ? String(page.at(-1)!.id) : null,
      };
    },
    timeline: ({ journeyId, contactId }) => timeline(journeyId, contactId),
    charts: ({ journeyId, version, hours }) => charts(journeyId, version, hours),
    exportCsv: ({ journeyId, version }) => {
      const stats = statistics(journeyId, version);
      return {
        fileName: `${safeFileName(stats.name)}-v${stats.version ?? 0}-statistics.csv`,
        mediaType: 'text/csv',
        content: statisticsCsv(stats),
      };
    },
    exportTimeline: ({ journeyId, contactId }) => {
      const found = timeline(journeyId, contactId);
      return {
        fileName: `${safeFileName(found.journeyName)}-${safeFileName(contactId)}-timeline.json`,
        mediaType: 'application/json',
        content: `${JSON.stringify(found, null, 2)}\n`,
      };
    },
  };
}
