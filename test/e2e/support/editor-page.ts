import { expect, type Locator, type Page } from '@playwright/test';
import type { Journey } from '../../../shared/model/index';
import { callApi } from './journey-api';
import type { ServedApp } from './server';

export const steps = (page: Page) => page.getByRole('group', { name: / step: / });
export const step = (page: Page, name: string) => page.getByRole('group', { name: new RegExp(`step: ${name}$`) });
export const edges = (page: Page) => page.locator('.react-flow__edge');
export const output = (page: Page, label: string, stepName: string) =>
  page.getByLabel(`${label} output of ${stepName}`, { exact: true });
export const input = (page: Page, stepName: string) => page.getByLabel(`Input of ${stepName}`, { exact: true });
export const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'Saved' });

/** Opens the journey's editor in this tab (the tab first learns the token from the printed URL). */
export async function openJourney(page: Page, app: ServedApp, id: string, name: string): Promise<void> {
  await page.goto(app.openUrl);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(saved(page)).toBeVisible();
  expect(page.url()).toContain(id);
}

export async function createJourney(
  page: Page,
  app: ServedApp,
  name: string,
  fill?: (journey: Journey) => Journey,
): Promise<Journey> {
  const created = await callApi<{ journey: Journey; revision: number }>(page.request, app, 'journeys', 'create', {
    name,
  });
  if (!fill) return created.journey;
  const saved = await callApi<{ journey: Journey }>(page.request, app, 'journeys', 'save', {
    journey: fill(created.journey),
    expectedRevision: created.revision,
  });
  return saved.journey;
}

export async function storedJourney(page: Page, app: ServedApp, id: string): Promise<Journey> {
  return (await callApi<{ journey: Journey }>(page.request, app, 'journeys', 'get', { id })).journey;
}

/** Drags from one handle to another with the mouse, as a person connects two steps. */
export async function connect(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
}

/** Activates the open journey from the editor's lifecycle bar, confirming as a person would. */
export async function activateInEditor(page: Page, name: string): Promise<void> {
  await page
    .getByRole('group', { name: 'Journey lifecycle' })
    .getByRole('button', { name: 'Activate', exact: true })
    .click();
  await page
    .getByRole('alertdialog', { name: `Activate “${name}”?` })
    .getByRole('button', { name: 'Activate' })
    .click();
  await expect(page.locator('.notices').getByText('Activated: version 1 is live.')).toBeVisible();
}
