// Simulation ("Try it"): 1,000 profiles through a 30-day journey (entry on an event, SMS, a wait
// for its click, a condition, a week's delay, random paths, a two-week retarget, a last SMS) with a
// script of clicks and purchases, on the virtual clock in a scratch database, timelines included.
// Target: under 2 s. The baseline, measured in the same run, is the engine's share of that work:
// the same engine on the same journey, profiles and script, on a virtual clock over a data folder
// already seeded, without creating the scratch database, seeding it or reading the timelines back.
// End to end: the same journey, profiles and script as the editor's Try it sends them, through
// `journey-studio serve` (simulation.run over HTTP, as the panel calls it: the first profiles'
// timelines sent back, the others' paths; after simulation.prepare, as the panel calls it on opening),
// from the request to the answer parsed. Target: under 2 s.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { startCore } from '../../electron/services/app-services';
import { createVirtualClock } from '../../electron/services/runtime/virtual-clock';
import { play, seed, simulate, type SimulationSpec } from '../../electron/services/simulation/simulate';
import type { SimulationResult, Template } from '../../shared/contract/index';
import { createEmptyJourney, type Journey } from '../../shared/model/index';
import { check, forScale, note } from './support/report';
import { makeDataDir, serveApp, type ServedApp } from '../e2e/support/server';
import { TIMELINES_WITH_RUN } from '../../renderer/src/editor/try-it/run-input';
import { seededLink, seededStep } from '../support/engine-seed';

const PROFILES = 1000;
const DAY = 86_400_000;
const TARGET_MS = 2000;
const RUNS = 3;

function spec(): SimulationSpec {
  const now = '2026-01-01T00:00:00.000Z';
  const sms = (id: string, body: string) =>
    ({
      id,
      channel: 'sms',
      name: id,
      language: '',
      content: { body, senderId: 'SHOP' },
      createdAt: now,
      updatedAt: now,
    }) as Template;
  const templates = [
    sms('t-offer', 'Hi {{ customer.customerId }}, 10% off today'),
    sms('t-last', 'Last call, {{ customer.customerId }}'),
  ];
  const rule = { field: 'language', operator: 'equals', value: 'es' };
  const nodes = [
    seededStep('entry', 'entry', { audience: { type: 'customEvent', eventName: 'signup', propertyRules: [] } }),
    seededStep('offer', 'message', { channel: 'sms', templateId: 't-offer' }),
    seededStep('click', 'waitForEvent', {
      event: 'clicked',
      customEventName: '',
      timeout: { amount: 2, unit: 'days' },
    }),
    seededStep('lang', 'condition', {
      source: 'profile',
      filter: { combinator: 'and', groups: [{ combinator: 'and', rules: [rule] }] },
    }),
    seededStep('week', 'delay', { mode: 'duration', duration: { amount: 7, unit: 'days' } }),
    seededStep('split', 'randomSplit', {
      branches: [
        { id: 'a', label: 'A', percent: 50 },
        { id: 'b', label: 'B', percent: 50 },
      ],
    }),
    seededStep('rt', 'retarget', { conversionEvent: 'purchase', window: { amount: 14, unit: 'days' } }),
    seededStep('last', 'message', { channel: 'sms', templateId: 't-last' }),
    seededStep('exit', 'exit', {}),
  ];
  const edges = [
    seededLink('entry', 'next', 'offer'),
    seededLink('offer', 'next', 'click'),
    seededLink('click', 'event', 'rt'),
    seededLink('click', 'timeout', 'lang'),
    seededLink('lang', 'yes', 'week'),
    seededLink('lang', 'no', 'split'),
    seededLink('week', 'next', 'split'),
    seededLink('split', 'a', 'rt'),
    seededLink('split', 'b', 'last'),
    seededLink('rt', 'converted', 'exit'),
    seededLink('rt', 'notConverted', 'last'),
    seededLink('last', 'next', 'exit'),
  ];
  const base = createEmptyJourney({ id: 'bench-journey', name: 'Try it bench', now });
  const journey: Journey = { ...base, nodes, edges };
  const profiles = Array.from({ length: PROFILES }, (_, i) => ({
    customerId: `c${String(i).padStart(4, '0')}`,
    phone: `+3460${String(1_000_000 + i)}`,
    language: i % 3 === 0 ? 'es' : 'en',
  }));
  const events = [
    ...profiles
      .filter((_, i) => i % 4 === 0)
      .map((p) => ({ after: '2h', name: 'message.clicked', customerId: p.customerId })),
    ...profiles
      .filter((_, i) => i % 5 === 0)
      .map((p) => ({ after: '12d', name: 'purchase', customerId: p.customerId })),
  ];
  return { journey, templates, fields: [], profiles, events, start: Date.UTC(2026, 0, 5, 9), horizonMs: 30 * DAY };
}

