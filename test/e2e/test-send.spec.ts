import { createNode, type Journey, type JourneyNode } from '../../shared/model/index';
import { expect, test } from './support/fixtures';
import { createJourney, openJourney, step } from './support/editor-page';
import { callApi } from './support/journey-api';
import type { ServedApp } from './support/server';
import type { Page } from '@playwright/test';

const PLAIN_MJML =
  '<mjml><mj-body><mj-section><mj-column><mj-text>Your parcel is on its way, {{ customer.customerId }}.</mj-text></mj-column></mj-section></mj-body></mjml>';

/** A draft journey whose message step sends an SMS and falls back to an email. */
async function seedJourney(page: Page, app: ServedApp): Promise<Journey> {
  const sms = await callApi<{ id: string }>(page.request, app, 'templates', 'create', {
    channel: 'sms',
    name: 'Shipped SMS',
    content: { body: 'Your parcel is on its way, {{ customer.customerId }}.', senderId: 'SHOP' },
  });
  const email = await callApi<{ id: string }>(page.request, app, 'templates', 'create', {
    channel: 'email',
    name: 'Shipped email',
    content: { subject: 'Shipped', preheader: '', fromName: 'Shop', mjml: PLAIN_MJML },
  });
  await callApi(page.request, app, 'contacts', 'save', {
    contact: { customerId: 'cus_ada', phone: '+4915112345678', email: 'ada@example.com' },
  });
  await callApi(page.request, app, 'contacts', 'save', { contact: { customerId: 'cus_nophone' } });
  return createJourney(page, app, 'Shipping', (empty) => ({
    ...empty,
    nodes: [
      createNode('entry', { id: 'start', position: { x: 0, y: 0 }, label: 'Everyone' }),
      {
        ...createNode('message', { id: 'shipped', position: { x: 320, y: 0 }, label: 'Shipped' }),
        config: {
          channel: 'sms',
          templateId: sms.id,
          variables: {},
          fallbacks: [{ channel: 'email', templateId: email.id }],
        },
      } as JourneyNode,
      createNode('exit', { id: 'done', position: { x: 640, y: 0 }, label: 'Done' }),
    ],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'shipped' },
      { id: 'e2', source: 'shipped', sourceHandle: 'next', target: 'done' },
    ],
  }));
}

test('a message step test-sends an SMS into the outbox and links to it', async ({ page, app }) => {
  const journey = await seedJourney(page, app);
  await openJourney(page, app, journey.id, 'Shipping');
  await step(page, 'Shipped').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByRole('button', { name: 'Test send', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: 'Test send: SMS' });
  await dialog.getByLabel('A contact').check();
  // Typing part of an email address suggests the contacts it matches.
  await dialog.getByLabel('Contact (customer ID)').fill('ada@example');
  await expect(dialog.locator('datalist option[value="cus_ada"]')).toHaveCount(1);
  await dialog.getByLabel('Contact (customer ID)').fill('cus_ada');
  await dialog.getByLabel('Render with').selectOption({ label: 'A real contact…' });
  await dialog.getByRole('button', { name: 'Send test' }).click();
  const sent = dialog.getByRole('status');
  await expect(sent).toContainText('Sent to +4915112345678 via outbox: message id');

  await dialog.getByRole('link', { name: 'Open in Outbox' }).click();
  const message = page.getByRole('article', { name: 'Outbox message' });
  await expect(message).toContainText('+4915112345678 (SMS)');
  await expect(message).toContainText('None (a test send)');
  await expect(message).toContainText(/test:[0-9a-f-]{36}/);
  await expect(message).toContainText('Your parcel is on its way, cus_ada.');
  await expect(page.getByRole('listbox', { name: 'Outbox messages' }).getByText('Test')).toBeVisible();
});

test('a fallback entry test-sends its own channel, and a refusal shows beside the button', async ({ page, app }) => {
  const journey = await seedJourney(page, app);
  await openJourney(page, app, journey.id, 'Shipping');
  await step(page, 'Shipped').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByRole('button', { name: 'Test send fallback 1' }).click();

  const dialog = page.getByRole('dialog', { name: 'Test send: Email' });
  const recipient = dialog.getByLabel('Recipient');
  await recipient.fill('ada.example.com');
  await dialog.getByRole('button', { name: 'Send test' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('"ada.example.com" has no @');
  await expect(recipient).toHaveAttribute('aria-invalid', 'true');

  await recipient.fill('ada@example.com');
  await dialog.getByRole('button', { name: 'Send test' }).click();
  await expect(dialog.getByRole('status')).toContainText('Sent to ada@example.com via outbox');
  await expect(dialog.getByRole('alert')).toHaveCount(0);

  const page1 = await callApi<{ items: { channel: string; recipient: string; isTest: boolean }[] }>(
    page.request,
    app,
    'outbox',
    'list',
    {},
  );
  expect(page1.items).toEqual([
    expect.objectContaining({ channel: 'email', recipient: 'ada@example.com', isTest: true }),
  ]);
});

test('the template editor test-sends the edited template; a contact without a phone is refused by name', async ({
  page,
  app,
}) => {
  await seedJourney(page, app);
  await page.goto(app.openUrl);
  await page.getByRole('link', { name: 'Templates' }).click();
  await page.getByRole('link', { name: 'Shipped SMS' }).click();
  // The edit just made is what is sent: pending edits are saved before the send.
  await page.getByLabel('Message', { exact: true }).fill('Out for delivery today, {{ customer.customerId }}!');
  await page.getByRole('button', { name: 'Test send', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: 'Test send: SMS' });
  await dialog.getByLabel('A contact').check();
  await dialog.getByLabel('Contact (customer ID)').fill('cus_nophone');
  await dialog.getByRole('button', { name: 'Send test' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The contact "cus_nophone" has no phone number for SMS.');
  await expect(dialog.getByLabel('Contact (customer ID)')).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByLabel('An address').check();
  await dialog.getByLabel('Recipient').fill('+49 151 12345678');
  await dialog.getByRole('button', { name: 'Send test' }).click();
  await expect(dialog.getByRole('status')).toContainText('Sent to +4915112345678 via outbox');
  await dialog.getByRole('link', { name: 'Open in Outbox' }).click();
  await expect(page.getByRole('article', { name: 'Outbox message' })).toContainText(/Out for delivery today, [^!]*!/);
});
