import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { createNode, type Journey } from '../../shared/model/index';
import { saved, step } from './support/editor-page';
import { callApi } from './support/journey-api';
import type { ServedApp } from './support/server';

// Wide enough for the header's lifecycle buttons, the canvas and the side panel side by side.
test.use({ viewport: { width: 1600, height: 1000 } });

const PLAIN_MJML =
  '<mjml><mj-body><mj-section><mj-column><mj-text>Spring is here</mj-text></mj-column></mj-section></mj-body></mjml>';

/** Entry → "Welcome" email → exit, with the email's template still to pick: one error until it is. */
async function seedUnfinishedJourney(
  page: Page,
  app: ServedApp,
  name: string,
): Promise<{ id: string; templateId: string }> {
  // A delivery provider for email, so the only problem left is the missing template.
  await callApi(page.request, app, 'settings', 'set', { key: 'channels.email.provider', value: 'local' });
  const template = await callApi<{ id: string }>(page.request, app, 'templates', 'create', {
    channel: 'email',
    name: 'Spring mail',
    content: { subject: 'Spring sale', preheader: '', fromName: 'Shop', mjml: PLAIN_MJML },
  });
  const created = await callApi<{ journey: Journey; revision: number }>(page.request, app, 'journeys', 'create', {
    name,
  });
  const journey: Journey = {
    ...created.journey,
    nodes: [
      createNode('entry', { id: 'start', position: { x: 0, y: 0 }, label: 'Everyone' }),
      createNode('message', { id: 'welcome', position: { x: 320, y: 0 }, label: 'Welcome' }),
      createNode('exit', { id: 'done', position: { x: 640, y: 0 }, label: 'Done' }),
    ],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'welcome' },
      { id: 'e2', source: 'welcome', sourceHandle: 'next', target: 'done' },
    ],
  };
  await callApi(page.request, app, 'journeys', 'save', { journey, expectedRevision: created.revision });
  return { id: created.journey.id, templateId: template.id };
}

const header = (page: Page) => page.locator('.editor-header');
const lifecycleButton = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Journey lifecycle' }).getByRole('button', { name, exact: true });
const notice = (page: Page, text: string | RegExp) => page.locator('.notices').getByText(text);

