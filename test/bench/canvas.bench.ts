// Canvas benchmark: our editor against a bare @xyflow/react page with the same graph, in one run,
// in headless Chromium on production builds. Every page is opened cold (a browser context of its
// own: nothing cached, nothing loaded before), and the bare page is set up like the editor's canvas
// (pane size, step size, the view the editor settles at) so that both show the same steps at the
// same zoom; the benchmark checks that they do, times both to the same moment (that many steps in
// view at that zoom) and prints the counts taken at that moment. Both fetch the journey when they
// open: the editor from its server, the bare page the same JSON as a file from a plain server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { serveApp } from '../e2e/support/server';
import { launchChromium } from './support/browser';
import { check, note } from './support/report';
import { saveServedJourney, seedGeneratedJourney } from './support/seed-journey';
import { serveFolder } from './support/static-server';
import { median } from './support/stats';

const ROUNDS = 3;
const VIEWPORT = { width: 1440, height: 900 };
const PAN_MS = 3000;
/** How far apart the two pages' counts of steps in view may be (a step cut by the pane's edge). */
const IN_VIEW_TOLERANCE = 2;
/** How far apart the two pages' zoom may be, relative. */
const ZOOM_TOLERANCE = 0.01;
/** Frames in a row without a change before a page counts as settled. */
const SETTLED_FRAMES = 20;

/** What the canvas shows at one moment. */
interface ViewState {
  x: number;
  y: number;
  zoom: number;
  paneWidth: number;
  paneHeight: number;
  /** Step elements in the page. */
  drawn: number;
  /** Drawn, measured (not hidden) and inside the pane. */
  inView: number;
  /** Drawn but still hidden until React Flow has measured them. */
  hidden: number;
}

interface BenchWindow {
  __viewState: () => ViewState;
  __bench: { drawnAt: number | null; atDrawn: ViewState | null; stableFrames: number; last: string };
  __settled: () => ViewState | null;
}

/**
 * Installed before any page script. `__viewState()` reads what the canvas shows; from the first
 * frame on, every frame is checked until `expected` steps are in view at `zoom` (any zoom when
 * null: React Flow draws at 100% before it fits), and that moment (since the navigation started)
 * and what was on screen then are kept. `__settled()` returns the view once it
 * has not changed for SETTLED_FRAMES calls (it is polled once a frame).
 */
function installWatch({
  expected,
  zoom,
  settledFrames,
}: {
  expected: number;
  zoom: number | null;
  settledFrames: number;
}) {
  const w = window as unknown as BenchWindow;
  w.__viewState = () => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
    const [, x, y, zoom] = /translate\(([-\d.e]+)px, ?([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(transform) ?? [];
    let drawn = 0;
    let inView = 0;
    let hidden = 0;
    for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      drawn++;
      if (node.style.visibility === 'hidden') {
        hidden++;
        continue;
      }
      const r = node.getBoundingClientRect();
      if (pane && r.right > pane.left && r.left < pane.right && r.bottom > pane.top && r.top < pane.bottom) inView++;
    }
    return {
      x: Number(x ?? NaN),
      y: Number(y ?? NaN),
      zoom: Number(zoom ?? NaN),
      paneWidth: pane?.width ?? 0,
      paneHeight: pane?.height ?? 0,
      drawn,
      inView,
      hidden,
    };
  };
  w.__bench = { drawnAt: null, atDrawn: null, stableFrames: 0, last: '' };
  w.__settled = () => {
    const state = w.__viewState();
    const key = JSON.stringify(state);
    w.__bench.stableFrames =
      key === w.__bench.last && state.drawn > 0 && state.hidden === 0 ? w.__bench.stableFrames + 1 : 0;
    w.__bench.last = key;
    return w.__bench.stableFrames >= settledFrames ? state : null;
  };
  const poll = () => {
    const state = w.__viewState();
    const atZoom = zoom === null || Math.abs(state.zoom - zoom) <= zoom * 0.001;
    if (atZoom && state.inView >= expected) {
      w.__bench.drawnAt = performance.now();
      w.__bench.atDrawn = state;
    } else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** The app keeps its per-launch token in session storage; a fresh context gets it before any page script. */
function storeToken(token: string) {
  sessionStorage.setItem('journey-studio.token', token);
}

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Milliseconds from the start of the navigation until `expected` steps were in view. */
  ms: number;
  /** What was on screen at that moment. */
  atDrawn: ViewState;
}

/** Opens `url` in a new browser context and waits until `expected` steps are drawn and in view at `zoom`. */
async function openCold(
  browser: Browser,
  url: string,
  view: { expected: number; zoom: number | null },
  token?: string,
): Promise<Opened> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  if (token !== undefined) await context.addInitScript(storeToken, token);
  const page = await context.newPage();
  await page.addInitScript(installWatch, { ...view, settledFrames: SETTLED_FRAMES });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.drawnAt !== null, null, {
    timeout: 120_000,
    polling: 100,
  });
  const { drawnAt, atDrawn } = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
  return { context, page, ms: drawnAt!, atDrawn: atDrawn! };
}

