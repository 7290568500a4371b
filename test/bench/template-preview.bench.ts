// Keystroke to updated preview in the real editor: a key typed into the MJML editor in headless
// Chromium until the sandboxed preview frame shows it, against bare mjml2html of the same document
// measured in the same run. This includes the editor's scheduling, the HTTP call, the render worker
// and the frame update; seeing it at animation frames adds a few milliseconds of its own.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from '@playwright/test';
import { MJML_OPTIONS } from '../../electron/services/rendering/mjml-options';
import { makeDataDir, serveApp, type ServedApp } from '../e2e/support/server';
import { launchChromium } from './support/browser';
import { check, forScale } from './support/report';
import { median, percentile } from './support/stats';

const KEYSTROKES = 30;
const TARGET_P95_MS = 150;
const MARKER = 'BENCHMARK';

const root = process.cwd();
const fixturesDir = path.join(root, 'test', 'fixtures', 'emails');
const mjml2html = createRequire(import.meta.url)('mjml') as (
  source: string,
  options: object,
) => Promise<{ html: string }>;

/**
 * The fixture with one more text block at the end of its body; `fromEnd` is how many characters
 * follow the marker, so the cursor can be put right after it from the end of the document.
 */
function withMarker(source: string): { mjml: string; fromEnd: number } {
  const at = source.lastIndexOf('</mj-body>');
  const suffix = `</mj-text></mj-column></mj-section>${source.slice(at)}`;
  return { mjml: `${source.slice(0, at)}<mj-section><mj-column><mj-text>${MARKER}${suffix}`, fromEnd: suffix.length };
}

async function bareTimes(mjml: string): Promise<number[]> {
  for (let i = 0; i < 5; i++) await mjml2html(mjml, { ...MJML_OPTIONS });
  const times: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const started = performance.now();
    await mjml2html(mjml, { ...MJML_OPTIONS });
    times.push(performance.now() - started);
  }
  return times;
}

async function createTemplate(app: ServedApp, name: string, mjml: string): Promise<string> {
  const response = await fetch(`${app.baseUrl}api/call/templates/create`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      channel: 'email',
      name,
      content: { subject: 'Bench', preheader: '', fromName: 'Bench', mjml },
    }),
  });
  const envelope = (await response.json()) as { ok: boolean; value: { id: string } };
  if (!envelope.ok) throw new Error('could not create the template');
  return envelope.value.id;
}

async function keystrokeTimes(page: Page, app: ServedApp, id: string, fromEnd: number): Promise<number[]> {
  await page.goto(`${app.baseUrl}?bench=1#/templates/${id}`);
  const frame = page.frameLocator('iframe[title="Email preview"]');
  await frame.getByText(MARKER, { exact: false }).first().waitFor({ timeout: 30_000 });
  const editor = page.getByRole('textbox', { name: 'MJML body' });
  await editor.click();
  await page.keyboard.press('Control+End');
  for (let i = 0; i < fromEnd; i++) await page.keyboard.press('ArrowLeft');
  // Timed inside the page: from the keydown to the first animation frame at which the preview's
  // document holds the key (the frame that paints it). A document the page cannot read (a frame of
  // an opaque origin) counts at the load of the srcdoc that holds it.
  await page.evaluate(() => {
    const bench = { keydownAt: 0, shownAt: 0, expected: '' };
    (window as unknown as { __bench: typeof bench }).__bench = bench;
    document.addEventListener('keydown', () => (bench.keydownAt = performance.now()), true);
    document.addEventListener(
      'load',
      (event) => {
        const frame = event.target as HTMLIFrameElement;
        if (frame.tagName === 'IFRAME' && bench.expected && frame.srcdoc.includes(bench.expected))
          bench.shownAt ||= performance.now();
      },
      true,
    );
    const watch = () => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe[title="Email preview"]');
      if (bench.expected && !bench.shownAt && frame?.contentDocument?.body?.textContent?.includes(bench.expected))
        bench.shownAt = performance.now();
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  const times: number[] = [];
  let typed = '';
  for (let i = 0; i < KEYSTROKES + 3; i++) {
    const key = 'abcdefghij'[i % 10]!;
    typed += key;
    await page.evaluate(
      (expected) => Object.assign((window as unknown as { __bench: object }).__bench, { expected, shownAt: 0 }),
      MARKER + typed,
    );
    await page.keyboard.type(key);
    const elapsed = await page.waitForFunction(
      () => {
        const bench = (window as unknown as { __bench: { keydownAt: number; shownAt: number } }).__bench;
        return bench.shownAt > bench.keydownAt ? bench.shownAt - bench.keydownAt : 0;
      },
      null,
      { timeout: 10_000, polling: 'raf' },
    );
    // The first keystrokes warm the worker and the page; they are not counted.
    if (i >= 3) times.push((await elapsed.jsonValue()) as number);
  }
  return times;
}

const dataDir = makeDataDir();
const app = await serveApp(dataDir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(app.openUrl);
  for (const [name, file] of [
    ['typical marketing email', 'typical-marketing.mjml'],
    ['20-section newsletter', 'newsletter-20-sections.mjml'],
  ] as const) {
    const { mjml, fromEnd } = withMarker(fs.readFileSync(path.join(fixturesDir, file), 'utf8'));
    const bare = await bareTimes(mjml);
    const id = await createTemplate(app, name, mjml);
    const ours = await keystrokeTimes(page, app, id, fromEnd);
    const p50 = { ours: median(ours), baseline: median(bare), baselineName: 'bare mjml2html', unit: 'ms' };
    const p95 = {
      ours: percentile(ours, 95),
      baseline: percentile(bare, 95),
      baselineName: 'bare mjml2html',
      unit: 'ms',
    };
    forScale(`${name}, keystroke → updated preview p50`, p50);
    // Only the typical email is held to the target; the newsletter is shown for scale.
    if (file === 'typical-marketing.mjml')
      check(`${name}, keystroke → updated preview p95`, p95, { atMost: TARGET_P95_MS });
    else forScale(`${name}, keystroke → updated preview p95`, p95);
  }
} finally {
  await browser.close();
  await app.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