/** The engine's share: seeding is done before the timer starts, and nothing is read back after. */
async function engineOnly(input: SimulationSpec): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-bench-engine-'));
  const clock = createVirtualClock(input.start);
  const core = startCore({
    dataDir,
    host: 'browser',
    appVersion: 'bench',
    clock,
    secretKey: randomBytes(32),
    engine: { leaseMs: 10 * 366 * DAY, watchMs: null, holder: 'bench' },
  });
  try {
    core.context.store.db.pragma('synchronous = OFF');
    const ids = seed(core, input);
    await core.engine!.idle();
    const started = performance.now();
    await play(core, clock, input, ids);
    return performance.now() - started;
  } finally {
    await core.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const input = spec();
const ours: number[] = [];
const baseline: number[] = [];
let pathsText = '';
for (let run = 0; run < RUNS; run += 1) {
  const started = performance.now();
  const result = await simulate(input);
  ours.push(performance.now() - started);
  baseline.push(await engineOnly(input));
  const messages = result.contacts.reduce((sum, c) => sum + c.steps.filter((s) => s.kind === 'message').length, 0);
  if (result.contacts.length !== PROFILES || messages < PROFILES)
    throw new Error(
      `expected ${PROFILES} timelines with at least one message each, got ${result.contacts.length} and ${messages} messages`,
    );
  pathsText = result.paths.map((p) => `${p.count} × ${p.path.join(' → ')}`).join('; ');
}
const best = Math.min(...ours);
note(
  `${PROFILES} profiles, 30 simulated days; runs (ms): ours ${ours.map((ms) => ms.toFixed(0)).join(', ')}; engine only ${baseline.map((ms) => ms.toFixed(0)).join(', ')}`,
);
note(`paths: ${pathsText}`);
check(
  'simulate 1,000 profiles over 30 days (best of 3)',
  {
    ours: best,
    baseline: Math.min(...baseline),
    baselineName: 'the same engine work on a seeded folder, no scratch setup or timelines',
    unit: 'ms',
  },
  { atMost: TARGET_MS },
);
forScale('simulate 1,000 profiles over 30 days (worst of 3)', { ours: Math.max(...ours), unit: 'ms' });

async function call<T>(app: ServedApp, service: string, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${app.baseUrl}api/call/${service}/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${service}.${method} failed: ${envelope.error?.message}`);
  return envelope.value;
}

/** The bench's journey and templates stored in a served app as the editor stores them; answers the run's input. */
async function storeInServedApp(app: ServedApp, input: SimulationSpec) {
  const templateIds = new Map<string, string>();
  for (const template of input.templates) {
    const created = await call<{ id: string }>(app, 'templates', 'create', {
      channel: template.channel,
      name: template.name,
      content: template.content,
    });
    templateIds.set(template.id, created.id);
  }
  const created = await call<{ journey: Journey; revision: number }>(app, 'journeys', 'create', {
    name: input.journey.name,
  });
  const nodes = input.journey.nodes.map((node) =>
    node.kind === 'message'
      ? { ...node, config: { ...node.config, templateId: templateIds.get(String(node.config.templateId)) } }
      : node,
  );
  const journey = { ...created.journey, nodes, edges: input.journey.edges };
  await call(app, 'journeys', 'save', { journey, expectedRevision: created.revision });
  return {
    journeyId: created.journey.id,
    profiles: input.profiles.map((fields) => ({ type: 'profile', fields })),
    events: input.events,
    horizonMs: input.horizonMs,
    timelinesFor: TIMELINES_WITH_RUN,
  };
}

/** `simulation.run` of `input` through a served app, RUNS times; answers each run's ms. */
async function servedRuns(input: SimulationSpec): Promise<number[]> {
  const dataDir = makeDataDir();
  const app = await serveApp(dataDir);
  const times: number[] = [];
  try {
    const runInput = await storeInServedApp(app, input);
    // As the panel does when it opens, while the profiles are picked: the email renderer starts.
    await call(app, 'simulation', 'prepare', { journeyId: runInput.journeyId });
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      const result = await call<SimulationResult>(app, 'simulation', 'run', runInput);
      times.push(performance.now() - started);
      const withTimeline = result.contacts.filter((contact) => !contact.timelineLeftOut).length;
      if (result.contacts.length !== PROFILES || withTimeline !== TIMELINES_WITH_RUN)
        throw new Error(
          `expected ${PROFILES} profiles, ${TIMELINES_WITH_RUN} with timelines; got ${result.contacts.length} and ${withTimeline}`,
        );
    }
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return times;
}

/** The same journey with its two messages as personalised MJML emails, the profiles with addresses. */
function withEmails(input: SimulationSpec): SimulationSpec {
  const mjml = (text: string) =>
    `<mjml><mj-body><mj-section><mj-column><mj-text>${text}</mj-text></mj-column></mj-section></mj-body></mjml>`;
  return {
    ...input,
    templates: input.templates.map((template) => ({
      ...template,
      channel: 'email',
      content: {
        subject: (template.content as { body: string }).body,
        preheader: '',
        fromName: 'Shop',
        mjml: mjml('Dear {{ customer.customerId }}, <a href="https://shop.example.com/sale">see the sale</a>'),
      },
    })) as Template[],
    journey: {
      ...input.journey,
      nodes: input.journey.nodes.map((node) =>
        node.kind === 'message' ? ({ ...node, config: { ...node.config, channel: 'email' } } as typeof node) : node,
      ),
    },
    profiles: input.profiles.map((profile) => ({ ...profile, email: `${String(profile.customerId)}@example.com` })),
  };
}

const served = await servedRuns(input);
note(`end to end through serve (simulation.run over HTTP), runs (ms): ${served.map((ms) => ms.toFixed(0)).join(', ')}`);
check(
  'Try it end to end: 1,000 profiles over 30 days through the HTTP host (best of 3)',
  {
    ours: Math.min(...served),
    baseline: Math.min(...baseline),
    baselineName: 'the same engine work on a seeded folder, no scratch setup, timelines or HTTP',
    unit: 'ms',
  },
  { atMost: TARGET_MS },
);
forScale('Try it end to end through the HTTP host (worst of 3)', { ours: Math.max(...served), unit: 'ms' });

const emailed = await servedRuns(withEmails(input));
note(
  `the same with two personalised MJML emails, through serve, runs (ms): ${emailed.map((ms) => ms.toFixed(0)).join(', ')}`,
);
check(
  'Try it end to end with MJML emails through the HTTP host (best of 3)',
  {
    ours: Math.min(...emailed),
    baseline: Math.min(...baseline),
    baselineName: 'the engine work of the SMS journey on a seeded folder',
    unit: 'ms',
  },
  { atMost: TARGET_MS },
);
