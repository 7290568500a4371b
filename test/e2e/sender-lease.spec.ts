import { expect, test } from '@playwright/test';
import { makeDataDir, serveApp } from './support/server';

const STANDBY = 'Another Journey Studio on this data folder is sending; this one will take over if it stops.';

test('a second Journey Studio on the same data folder says another one is sending, until it takes over', async ({
  page,
}) => {
  const dataDir = makeDataDir();
  const first = await serveApp(dataDir);
  const second = await serveApp(dataDir);
  try {
    await page.goto(second.openUrl);
    await expect(page.getByRole('heading', { name: 'Journeys' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: STANDBY })).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
    await expect(page.getByRole('heading', { name: 'Outbox' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: STANDBY })).toBeVisible();

    // The sending one quits (releasing the lease): this one takes over and the notice goes.
    await first.stop();
    await expect(page.getByRole('status').filter({ hasText: STANDBY })).toBeHidden({ timeout: 15_000 });
  } finally {
    await second.stop();
    await first.stop();
  }
});