/** Waits until every drawn step is measured and nothing has changed for a while; returns the view. */
async function settle(page: Page): Promise<ViewState> {
  const handle = await page.waitForFunction(() => (window as unknown as BenchWindow).__settled(), null, {
    timeout: 120_000,
    polling: 'raf',
  });
  return (await handle.jsonValue()) as ViewState;
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

/** Drags one step by its header and returns which node components rendered meanwhile. */
async function rendersWhileDragging(page: Page): Promise<{ dragged: string; rendered: Map<string, number> }> {
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  await page.waitForTimeout(600);
  // A step wholly inside the canvas, clear of the (144×96) minimap and the zoom controls. Fit
  // shows a large journey from its start at a readable zoom, so steps can sit near the edges.
  const dragged = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (const element of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const r = element.getBoundingClientRect();
      if (
        r.left > pane.left + 20 &&
        r.right < pane.right - 180 &&
        r.top > pane.top + 20 &&
        r.bottom < pane.bottom - 130
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
  // Zoomed in, the step may reach under the toolbar: grab it at a point of the card inside the pane
  // (the middle of the part that is on screen), and check that the point is on the card itself.
  const box = (await node.boundingBox())!;
  const paneBox = (await page.locator('.react-flow__pane').boundingBox())!;
  const grab = {
    x: (Math.max(box.x, paneBox.x) + Math.min(box.x + box.width, paneBox.x + paneBox.width)) / 2,
    y: (Math.max(box.y, paneBox.y) + Math.min(box.y + box.height, paneBox.y + paneBox.height)) / 2,
  };
  const onCard = await page.evaluate(
    ({ x, y, id }) => {
      const hit = document.elementFromPoint(x, y);
      return (
        !!hit && !hit.closest('.react-flow__handle') && hit.closest<HTMLElement>('.react-flow__node')?.dataset.id === id
      );
    },
    { ...grab, id: dragged },
  );
  if (!onCard) throw new Error(`step ${dragged} cannot be grabbed at ${JSON.stringify(grab)}`);
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(grab.x + i * 5, grab.y + i * 3);
  await page.mouse.up();
  await page.waitForTimeout(300);
  const moved = (await node.boundingBox())!;
  if (Math.abs(moved.x - box.x) < 50 || Math.abs(moved.y - box.y) < 30)
    throw new Error(
      `dragging step ${dragged} did not move it (from ${JSON.stringify(box)} to ${JSON.stringify(moved)})`,
    );
  const rendered = new Map(await page.evaluate(() => [...window.__journeyStudioRenderCounts!.entries()]));
  return { dragged, rendered };
}

interface Side {
  ms: number[];
  fps: number[];
  /** Steps in view at the moment each opening was timed. */
  inView: number[];
  drawn: number[];
}

interface Case {
  /** Short, at the start of each result line. */
  label: string;
  title: string;
  journeyId: string;
  /** The bare page's journey file and settings, without the pane size (copied from the editor). */
  bareQuery: string;
  /** Whether to count renders while dragging a step on the editor's last opening. */
  drag: boolean;
}

/** The same place at the same zoom, with the same steps in view (give or take one cut by the edge). */
function sameView(a: ViewState, b: ViewState): boolean {
  return (
    Math.abs(a.zoom - b.zoom) <= ZOOM_TOLERANCE * b.zoom &&
    Math.abs(a.x - b.x) <= 1 &&
    Math.abs(a.y - b.y) <= 1 &&
    Math.abs(a.inView - b.inView) <= IN_VIEW_TOLERANCE
  );
}

const emptySide = (): Side => ({ ms: [], fps: [], inView: [], drawn: [] });

/** One graph in both pages: a settled opening of each to compare, then ROUNDS timed openings of each. */
async function compare(browser: Browser, appUrl: string, token: string, pagesUrl: string, c: Case) {
  const oursUrl = `${appUrl}?bench=1#/journeys/${c.journeyId}`;
  const probeOurs = await openCold(browser, oursUrl, { expected: 1, zoom: null }, token);
  const oursView = await settle(probeOurs.page);
  await probeOurs.context.close();
  const bareUrl =
    `${pagesUrl}bare-flow.html?${c.bareQuery}` +
    `&width=${Math.round(oursView.paneWidth)}&height=${Math.round(oursView.paneHeight)}` +
    `&x=${oursView.x}&y=${oursView.y}&zoom=${oursView.zoom}`;
  const probeBare = await openCold(browser, bareUrl, { expected: 1, zoom: null });
  const bareView = await settle(probeBare.page);
  await probeBare.context.close();

  console.log(`${c.title}, each page opened cold, ${ROUNDS} rounds, medians:`);
  note(
    `pane ${Math.round(oursView.paneWidth)}×${Math.round(oursView.paneHeight)} px; settled view: zoom ${oursView.zoom.toFixed(3)} (ours) / ` +
      `${bareView.zoom.toFixed(3)} (bare), steps in view ${oursView.inView} / ${bareView.inView}, drawn ${oursView.drawn} / ${bareView.drawn}`,
  );
  if (!sameView(bareView, oursView))
    throw new Error(`${c.title}: the two pages do not show the same view, so their times would not compare`);

  // Both are timed to the same moment: this many steps in view, at the zoom they settle at.
  const view = { expected: Math.min(oursView.inView, bareView.inView), zoom: oursView.zoom };
  const bare = emptySide();
  const ours = emptySide();
  let dragResult: Awaited<ReturnType<typeof rendersWhileDragging>> | null = null;
  const measure = async (side: Side, url: string, pageToken?: string, last = false) => {
    const opened = await openCold(browser, url, view, pageToken);
    side.ms.push(opened.ms);
    side.inView.push(opened.atDrawn.inView);
    side.drawn.push(opened.atDrawn.drawn);
    const settled = await settle(opened.page);
    if (!sameView(settled, oursView))
      throw new Error(`${c.title}: ${url} settled elsewhere this time (${JSON.stringify(settled)})`);
    side.fps.push(await panFps(opened.page));
    if (last) dragResult = await rendersWhileDragging(opened.page);
    await opened.context.close();
  };
  for (let round = 0; round < ROUNDS; round++) {
    await measure(bare, bareUrl);
    await measure(ours, oursUrl, token, c.drag && round === ROUNDS - 1);
  }

  note(
    `when timed: steps in view ${median(ours.inView)} (ours) / ${median(bare.inView)} (bare), ` +
      `drawn ${median(ours.drawn)} / ${median(bare.drawn)}, at zoom ${view.zoom.toFixed(3)}`,
  );
  check(
    `${c.label}: time until the steps in view are drawn`,
    { ours: median(ours.ms), baseline: median(bare.ms), baselineName: 'bare React Flow', unit: 'ms' },
    { ratioAtMost: 1.3 },
  );
  check(
    `${c.label}: frame rate while panning`,
    { ours: median(ours.fps), baseline: median(bare.fps), baselineName: 'bare React Flow', unit: 'fps' },
    { ratioAtLeast: 0.9 },
  );
  if (dragResult !== null) {
    const { dragged, rendered } = dragResult as Awaited<ReturnType<typeof rendersWhileDragging>>;
    const others = [...rendered.keys()].filter((id) => id !== dragged);
    note(`while dragging one step it rendered ${rendered.get(dragged) ?? 0} times`);
    check(
      `${c.label}: other steps rendered while dragging one step`,
      { ours: others.length, unit: 'steps' },
      { atMost: 0 },
    );
  }
}

async function main() {
  const root = process.cwd();
  await build({ configFile: path.join(root, 'test/bench/vite.bench.config.ts'), logLevel: 'warn' });
  const pagesDir = path.join(root, 'dist/bench/pages');
  const pages = await serveFolder(pagesDir);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-bench-'));
  const app = await serveApp(dataDir);
  const browser = await launchChromium();
  try {
    const medium = { nodes: 1000, edges: 1500, seed: 1 };
    const large = { nodes: 5000, edges: 7500, seed: 2 };
    const mediumId = await seedGeneratedJourney(app.baseUrl, app.token, 'Bench 1000', medium);
    const largeId = await seedGeneratedJourney(app.baseUrl, app.token, 'Bench 5000', large);
    await saveServedJourney(app.baseUrl, app.token, mediumId, path.join(pagesDir, 'journey-1000.json'));
    await saveServedJourney(app.baseUrl, app.token, largeId, path.join(pagesDir, 'journey-5000.json'));
    await compare(browser, app.baseUrl, app.token, pages.url, {
      label: '1,000 steps',
      title: `Journey of ${medium.nodes.toLocaleString('en-US')} steps and ${medium.edges.toLocaleString('en-US')} connections`,
      journeyId: mediumId,
      bareQuery: 'journey=journey-1000.json',
      drag: true,
    });
    // The editor draws only visible steps from 1,500 on and opens a large journey on its first 40.
    await compare(browser, app.baseUrl, app.token, pages.url, {
      label: '5,000 steps',
      title: `Journey of ${large.nodes.toLocaleString('en-US')} steps and ${large.edges.toLocaleString('en-US')} connections (only visible steps drawn)`,
      journeyId: largeId,
      bareQuery: 'journey=journey-5000.json&visibleOnly=1&fitFirst=40',
      drag: false,
    });
  } finally {
    await browser.close();
    await app.stop();
    await pages.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
