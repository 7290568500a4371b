import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { createNode, type Journey } from '../../shared/model/index';
import { openJourney } from './support/editor-page';
import { callApi } from './support/journey-api';

test.use({ viewport: { width: 1600, height: 1000 } });

const lifecycleButton = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Journey lifecycle' }).getByRole('button', { name, exact: true });

test('a channel without a provider leads from its warning to its place in Settings → Channels', async ({
  page,
  app,
}) => {
  const template = await callApi<{ id: string }>(page.request, app, 'templates', 'create', {
    channel: 'sms',
    name: 'Shipped',
    content: { body: 'Your order is on its way', senderId: 'SHOP' },
  });
  const created = await callApi<{ journey: Journey; revision: number }>(page.request, app, 'journeys', 'create', {
    name: 'Shipping news',
  });
  const message = createNode('message', { id: 'welcome', position: { x: 320, y: 0 }, label: 'Shipped' });
  const journey: Journey = {
    ...created.journey,
    nodes: [
      createNode('entry', { id: 'start', position: { x: 0, y: 0 }, label: 'Everyone' }),
      { ...message, config: { ...message.config, channel: 'sms', templateId: template.id } },
      createNode('exit', { id: 'done', position: { x: 640, y: 0 }, label: 'Done' }),
    ],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'welcome' },
      { id: 'e2', source: 'welcome', sourceHandle: 'next', target: 'done' },
    ],
  };
  await callApi(page.request, app, 'journeys', 'save', { journey, expectedRevision: created.revision });
  await openJourney(page, app, created.journey.id, 'Shipping news');

  await lifecycleButton(page, 'Validate').click();
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems.getByRole('button', { name: /no SMS provider is set up/ })).toBeVisible();
  await problems.getByRole('button', { name: 'Set up SMS in Settings' }).click();

  await expect(page).toHaveURL(/#\/settings\/channels\/sms$/);
  const sms = page.getByRole('group', { name: 'SMS provider' });
  await expect(sms.getByLabel('Provider')).toBeFocused();
  await expect(sms.getByLabel('Provider')).toHaveValue('outbox');
  await expect(sms).toBeInViewport();
  await expect(page.getByRole('group', { name: /provider$/ })).toHaveCount(8);

  // The Outbox needs nothing: no form, no Test connection, and saving it keeps the default.
  await expect(sms.getByRole('button', { name: 'Test connection' })).toHaveCount(0);
  await sms.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.notices').getByText('SMS now sends through Outbox (on this machine).')).toBeVisible();
});
