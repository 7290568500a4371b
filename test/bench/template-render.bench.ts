// Template render benchmark: typing in the email editor until the preview result arrives, through
// the real pipeline behind `journey-studio serve`, against bare mjml2html of the same documents,
// measured in the same run. Each "keystroke" adds one character to the MJML, so the cache never hits.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { filters } from 'liquidjs';
import { MJML_OPTIONS } from '../../electron/services/rendering/mjml-options';
import { createLiquid, renderLiquid } from '../../shared/templates/liquid';
import { makeDataDir, serveApp, type ServedApp } from '../e2e/support/server';
import { check, forScale, note } from './support/report';
import { median, percentile } from './support/stats';

const RUNS = 50;
const WARMUP = 5;
const TARGET_P95_MS = 150;
const TYPED = 'Only this weekend: free shipping on every order. ';

// run.mjs bundles this file into dist/bench and runs it from the repository root.
const root = process.cwd();
const fixturesDir = path.join(root, 'test', 'fixtures', 'emails');
const data = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'sample-data.json'), 'utf8')) as Record<string, unknown>;
const mjml2html = createRequire(import.meta.url)('mjml') as (
  source: string,
  options: object,
) => Promise<{ html: string }>;

/** Only the typical email is held to the target; the newsletter is shown for scale. */
const DOCUMENTS = [
  { name: 'typical marketing email', file: 'typical-marketing.mjml', held: true },
  { name: '20-section newsletter', file: 'newsletter-20-sections.mjml', held: false },
] as const;

/** What mjml2html gets from the pipeline: the MJML after Liquid, with the body's outputs escaped. */
function liquidRendered(source: string): string {
  const liquid = createLiquid();
  liquid.options.outputEscape = filters.escape as (value: unknown) => string;
  const outcome = renderLiquid(liquid, source, { ...data, subject: '', preheader: '' }, 'mjml');
  if (!('text' in outcome)) throw new Error(outcome.diagnostic.message);
  return outcome.text;
}

async function timeBareMjml(source: string): Promise<number[]> {
  const mjml = liquidRendered(source);
  for (let i = 0; i < WARMUP; i++) await mjml2html(mjml, { ...MJML_OPTIONS });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await mjml2html(mjml, { ...MJML_OPTIONS });
    times.push(performance.now() - started);
  }
  return times;
}

/** The document after `count` keystrokes typed at the end of its first text block. */
function typed(source: string, count: number): string {
  const at = source.indexOf('</mj-text>');
  let text = '';
  for (let i = 0; i < count; i++) text += TYPED[i % TYPED.length];
  return source.slice(0, at) + text + source.slice(at);
}

async function renderOverHttp(app: ServedApp, mjml: string) {
  const response = await fetch(`${app.baseUrl}api/call/templates/render`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      channel: 'email',
      content: { subject: 'Summer is here', preheader: '', fromName: 'Example Store', mjml },
      data,
    }),
  });
  const envelope = (await response.json()) as {
    ok: boolean;
    value?: { cached: boolean; output: { html: string } };
    error?: { message: string };
  };
  if (!envelope.ok || !envelope.value) throw new Error(`render failed: ${envelope.error?.message}`);
  if (envelope.value.cached || !envelope.value.output.html)
    throw new Error('a keystroke was answered from the cache or without HTML');
}

async function timeKeystrokes(app: ServedApp, source: string): Promise<number[]> {
  // The first keystrokes start the worker and warm both sides; they are not counted.
  for (let i = 1; i <= WARMUP; i++) await renderOverHttp(app, typed(source, i));
  const times: number[] = [];
  for (let i = WARMUP + 1; i <= WARMUP + RUNS; i++) {
    const document = typed(source, i);
    const started = performance.now();
    await renderOverHttp(app, document);
    times.push(performance.now() - started);
  }
  return times;
}

const dataDir = makeDataDir();
const app = await serveApp(dataDir);
try {
  for (const document of DOCUMENTS) {
    const source = fs.readFileSync(path.join(fixturesDir, document.file), 'utf8');
    const bare = await timeBareMjml(source);
    const ours = await timeKeystrokes(app, source);
    note(`${document.name}: ${(source.length / 1024).toFixed(1)} kB, ${RUNS} keystrokes`);
    const p50 = { ours: median(ours), baseline: median(bare), baselineName: 'bare mjml2html', unit: 'ms' };
    const p95 = {
      ours: percentile(ours, 95),
      baseline: percentile(bare, 95),
      baselineName: 'bare mjml2html',
      unit: 'ms',
    };
    forScale(`${document.name}, keystroke → result p50`, p50);
    if (document.held) check(`${document.name}, keystroke → result p95`, p95, { atMost: TARGET_P95_MS });
    else forScale(`${document.name}, keystroke → result p95`, p95);
  }
} finally {
  await app.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
