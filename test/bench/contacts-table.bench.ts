// The Contacts table over 1,000,000 contacts in headless Chromium against the same page over 1,000
// contacts (the baseline), in one run, through `journey-studio serve` as a user would open it:
// time until rows appear on opening, after jumping to the middle and to the end, frame rate while
// wheel-scrolling, sorting by a column, searching by an email prefix, and a jump while sorted.
// ROWS=200000 makes the large side smaller for a quick run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { contactValues, CONTACT_VALUE_COLUMNS } from '../../electron/services/audience/contacts-table';
import { GENERATED_CUSTOM_FIELDS, generateContact } from '../support/generate-contacts';
import { deferContactIndexes, rebuildDeferredIndexes } from '../../electron/services/import/deferred-indexes';
import { openStore } from '../../electron/services/store/store';
import { serveApp, type ServedApp } from '../e2e/support/server';
import { launchChromium } from './support/browser';
import { check, note } from './support/report';
import { median } from './support/stats';

const LARGE = Number(process.env.ROWS ?? 1_000_000);
const SMALL = 1000;
const ROUNDS = 3;
const WHEEL_MS = 3000;
const VIEWPORT = { width: 1600, height: 1000 };

/** Generated contacts written straight into a new data dir, the indexes built once at the end. */
function seed(dataDir: string, count: number): void {
  const store = openStore(dataDir);
  const now = new Date().toISOString();
  const insert = store.db.prepare(
    `INSERT INTO contacts (${CONTACT_VALUE_COLUMNS.join(', ')}) VALUES (${CONTACT_VALUE_COLUMNS.map(() => '?').join(', ')})`,
  );
  store.transaction(() => {
    for (const field of GENERATED_CUSTOM_FIELDS) store.fields.insert(field, now);
    deferContactIndexes(store.db);
  });
  for (let start = 0; start < count; start += 20_000) {
    store.transaction(() => {
      for (let index = start; index < Math.min(count, start + 20_000); index += 1)
        insert.run(contactValues(generateContact(index)));
    });
  }
  rebuildDeferredIndexes(store.db);
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.close();
}

interface GridState {
  /** Rows in view all show a contact (none says "Loading…"). */
  ready: boolean;
  /** The 0-based index and customerId of the first row in view. */
  firstIndex: number;
  firstId: string | null;
}

/**
 * Runs in the page (the app's CSP forbids eval, so this is installed as a function through
 * Playwright): what the contacts grid shows in its viewport right now.
 */
function installGridState(): void {
  (window as unknown as { __gridState: () => GridState }).__gridState = () => {
    const grid = document.querySelector<HTMLElement>('[role="grid"][aria-label="Contacts"]');
    if (!grid) return { ready: false, firstIndex: -1, firstId: null };
    const box = grid.getBoundingClientRect();
    const header = grid.querySelector<HTMLElement>('.contacts-grid-header')!.getBoundingClientRect();
    const inView = [...grid.querySelectorAll<HTMLElement>('.contacts-grid-row')]
      .filter((row) => {
        const r = row.getBoundingClientRect();
        return r.bottom > header.bottom && r.top < box.bottom;
      })
      .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
    const first = inView[0];
    return {
      ready: inView.length > 0 && inView.every((row) => !row.textContent!.includes('Loading…')),
      firstIndex: first ? Number(first.getAttribute('aria-rowindex')) - 2 : -1,
      firstId: first?.querySelector('[role="gridcell"]:nth-child(2)')?.textContent ?? null,
    };
  };
}

const gridState = (page: Page): Promise<GridState> =>
  page.evaluate(() => (window as unknown as { __gridState: () => GridState }).__gridState());

/**
 * Scrolls the grid to `fraction` of its height inside the page, then waits (checking every frame)
 * until the rows in view are loaded and the first of them is within 100 rows of `index`; returns
 * the milliseconds from the scroll to that frame.
 */
