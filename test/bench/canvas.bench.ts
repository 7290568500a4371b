// Canvas benchmark: our editor against a bare @xyflow/react page with the same graph, in one run,
// in headless Chromium on production builds. See the targets printed beside each result.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import type { Browser, Page } from '@playwright/test';
import { serveApp } from '../e2e/support/server';
import { launchChromium } from './support/browser';
import { seedGeneratedJourney } from './support/seed-journey';
import { serveFolder } from './support/static-server';
import { median, report } from './support/stats';

const ROUNDS = 3;
const VIEWPORT = { width: 1440, height: 900 };
const PAN_MS = 3000;

/** Installed before any page script: notes when `expected` nodes are rendered and measured. */
function watchNodes(expected: number) {
  const w = window as unknown as { __bench: { visibleAt: number | null } };
  w.__bench = { visibleAt: null };
  const poll = () => {
    let visible = 0;
    for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node'))
      if (node.style.visibility !== 'hidden') visible++;
    if (visible >= expected) w.__bench.visibleAt = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

async function timeToNodes(page: Page, url: string, expected: number): Promise<number> {
  await page.addInitScript(watchNodes, expected);
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __bench: { visibleAt: number | null } }).__bench.visibleAt !== null,
    null,
    { timeout: 120_000 },
  );
  return page.evaluate(() => (window as unknown as { __bench: { visibleAt: number } }).__bench.visibleAt);
}

/** Drags the empty canvas around for PAN_MS and counts the frames the page painted meanwhile. */
async function panFps(page: Page): Promise<number> {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no pane');
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number; __counting: boolean };
    w.__frames = 0;
    w.__counting = true;
    const tick = () => {
      if (!w.__counting) return;
      w.__frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // Start on a spot of bare pane near the edge, then move in a slow circle.
  const cx = pane.x + pane.width / 2;
  const cy = pane.y + pane.height / 2;
  await page.mouse.move(pane.x + 8, pane.y + 8);
  await page.mouse.down();
  const started = Date.now();
  let angle = 0;
  while (Date.now() - started < PAN_MS) {
    angle += 0.08;
    await page.mouse.move(cx + Math.cos(angle) * 200, cy + Math.sin(angle) * 150);
  }
  await page.mouse.up();
  const elapsed = (Date.now() - started) / 1000;
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number; __counting: boolean };
    w.__counting = false;
    return w.__frames;
  });
  return frames / elapsed;
}

async function measurePage(browser: Browser, url: string, expected: number, prepare?: (page: Page) => Promise<void>) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await prepare?.(page);
  const ms = await timeToNodes(page, url, expected);
  await page.waitForTimeout(300);
  const fps = await panFps(page);
  return { page, ms, fps };
}

/** Drags one step by its header and returns which node components rendered meanwhile. */
async function rendersWhileDragging(page: Page): Promise<{ dragged: string; rendered: Map<string, number> }> {
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  await page.waitForTimeout(600);
  // A step well inside the canvas, clear of the minimap and controls.
  const dragged = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (const element of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const r = element.getBoundingClientRect();
      if (
        r.left > pane.left + 100 &&
        r.right < pane.right - 300 &&
        r.top > pane.top + 100 &&
        r.bottom < pane.bottom - 200
      )
        return element.dataset.id!;
    }
    throw new Error('no step inside the canvas');
  });
  const node = page.locator(`.react-flow__node[data-id="${dragged}"]`);
  // Zoom in on it with the wheel, as a person would before grabbing a step.
  const small = (await node.boundingBox())!;
  await page.mouse.move(small.x + small.width / 2, small.y + small.height / 2);
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(400);
  // Select first (that render is the selection, not the drag), then count only the drag.
  await node.click();
  await page.waitForTimeout(200);
  await page.evaluate(() => {
    window.__journeyStudioRenderCounts = new Map();
  });
  const box = (await node.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 6);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(box.x + box.width / 2 + i * 5, box.y + 6 + i * 3);
  await page.mouse.up();
  await page.waitForTimeout(300);
  const rendered = new Map(await page.evaluate(() => [...window.__journeyStudioRenderCounts!.entries()]));
  return { dragged, rendered };
}

