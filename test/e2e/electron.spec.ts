import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const mainBundle = path.join(root, 'dist', 'electron', 'main.cjs');

/**
 * Looks for the runtime on disk only. require('electron') is avoided on purpose: when the binary
 * is missing it tries to download it, which hangs or fails on offline machines.
 */
function findElectronBinary(): { binary: string } | { reason: string } {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const noBinary = 'no Electron binary in node_modules/electron/dist (it cannot be downloaded on this machine)';
  if (!fs.existsSync(pathFile)) return { reason: `${noBinary}; node_modules/electron/path.txt is missing` };
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const binary = path.join(distDir, relative);
  if (relative === '' || !fs.existsSync(binary))
    return { reason: `${noBinary}; expected ${path.relative(root, binary) || binary}` };
  return { binary };
}

async function attachScreenshot(page: Page | undefined, name: string): Promise<void> {
  if (!page || page.isClosed()) return;
  try {
    await test.info().attach(name, { body: await page.screenshot(), contentType: 'image/png' });
  } catch {
    // A window that crashed cannot be photographed; the original failure matters more.
  }
}

test('the desktop app starts on its own origin and creates a journey through the UI', async () => {
  const found = findElectronBinary();
  if ('reason' in found) {
    const reason = `Electron e2e skipped: ${found.reason}`;
    console.log(reason);
    test.skip(true, reason);
    return;
  }
  expect(fs.existsSync(mainBundle), `${path.relative(root, mainBundle)} is missing; run "npm run build" first`).toBe(
    true,
  );

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-electron-e2e-'));
  const env = { ...process.env };
  // Set by some tool chains; it would start the binary as plain Node instead of the app.
  delete env.ELECTRON_RUN_AS_NODE;
  // Chromium refuses to start its sandbox as root (containers, CI); only the test run relaxes this.
  const args = [mainBundle, `--data-dir=${dataDir}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];

  let app: ElectronApplication | undefined;
  let page: Page | undefined;
  try {
    app = await _electron.launch({ executablePath: found.binary, args, env: env as Record<string, string> });
    page = await app.firstWindow();
    await expect(page).toHaveURL(/^app:\/\/journey-studio\//);
    await expect(page.getByRole('heading', { name: 'Journeys' })).toBeVisible();

    // The page gets the bridge and nothing of Node.
    expect(await page.evaluate(() => typeof Reflect.get(globalThis, 'require'))).toBe('undefined');
    expect(await page.evaluate(() => Object.keys(Reflect.get(globalThis, 'journeyStudio') ?? {}).sort())).toEqual([
      'invoke',
      'on',
    ]);

    const name = 'Welcome series';
    await page.getByRole('button', { name: 'New journey' }).click();
    const nameField = page.getByRole('textbox', { name: 'Journey name' });
    await nameField.fill(name);
    await nameField.press('Enter');
    await expect(page.getByRole('table', { name: 'Journeys' }).getByRole('link', { name })).toBeVisible();

    // The journey went through IPC into the database in --data-dir, not somewhere else.
    expect(fs.existsSync(path.join(dataDir, 'journey-studio.sqlite'))).toBe(true);
  } catch (error) {
    await attachScreenshot(page, 'electron-window-on-failure.png');
    throw error;
  } finally {
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