test('a journey goes from unfinished draft to live, is edited as a new version, compared, paused and stopped', async ({
  page,
  app,
}) => {
  const name = 'Spring sale';
  const { id } = await seedUnfinishedJourney(page, app, name);

  // The dashboard shows the unfinished draft's problem count; Show problems opens the editor at the first.
  await page.goto(app.openUrl);
  const table = page.getByRole('table', { name: 'Journeys' });
  const row = table.getByRole('row').filter({ hasText: name });
  await expect(row.getByText('1 problem', { exact: true })).toBeVisible();
  await row.getByRole('button', { name: `Show problems in ${name}` }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  expect(page.url()).toContain(id);
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems.getByRole('heading', { name: /Problems · 1 error/ })).toBeVisible();
  await expect(step(page, 'Welcome')).toHaveClass(/selected/);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByLabel('Name')).toHaveValue('Welcome');
  // The header counts the unfinished draft's problems beside its status; it is not Broken.
  await expect(header(page).locator('.badge', { hasText: '1 problem' })).toBeVisible();
  await expect(header(page).getByText('Broken')).toHaveCount(0);

  // Fix it: pick the template.
  await inspector.getByLabel('Template').selectOption({ label: 'Spring mail' });
  await expect(saved(page)).toBeVisible();
  await expect(header(page).locator('.badge', { hasText: 'problem' })).toHaveCount(0);

  await lifecycleButton(page, 'Validate').click();
  await expect(notice(page, 'No problems — ready to activate.')).toBeVisible();
  await expect(header(page).locator('.badge', { hasText: 'Ready' })).toBeVisible();

  await lifecycleButton(page, 'Activate').click();
  await page
    .getByRole('alertdialog', { name: `Activate “${name}”?` })
    .getByRole('button', { name: 'Activate' })
    .click();
  await expect(notice(page, 'Activated: version 1 is live.')).toBeVisible();
  await expect(header(page).getByText('Version 1 live')).toBeVisible();

  // Live and read-only: no palette, nothing to drag or type into.
  await expect(page.getByText('Version 1 is live and read-only. Edit to create draft version 2.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Steps' })).toHaveCount(0);
  await step(page, 'Welcome').click();
  await expect(inspector.getByLabel('Name')).toBeDisabled();
  // Dragging a step pans the view instead of moving it: the steps keep their places relative to each other.
  const offset = async () => {
    const [a, b] = [await step(page, 'Everyone').boundingBox(), await step(page, 'Welcome').boundingBox()];
    return { x: b!.x - a!.x, y: b!.y - a!.y };
  };
  const before = await offset();
  await step(page, 'Welcome').dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 700, y: 500 } });
  expect(await offset()).toEqual(before);

  // Edit opens draft version 2 while version 1 keeps running.
  await lifecycleButton(page, 'Edit').click();
  await expect(notice(page, 'Editing draft version 2; version 1 keeps running.')).toBeVisible();
  await expect(
    page.getByText('Editing draft version 2. Version 1 keeps running until you activate the changes.'),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Steps' })).toBeVisible();

  // Rename one step, replace the exit with a delay and a new exit.
  await step(page, 'Welcome').click();
  await inspector.getByLabel('Name').fill('Welcome back');
  await expect(step(page, 'Welcome back')).toBeVisible();
  await step(page, 'Done').click();
  await page.getByRole('toolbar', { name: 'Canvas tools' }).getByRole('button', { name: 'Delete' }).click();
  await expect(step(page, 'Done')).toHaveCount(0);
  await step(page, 'Welcome back').click();
  await page.getByRole('button', { name: 'Add Delay' }).click();
  await expect(step(page, 'Delay')).toHaveClass(/selected/);
  await page.getByRole('button', { name: 'Add Exit' }).click();
  await expect(step(page, 'Exit')).toBeVisible();
  await expect(saved(page)).toBeVisible();
  await expect(problems.getByRole('button', { name: /problem/ })).toHaveText(/No problems/);

  // Activating the changes shows what changes against the live version first.
  await lifecycleButton(page, 'Activate changes…').click();
  const activateChanges = page.getByRole('dialog', { name: 'Activate draft version 2?' });
  await expect(activateChanges.getByRole('list', { name: 'Added steps (2)' })).toContainText('Delay');
  await expect(activateChanges.getByRole('list', { name: 'Added steps (2)' })).toContainText('Exit');
  await expect(activateChanges.getByRole('list', { name: 'Changed steps (1)' })).toContainText(
    'Welcome back (Message)',
  );
  await expect(activateChanges.getByRole('list', { name: 'Changed steps (1)' })).toContainText(
    'renamed from “Welcome”',
  );
  await expect(activateChanges.getByRole('list', { name: 'Removed steps (1)' })).toContainText('Done (Exit)');
  await activateChanges.getByRole('button', { name: 'Activate version 2' }).click();
  await expect(notice(page, 'Changes activated: version 2 is live.')).toBeVisible();
  await expect(header(page).getByText('Version 2 live')).toBeVisible();
  await expect(page.getByText('Version 2 is live and read-only. Edit to create draft version 3.')).toBeVisible();

  // The history lists both versions and what happened.
  await lifecycleButton(page, 'Versions').click();
  const history = page.getByRole('complementary', { name: 'Version history' });
  const versions = history.getByRole('list', { name: 'Versions' });
  await expect(versions.getByRole('listitem')).toHaveCount(2);
  await expect(versions.getByRole('listitem').first()).toContainText('Version 2');
  await expect(versions.getByRole('listitem').first()).toContainText('Live');
  await expect(versions.getByRole('listitem').nth(1)).toContainText('Version 1');
  const log = history.getByRole('region', { name: 'Status history' });
  await expect(log).toContainText('Activated v1');
  await expect(log).toContainText('Changes activated v2');

  // Version 1 opens read-only on the canvas, with the way back.
  await history.getByRole('button', { name: 'Open version 1' }).click();
  await expect(page.getByText('Viewing version 1 (read-only)')).toBeVisible();
  await expect(page).toHaveURL(/version=1/);
  await expect(step(page, 'Welcome')).toBeVisible();
  await expect(step(page, 'Done')).toBeVisible();
  await expect(step(page, 'Delay')).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to current' }).click();
  await expect(step(page, 'Welcome back')).toBeVisible();
  await expect(page).not.toHaveURL(/version=/);

  // Compare version 1 with version 2 on the canvas.
  await history
    .getByRole('region', { name: 'Compare versions' })
    .getByRole('button', { name: 'Compare on canvas' })
    .click();
  await expect(page.getByText('Comparing Version 1 with Version 2')).toBeVisible();
  await expect(page.locator('.react-flow__node.diff-added')).toHaveCount(2);
  await expect(page.locator('.react-flow__node.diff-changed')).toHaveCount(1);
  await expect(page.locator('.react-flow__node.diff-changed')).toContainText('Welcome back');
  // The removed exit is drawn where it was in version 1, marked as removed.
  await expect(page.locator('.react-flow__node.diff-removed')).toHaveCount(1);
  await expect(page.locator('.react-flow__node.diff-removed')).toContainText('Done');
  await expect(page.locator('.react-flow__node:not(.diff-added):not(.diff-changed):not(.diff-removed)')).toHaveCount(1);
  const differences = history.getByRole('region', { name: 'Differences' });
  await differences.getByRole('button', { name: /Delay/ }).click();
  await expect(step(page, 'Delay')).toHaveClass(/selected/);
  await expect(step(page, 'Exit')).not.toHaveClass(/selected/);
  await page.getByRole('button', { name: 'Back to current' }).click();

  // Restoring version 1 makes it draft version 3; version 2 keeps running. Discarding brings 2 back.
  await history.getByRole('button', { name: 'Restore version 1 as draft' }).click();
  await page
    .getByRole('alertdialog', { name: 'Restore version 1 as the draft?' })
    .getByRole('button', { name: 'Restore as draft' })
    .click();
  await expect(notice(page, 'Version 1 is the draft now (draft version 3).')).toBeVisible();
  await expect(step(page, 'Done')).toBeVisible();
  await expect(header(page).getByText('Version 2 live')).toBeVisible();
  await expect(header(page).getByText('Draft v3')).toBeVisible();
  await lifecycleButton(page, 'Discard draft').click();
  await page
    .getByRole('alertdialog', { name: 'Discard draft version 3?' })
    .getByRole('button', { name: 'Discard draft' })
    .click();
  await expect(notice(page, 'Draft discarded: version 2 is what runs.')).toBeVisible();
  await expect(step(page, 'Welcome back')).toBeVisible();
  await expect(step(page, 'Done')).toHaveCount(0);

  await history.getByRole('button', { name: 'Close version history' }).click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();

  // Pause, resume, and stop (which asks first).
  await lifecycleButton(page, 'Pause').click();
  await page
    .getByRole('alertdialog', { name: `Pause “${name}”?` })
    .getByRole('button', { name: 'Pause journey' })
    .click();
  await expect(header(page).locator('.badge', { hasText: 'Paused' })).toBeVisible();
  await lifecycleButton(page, 'Resume').click();
  await expect(header(page).locator('.badge', { hasText: 'Active' })).toBeVisible();
  await lifecycleButton(page, 'Stop').click();
  const confirm = page.getByRole('alertdialog', { name: `Stop “${name}”?` });
  const exitNow = confirm.getByRole('checkbox', { name: /End the journey now for the contacts in flight/ });
  await expect(exitNow).not.toBeChecked();
  await exitNow.check();
  await confirm.getByRole('button', { name: 'Stop journey' }).click();
  await expect(
    notice(page, 'Stopped: nobody new enters and the contacts in flight have left the journey.'),
  ).toBeVisible();
  await expect(header(page).locator('.badge', { hasText: 'Stopped' })).toBeVisible();
  await expect(page.getByText(/This journey is stopped and read-only/)).toBeVisible();
  await expect(lifecycleButton(page, 'Archive')).toBeVisible();
  await expect(lifecycleButton(page, 'Edit')).toHaveCount(0);

  const stored = await callApi<{ journey: Journey; liveVersion: number }>(page.request, app, 'journeys', 'get', { id });
  expect(stored.journey.status).toBe('stopped');
  expect(stored.journey.nodes.map((node) => node.label)).toEqual(['Everyone', 'Welcome back', 'Delay', 'Exit']);

  // A stopped journey is reused by duplicating a version: that opens a new draft journey.
  await lifecycleButton(page, 'Versions').click();
  await expect(history.getByRole('button', { name: 'Restore version 1 as draft' })).toHaveCount(0);
  await history.getByRole('button', { name: 'Duplicate version 1' }).click();
  await expect(page.getByRole('heading', { name: /^Spring sale v1/, level: 1 })).toBeVisible();
  await expect(page).not.toHaveURL(new RegExp(id));
  await expect(header(page).locator('.badge', { hasText: 'Draft' })).toBeVisible();
  await expect(step(page, 'Welcome')).toBeVisible();
  await expect(step(page, 'Done')).toBeVisible();
});

test('the dashboard says which version is live and when a draft is open', async ({ page, app }) => {
  const { id, templateId } = await seedUnfinishedJourney(page, app, 'Reorder reminder');
  const current = await callApi<{ journey: Journey; revision: number }>(page.request, app, 'journeys', 'get', { id });
  const fixed: Journey = {
    ...current.journey,
    nodes: current.journey.nodes.map((node) =>
      node.kind === 'message' ? { ...node, config: { ...node.config, templateId } } : node,
    ),
  };
  const savedJourney = await callApi<{ revision: number }>(page.request, app, 'journeys', 'save', {
    journey: fixed,
    expectedRevision: current.revision,
  });
  await callApi(page.request, app, 'journeys', 'activate', { id, expectedRevision: savedJourney.revision });

  await page.goto(app.openUrl);
  const row = page.getByRole('table', { name: 'Journeys' }).getByRole('row').filter({ hasText: 'Reorder reminder' });
  await expect(row).toContainText('Version 1 live');
  await expect(row.getByText('Broken')).toHaveCount(0);

  // A draft started in another window shows up here without a reload.
  await callApi(page.request, app, 'journeys', 'startDraft', { id });
  await expect(row).toContainText('Version 1 live · Draft open');
});
