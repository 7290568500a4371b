import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { addNode, connectNodes } from '../../shared/graph/index';
import { createNode, type Journey } from '../../shared/model/index';
import { createJourney, openJourney, saved, step, steps, storedJourney } from './support/editor-page';

test.use({ viewport: { width: 1600, height: 1000 } });

/**
 * Entry → "Welcome" (SMS, no template) → random paths at 30/30 → an exit, and a "Cool-off" delay
 * whose output leads nowhere: two errors and a warning, each with a quick fix.
 */
function broken(journey: Journey): Journey {
  const entry = createNode('entry', { id: 'entry', position: { x: 40, y: 120 } });
  const welcome = createNode('message', { id: 'welcome', position: { x: 340, y: 120 }, label: 'Welcome' });
  welcome.config.channel = 'sms';
  const split = createNode('randomSplit', { id: 'split', position: { x: 640, y: 120 } });
  split.config.branches = split.config.branches.map((branch) => ({ ...branch, percent: 30 }));
  const exit = createNode('exit', { id: 'done', position: { x: 940, y: 40 } });
  const delay = createNode('delay', { id: 'cool_off', position: { x: 940, y: 280 }, label: 'Cool-off' });
  let next = journey;
  for (const node of [entry, welcome, split, exit, delay]) next = addNode(next, node);
  next = connectNodes(next, { source: 'entry', sourceHandle: 'next', target: 'welcome' }, 'edge_1');
  next = connectNodes(next, { source: 'welcome', sourceHandle: 'next', target: 'split' }, 'edge_2');
  next = connectNodes(next, { source: 'split', sourceHandle: 'a', target: 'done' }, 'edge_3');
  return connectNodes(next, { source: 'split', sourceHandle: 'b', target: 'cool_off' }, 'edge_4');
}

const problemsRegion = (page: Page) => page.getByRole('region', { name: 'Problems' });
const badge = (page: Page, stepName: string) => step(page, stepName).locator('.journey-node-problems');

test('problems are shown on the steps and in the panel, lead to the field at fault, and are fixed in a click', async ({
  page,
  app,
}) => {
  const journey = await createJourney(page, app, 'Broken welcome', broken);
  await openJourney(page, app, journey.id, 'Broken welcome');
  const problems = problemsRegion(page);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });

  // Badges: red with the count on steps with errors, amber on a step with only a warning; the first message in the tooltip.
  await expect(
    step(page, 'Welcome').getByRole('img', { name: '1 error: "Welcome" has no SMS template chosen.' }),
  ).toBeVisible();
  await expect(badge(page, 'Welcome')).toHaveClass(/severity-error/);
  await expect(badge(page, 'Random paths')).toHaveAttribute('title', /add up to 60%/);
  await expect(badge(page, 'Cool-off')).toHaveClass(/severity-warning/);
  await expect(badge(page, 'Exit')).toHaveCount(0);

  // The chip says how many; opening it lists them.
  const chip = problems.getByRole('button', { name: '3 problems' });
  await expect(chip).toHaveAttribute('aria-expanded', 'false');
  await chip.click();
  await expect(problems.getByRole('heading', { name: 'Problems · 2 errors, 1 warning' })).toBeVisible();
  await expect(problems.getByRole('listitem')).toHaveCount(3);

  // A problem opens its step with the field at fault focused: the template picker…
  await problems.getByRole('button', { name: /"Welcome" has no SMS template chosen/ }).click();
  await expect(step(page, 'Welcome')).toHaveClass(/selected/);
  await expect(inspector.getByLabel('Template', { exact: true })).toBeFocused();

  // …and, from the keyboard, the percentage of the second path.
  await problems.getByRole('button', { name: /add up to 60%/ }).focus();
  await page.keyboard.press('Enter');
  await expect(step(page, 'Random paths')).toHaveClass(/selected/);
  await expect(step(page, 'Welcome')).not.toHaveClass(/selected/);
  await expect(inspector.getByRole('spinbutton', { name: 'Percent' }).nth(1)).toBeFocused();

  // The errors-only filter.
  await problems.getByRole('button', { name: 'Errors (2)' }).click();
  await expect(problems.getByRole('listitem')).toHaveCount(2);
  await problems.getByRole('button', { name: 'All' }).click();

  // Scaling the split is one edit: the problem goes, undo brings it back, redo takes it away again.
  await problems.getByRole('button', { name: 'Scale the percentages to 100%' }).click();
  await expect(problems.getByRole('button', { name: '2 problems' })).toBeVisible();
  await expect(badge(page, 'Random paths')).toHaveCount(0);
  await expect(inspector.getByRole('spinbutton', { name: 'Percent' }).first()).toHaveValue('50');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(problems.getByRole('button', { name: '3 problems' })).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(problems.getByRole('button', { name: '2 problems' })).toBeVisible();

  // A template is created for the step, on its channel, named after it, and assigned. It is still
  // empty, and an empty SMS cannot be sent, so the step's problem is now the template's.
  await problems.getByRole('button', { name: 'Create a template for SMS' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Created the template "Welcome template"' })).toBeVisible();
  await expect(
    problems.getByRole('button', {
      name: /"Welcome" uses the template "Welcome template", which has an error: The SMS body is empty/,
    }),
  ).toBeVisible();
  await expect(problems.getByRole('button', { name: '2 problems' })).toBeVisible();

  // The open output gets an exit step of its own.
  await problems.getByRole('button', { name: 'Connect an Exit step' }).click();
  await expect(problems.getByRole('button', { name: '1 problem' })).toBeVisible();

  // What is left is the template's text, which only its author can write.
  await expect(steps(page)).toHaveCount(6);
  await expect(page.locator('.journey-node-problems')).toHaveCount(1);
  await expect(badge(page, 'Welcome')).toHaveCount(1);

  // Every fix was an ordinary edit: autosaved.
  await expect(saved(page)).toBeVisible();
  const stored = await storedJourney(page, app, journey.id);
  const welcome = stored.nodes.find((node) => node.id === 'welcome');
  const split = stored.nodes.find((node) => node.id === 'split');
  expect(welcome?.kind === 'message' ? welcome.config.templateId : undefined).toEqual(expect.any(String));
  expect(split?.kind === 'randomSplit' ? split.config.branches.map((branch) => branch.percent) : []).toEqual([50, 50]);
  expect(stored.edges.some((edge) => edge.source === 'cool_off' && edge.sourceHandle === 'next')).toBe(true);
});

test('live checking follows edits in the inspector, and the panel stays closed until asked', async ({ page, app }) => {
  const journey = await createJourney(page, app, 'Typed fix', broken);
  await openJourney(page, app, journey.id, 'Typed fix');
  const problems = problemsRegion(page);
  await expect(problems.getByRole('button', { name: '3 problems' })).toBeVisible();
  await expect(problems.getByRole('list')).toHaveCount(0);

  await step(page, 'Random paths').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByRole('spinbutton', { name: 'Percent' }).first().fill('70');
  await expect(problems.getByRole('button', { name: '2 problems' })).toBeVisible();
  await expect(badge(page, 'Random paths')).toHaveCount(0);

  // Typing the split off again brings the badge back, with the new total in its tooltip.
  await inspector.getByRole('spinbutton', { name: 'Percent' }).nth(1).fill('20');
  await expect(badge(page, 'Random paths')).toHaveAttribute('title', /add up to 90%/);
});
