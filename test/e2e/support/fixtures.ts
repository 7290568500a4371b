import fs from 'node:fs';
import { test as base } from '@playwright/test';
import { makeDataDir, serveApp, type ServedApp } from './server';

/** `app`: a fresh `journey-studio serve` on its own temporary data directory for each test. */
export const test = base.extend<{ app: ServedApp }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = makeDataDir();
    const app = await serveApp(dataDir);
    try {
      await use(app);
    } finally {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