async function timeJump(page: Page, fraction: number, index: number): Promise<number> {
  return page.evaluate(
    ({ fraction, index }) =>
      new Promise<number>((resolve, reject) => {
        const state = (window as unknown as { __gridState: () => GridState }).__gridState;
        const grid = document.querySelector<HTMLElement>('[role="grid"][aria-label="Contacts"]')!;
        const started = performance.now();
        grid.scrollTop = (grid.scrollHeight - grid.clientHeight) * fraction;
        const poll = () => {
          const now = state();
          if (now.ready && Math.abs(now.firstIndex - index) < 100) resolve(performance.now() - started);
          else if (performance.now() - started > 60_000)
            reject(new Error(`rows near ${index} did not appear within a minute`));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
    { fraction, index },
  );
}

/** Clicks (through Playwright, as a user) and times until the rows in view are loaded and `done` holds. */
async function timeClick(
  page: Page,
  click: () => Promise<void>,
  done: (state: GridState, before: GridState) => boolean,
): Promise<number> {
  const before = await gridState(page);
  const started = Date.now();
  await click();
  for (;;) {
    const state = await gridState(page);
    if (state.ready && done(state, before)) return Date.now() - started;
    if (Date.now() - started > 60_000) throw new Error('rows did not appear within a minute');
    await page.waitForTimeout(5);
  }
}

/** Wheel-scrolls the grid for WHEEL_MS; frames painted per second, and how often rows in view were still loading. */
async function wheelScroll(page: Page): Promise<{ fps: number; loadingShare: number }> {
  const box = (await page.getByRole('grid', { name: 'Contacts' }).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
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
  const started = Date.now();
  let samples = 0;
  let loading = 0;
  while (Date.now() - started < WHEEL_MS) {
    await page.mouse.wheel(0, 480);
    samples += 1;
    if (!(await gridState(page)).ready) loading += 1;
  }
  const elapsed = (Date.now() - started) / 1000;
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number; __counting: boolean };
    w.__counting = false;
    return w.__frames;
  });
  return { fps: frames / elapsed, loadingShare: loading / samples };
}

interface Round {
  open: number;
  middle: number;
  end: number;
  fps: number;
  loadingShare: number;
  sort: number;
  sortedMiddle: number;
  search: number;
}

async function measure(browser: Browser, app: ServedApp, count: number): Promise<Round> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.goto(app.openUrl);
    await page.getByRole('heading', { name: 'Journeys' }).waitFor();
    await page.evaluate(installGridState);
    const open = await timeClick(
      page,
      () => page.getByRole('link', { name: 'Contacts' }).click(),
      (state) => state.firstIndex === 0,
    );
    await page
      .getByRole('status')
      .filter({ hasText: `${count.toLocaleString('en-US')} contacts` })
      .waitFor();

    const middle = await timeJump(page, 0.5, Math.floor(count / 2));
    const end = await timeJump(page, 1, count - 1);
    await timeJump(page, 0.25, Math.floor(count / 4));
    const { fps, loadingShare } = await wheelScroll(page);

    await timeJump(page, 0, 0);
    const emailHeader = page.getByRole('columnheader', { name: /Email/ }).getByRole('button');
    const sort = await timeClick(
      page,
      () => emailHeader.click(),
      (state, before) => state.firstIndex === 0 && state.firstId !== before.firstId,
    );
    const sortedMiddle = await timeJump(page, 0.5, Math.floor(count / 2));
    // Descending, then back to the default order.
    await emailHeader.click();
    await emailHeader.click();
    await timeJump(page, 0, 0);

    // Generated emails start with the first name; "anna." narrows a million to a few thousand.
    const search = await timeClick(
      page,
      () => page.getByRole('searchbox', { name: 'Search contacts' }).fill('anna.'),
      (state, before) => state.firstId !== before.firstId,
    );
    return { open, middle, end, fps, loadingShare, sort, sortedMiddle, search };
  } finally {
    await page.close();
  }
}

function summarise(rounds: Round[]): Round {
  const pick = (key: keyof Round) => median(rounds.map((round) => round[key]));
  return {
    open: pick('open'),
    middle: pick('middle'),
    end: pick('end'),
    fps: pick('fps'),
    loadingShare: pick('loadingShare'),
    sort: pick('sort'),
    sortedMiddle: pick('sortedMiddle'),
    search: pick('search'),
  };
}

async function main() {
  const largeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-table-bench-large-'));
  const smallDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-table-bench-small-'));
  let large: ServedApp | null = null;
  let small: ServedApp | null = null;
  let browser: Browser | null = null;
  try {
    const started = performance.now();
    seed(largeDir, LARGE);
    seed(smallDir, SMALL);
    console.log(
      `seeded ${LARGE.toLocaleString('en-US')} and ${SMALL.toLocaleString('en-US')} contacts in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    large = await serveApp(largeDir);
    small = await serveApp(smallDir);
    browser = await launchChromium();
    const ours: Round[] = [];
    const baseline: Round[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      baseline.push(await measure(browser, small, SMALL));
      ours.push(await measure(browser, large, LARGE));
      note(
        `round ${round + 1}: ${JSON.stringify(ours[round], (_, value: unknown) => (typeof value === 'number' ? Math.round(value * 100) / 100 : value))}`,
      );
    }
    const o = summarise(ours);
    const b = summarise(baseline);
    console.log(
      `Contacts table, ${LARGE.toLocaleString('en-US')} contacts against ${SMALL.toLocaleString('en-US')} (baseline), ${ROUNDS} rounds, medians:`,
    );
    const ms = (key: 'open' | 'middle' | 'end' | 'sort' | 'sortedMiddle' | 'search') => ({
      ours: o[key],
      baseline: b[key],
      unit: 'ms',
    });
    check('rows on screen after opening the page', ms('open'), { atMost: 500 });
    check('rows on screen after a jump to the middle', ms('middle'), { atMost: 300 });
    check('rows on screen after a jump to the end', ms('end'), { atMost: 300 });
    check('frame rate while wheel-scrolling', { ours: o.fps, baseline: b.fps, unit: 'fps' }, { ratioAtLeast: 0.9 });
    note(
      `rows still loading while wheel-scrolling: ${(o.loadingShare * 100).toFixed(0)}% of samples (baseline ${(b.loadingShare * 100).toFixed(0)}%)`,
    );
    check('sorted by email, rows on screen', ms('sort'), { atMost: 500 });
    check('sorted by email, rows on screen after a jump to the middle', ms('sortedMiddle'), { atMost: 500 });
    check('search by email prefix, rows on screen', ms('search'), { atMost: 500 });
  } finally {
    await browser?.close();
    await large?.stop();
    await small?.stop();
    fs.rmSync(largeDir, { recursive: true, force: true });
    fs.rmSync(smallDir, { recursive: true, force: true });
  }
}

await main();