async function main() {
  const root = process.cwd();
  await build({ configFile: path.join(root, 'test/bench/vite.bench.config.ts'), logLevel: 'warn' });
  const pages = await serveFolder(path.join(root, 'dist/bench/pages'));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-bench-'));
  const app = await serveApp(dataDir);
  const browser = await launchChromium();
  try {
    const sizes = { nodes: 1000, edges: 1500, seed: 1 };
    const mediumId = await seedGeneratedJourney(app.baseUrl, app.token, 'Bench 1000', sizes);
    const largeId = await seedGeneratedJourney(app.baseUrl, app.token, 'Bench 5000', {
      nodes: 5000,
      edges: 7500,
      seed: 2,
    });
    const storeToken = async (page: Page) => {
      await page.goto(app.openUrl);
      await page.getByRole('heading', { name: 'Journeys' }).waitFor();
    };
    const editorUrl = (id: string) => `${app.baseUrl}?bench=1#/journeys/${id}`;

    const bare = { ms: [] as number[], fps: [] as number[] };
    const ours = { ms: [] as number[], fps: [] as number[] };
    let dragResult: Awaited<ReturnType<typeof rendersWhileDragging>> | null = null;
    for (let round = 0; round < ROUNDS; round++) {
      const b = await measurePage(browser, `${pages.url}bare-flow.html?nodes=1000&edges=1500&seed=1`, sizes.nodes);
      bare.ms.push(b.ms);
      bare.fps.push(b.fps);
      await b.page.close();
      const o = await measurePage(browser, editorUrl(mediumId), sizes.nodes, storeToken);
      ours.ms.push(o.ms);
      ours.fps.push(o.fps);
      if (round === ROUNDS - 1) dragResult = await rendersWhileDragging(o.page);
      await o.page.close();
    }

    console.log(`Journey of ${sizes.nodes} steps and ${sizes.edges} connections, ${ROUNDS} rounds, medians:`);
    const bareMs = median(bare.ms);
    const oursMs = median(ours.ms);
    report('time until all steps are on screen', oursMs, bareMs, 'ms', '≤ 1.30×', oursMs / bareMs <= 1.3);
    const bareFps = median(bare.fps);
    const oursFps = median(ours.fps);
    report('frame rate while panning', oursFps, bareFps, 'fps', '≥ 0.90×', oursFps / bareFps >= 0.9);
    const others = [...dragResult!.rendered.keys()].filter((id) => id !== dragResult!.dragged);
    console.log(
      `${others.length === 0 ? 'PASS' : 'MISS'}  node components rendered while dragging one step: ${dragResult!.rendered.size} ` +
        `(the dragged step rendered ${dragResult!.rendered.get(dragResult!.dragged) ?? 0} times; other steps: ${others.length}; target: only the dragged step)`,
    );

    // 5,000 steps: only what is on screen is drawn. Usable means it opens and pans smoothly.
    const largeBare = await measurePage(
      browser,
      `${pages.url}bare-flow.html?nodes=5000&edges=7500&seed=2&visibleOnly=1&fitFirst=40`,
      1,
    );
    await largeBare.page.close();
    const large = await measurePage(browser, editorUrl(largeId), 1, storeToken);
    const drawn = await large.page.locator('.react-flow__node').count();
    await large.page.close();
    console.log(`5,000-step journey (only visible steps drawn; ${drawn} drawn after fit):`);
    report(
      'time until first steps are on screen',
      large.ms,
      largeBare.ms,
      'ms',
      'usable: ≤ 1.30×',
      large.ms / largeBare.ms <= 1.3,
    );
    report(
      'frame rate while panning',
      large.fps,
      largeBare.fps,
      'fps',
      'usable: ≥ 0.90×',
      large.fps / largeBare.fps >= 0.9,
    );
  } finally {
    await browser.close();
    await app.stop();
    await pages.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
