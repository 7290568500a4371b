// Validator benchmark: validateJourney with a full context on a generated 10,000-step journey,
// against a bare breadth-first traversal of the same graph (adjacency built from the edges inside
// the timing, as the validator has to), measured alternately in the same run.
import { performance } from 'node:perf_hooks';
import { allFields, type CustomField } from '../../shared/audience/index';
import { generateJourney } from '../support/generate-journey';
import { CHANNEL_IDS, type Channel, type Journey, type JourneyEdge, type JourneyNode } from '../../shared/model/index';
import { validateJourney, type ValidationContext, type ValidationTemplate } from '../../shared/validation/index';
import { check, note } from './support/report';
import { median, percentile } from './support/stats';

const NODES = 10_000;
const EDGES = 15_000;
const SEED = 7;
const WARMUP = 30;
const RUNS = 201;
const TARGET_MEDIAN_MS = 20;
const TARGET_RATIO = 5;
/** One exit in this many becomes a "wait and retry" delay looping back a few steps: loops that are fine. */
const RETRY_EVERY = 15;
const RETRY_DEPTH = 4;
const TEMPLATES_PER_CHANNEL = 5;

const CUSTOM_FIELDS: CustomField[] = [
  { key: 'first_name', label: 'First name', description: '', type: 'text' },
  { key: 'vip', label: 'VIP', description: '', type: 'boolean' },
  { key: 'stage', label: 'Journey stage', description: '', type: 'text' },
];

function templateId(channel: Channel, index: number): string {
  return `${channel}-template-${index % TEMPLATES_PER_CHANNEL}`;
}

/**
 * The generated journey, made to look like one people build: templates that exist on the right
 * channels, an SMS fallback on some emails, known fields, some Liquid in webhook URLs, and retry
 * loops through a delay (which the validator must accept, not flag).
 */
function realisticJourney(): Journey {
  const generated = generateJourney({ nodes: NODES, edges: EDGES, seed: SEED });
  const firstSourceOf = new Map<string, string>();
  for (const edge of generated.edges) if (!firstSourceOf.has(edge.target)) firstSourceOf.set(edge.target, edge.source);
  const extraEdges: JourneyEdge[] = [];
  let exits = 0;
  const nodes = generated.nodes.map((node, index): JourneyNode => {
    switch (node.kind) {
      case 'message': {
        const { channel } = node.config;
        const fallbacks =
          channel === 'email' && index % 3 === 0
            ? [{ channel: 'sms' as const, templateId: templateId('sms', index) }]
            : [];
        return { ...node, config: { ...node.config, templateId: templateId(channel, index), fallbacks } };
      }
      case 'updateProfile':
        return { ...node, config: { updates: [{ field: 'stage', value: `step-${index}` }] } };
      case 'webhook':
        return index % 2 === 0
          ? {
              ...node,
              config: {
                ...node.config,
                url: `https://crm.example.com/contacts/{{ customer.customerId }}/steps/${index}`,
              },
            }
          : node;
      case 'exit': {
        exits++;
        if (exits % RETRY_EVERY !== 0) return node;
        let target = node.id;
        for (let depth = 0; depth < RETRY_DEPTH; depth++) target = firstSourceOf.get(target) ?? target;
        if (target === node.id || target === generated.nodes[0]!.id) return node;
        extraEdges.push({ id: `retry-${index}`, source: node.id, sourceHandle: 'next', target });
        return {
          id: node.id,
          kind: 'delay',
          label: `Wait and retry ${index}`,
          position: node.position,
          config: { mode: 'duration', duration: { amount: 1, unit: 'days' } },
        };
      }
      default:
        return node;
    }
  });
  return { ...generated, nodes, edges: [...generated.edges, ...extraEdges] };
}

function fullContext(): ValidationContext {
  const templates = new Map<string, ValidationTemplate>();
  for (const channel of CHANNEL_IDS) {
    for (let index = 0; index < TEMPLATES_PER_CHANNEL; index++) {
      const id = templateId(channel, index);
      const variables = [
        'customer.email',
        'customer.first_name',
        'event.properties.cart_url',
        ...(channel === 'email' ? ['subject'] : []),
      ];
      templates.set(id, { id, name: `${channel} template ${index}`, channel, variables, problems: [] });
    }
  }
  return {
    templates,
    fields: allFields(CUSTOM_FIELDS),
    configuredChannels: new Set(CHANNEL_IDS),
    now: new Date('2025-01-01T00:00:00Z'),
  };
}

/** The baseline: what any traversal of the journey costs, index and adjacency included. */
function bareBreadthFirst(journey: Journey): number {
  const { nodes, edges } = journey;
  const indexById = new Map<string, number>();
  for (let index = 0; index < nodes.length; index++) indexById.set(nodes[index]!.id, index);
  const adjacency: number[][] = [];
  for (let index = 0; index < nodes.length; index++) adjacency.push([]);
  for (const edge of edges) {
    const source = indexById.get(edge.source);
    const target = indexById.get(edge.target);
    if (source !== undefined && target !== undefined) adjacency[source]!.push(target);
  }
  const seen = new Uint8Array(nodes.length);
  const queue = new Int32Array(nodes.length);
  let tail = 0;
  for (let index = 0; index < nodes.length; index++) {
    if (nodes[index]!.kind !== 'entry') continue;
    seen[index] = 1;
    queue[tail++] = index;
  }
  for (let head = 0; head < tail; head++) {
    for (const next of adjacency[queue[head]!]!) {
      if (seen[next] === 1) continue;
      seen[next] = 1;
      queue[tail++] = next;
    }
  }
  return tail;
}

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const journey = realisticJourney();
const context = fullContext();

const diagnostics = validateJourney(journey, context);
const byCode = new Map<string, number>();
for (const diagnostic of diagnostics) byCode.set(diagnostic.code, (byCode.get(diagnostic.code) ?? 0) + 1);
const reached = bareBreadthFirst(journey);
note(
  `${journey.nodes.length} steps, ${journey.edges.length} connections, ${reached} reachable; ` +
    `${diagnostics.length} diagnostics (${[...byCode].map(([code, count]) => `${code} ${count}`).join(', ') || 'none'})`,
);

for (let i = 0; i < WARMUP; i++) {
  bareBreadthFirst(journey);
  validateJourney(journey, context);
}
// Alternating the two spreads any background load evenly over both.
const bare: number[] = [];
const ours: number[] = [];
for (let i = 0; i < RUNS; i++) {
  bare.push(timed(() => bareBreadthFirst(journey)));
  ours.push(timed(() => validateJourney(journey, context)));
}

note(
  `bare BFS p50 ${median(bare).toFixed(2)} / p95 ${percentile(bare, 95).toFixed(2)} ms; ` +
    `validateJourney p50 ${median(ours).toFixed(2)} / p95 ${percentile(ours, 95).toFixed(2)} ms over ${RUNS} runs`,
);
check(
  `validate ${NODES.toLocaleString('en')} steps, p50`,
  { ours: median(ours), baseline: median(bare), baselineName: 'bare BFS', unit: 'ms' },
  { atMost: TARGET_MEDIAN_MS, ratioAtMost: TARGET_RATIO },
);
