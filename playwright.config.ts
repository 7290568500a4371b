import { defineConfig } from '@playwright/test';
import { machineChromiumProbe } from './test/e2e/support/chromium-probe';
import { findChromium } from './test/e2e/support/find-chromium';

/**
 * The browser is chosen once, when the runner loads this file; the choice goes into CHROMIUM_PATH
 * so the worker processes, which load it again, take the same one without searching.
 */
function chromiumPath(): string {
  const choice = findChromium(machineChromiumProbe());
  if ('missing' in choice) {
    process.stderr.write(`${choice.missing}\n`);
    process.exit(1);
  }
  process.env.CHROMIUM_PATH = choice.path;
  return choice.path;
}

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
