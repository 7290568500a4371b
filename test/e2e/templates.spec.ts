import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { createNode, type Journey } from '../../shared/model/index';
import type { SampleProfile, Template } from '../../shared/templates/index';
import { createJourney, openJourney, saved, step, storedJourney } from './support/editor-page';
import { callApi } from './support/journey-api';
import type { ServedApp } from './support/server';

test.use({ viewport: { width: 1600, height: 1000 } });

const templateSaved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved$/ });
const emailFrame = (page: Page) => page.frameLocator('iframe[title="Email preview"]');
const mjmlEditor = (page: Page) => page.getByRole('textbox', { name: 'MJML body' });

async function seedProfiles(page: Page, app: ServedApp): Promise<void> {
  const ada = await callApi<SampleProfile>(page.request, app, 'profiles', 'create', {
    name: 'Ada',
    data: { customer: { first_name: 'Ada' }, order: {}, event: {} },
  });
  await callApi(page.request, app, 'profiles', 'create', {
    name: 'Grace',
    data: { customer: { first_name: 'Grace' }, order: {}, event: {} },
  });
  await callApi(page.request, app, 'profiles', 'setDefault', { id: ada.id });
}

async function openTemplates(page: Page, app: ServedApp): Promise<void> {
  await page.goto(app.openUrl);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Templates' }).click();
  await expect(page.getByRole('heading', { name: 'Templates' })).toBeVisible();
}

async function createFromDialog(page: Page, name: string, channel: string): Promise<void> {
  await page.getByRole('button', { name: '+ New template' }).click();
  const dialog = page.getByRole('dialog', { name: 'New template' });
  await dialog.getByLabel('Template name').fill(name);
  await dialog.getByLabel('Channel').selectOption({ label: channel });
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

/** Replaces the whole MJML the way a person does: click in, select all, type (pasted as one input). */
async function replaceMjml(page: Page, mjml: string): Promise<void> {
  await mjmlEditor(page).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(mjml);
}

const mjml = (text: string, close = true) => `<mjml>
  <mj-body>
    <mj-section>
      <mj-column>
        <mj-text>${text}${close ? '</mj-text>' : ''}
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>
`;

test('an email template previews live, keeps the last good preview on MJML errors and previews as each sample profile', async ({
  page,
  app,
}) => {
  await seedProfiles(page, app);
  await openTemplates(page, app);
  await createFromDialog(page, 'Welcome email', 'Email');

  // The starter layout renders at once.
  await expect(emailFrame(page).getByText('Write your message here.')).toBeVisible();

  await page.getByLabel('Subject').fill('Welcome, {{ customer.first_name }}');
  await replaceMjml(page, mjml('Hello {{ customer.first_name }}, welcome aboard'));
  await expect(emailFrame(page).getByText('Hello Ada, welcome aboard')).toBeVisible();
  await expect(page.getByLabel('Inbox view')).toContainText('Welcome, Ada');

  // Half-way through a tag: the problem is listed with its line, the last good preview stays.
  await replaceMjml(page, mjml('Hello {{ customer.first_name }}, see you soon', false));
  const problems = page.getByRole('region', { name: /^Problems/ });
  await expect(problems.getByRole('listitem').filter({ hasText: 'Error' }).first()).toContainText(/\b\d+(:\d+)?\b/);
  await expect(problems).toContainText('mjml');
  await expect(page.getByText('Showing the last good preview')).toBeVisible();
  await expect(emailFrame(page).getByText('Hello Ada, welcome aboard')).toBeVisible();

  // Fixed: the preview follows again, and switching the profile shows the other person.
  await replaceMjml(page, mjml('Hello {{ customer.first_name }}, see you soon'));
  await expect(emailFrame(page).getByText('Hello Ada, see you soon')).toBeVisible();
  await page.getByLabel('Preview as').selectOption({ label: 'Grace' });
  await expect(emailFrame(page).getByText('Hello Grace, see you soon')).toBeVisible();

  // The text part, the mobile width, and the sandbox that keeps the email inert (no scripts).
  await page.getByRole('button', { name: 'Mobile' }).click();
  await expect(page.locator('iframe[title="Email preview"]')).toHaveAttribute('sandbox', 'allow-same-origin');
  await expect(page.locator('iframe[title="Email preview"]')).toHaveCSS('width', '375px');
  await page.getByRole('tab', { name: 'Plain text' }).click();
  await expect(page.getByLabel('Plain text part')).toContainText('Hello Grace, see you soon');

  // Autosaved.
  await expect(templateSaved(page)).toBeVisible();
  const id = decodeURIComponent(page.url().split('#/templates/')[1]!);
  const stored = await callApi<Template>(page.request, app, 'templates', 'get', { id });
  expect(stored.channel === 'email' && stored.content.mjml).toContain('see you soon</mj-text>');
  expect(stored.channel === 'email' && stored.content.subject).toBe('Welcome, {{ customer.first_name }}');
});

test('an edit updates the email preview in place: same frame, unchanged parts kept, scroll kept, no script runs', async ({
  page,
  app,
}) => {
  await seedProfiles(page, app);
  await openTemplates(page, app);
  await createFromDialog(page, 'In place', 'Email');
  const tall = (text: string) => `<mjml>
  <mj-body>
    <mj-section><mj-column><mj-text>Top of the email</mj-text></mj-column></mj-section>
    <mj-section><mj-column><mj-spacer height="2000px" /></mj-column></mj-section>
    <mj-raw><script>document.body.setAttribute('data-ran', 'yes')</script></mj-raw>
    <mj-section><mj-column><mj-text>${text}</mj-text></mj-column></mj-section>
  </mj-body>
</mjml>`;
  await replaceMjml(page, tall('First words'));
  const frame = emailFrame(page);
  await expect(frame.getByText('First words')).toBeVisible();
  const element = page.locator('iframe[title="Email preview"]');
  await element.evaluate((iframe: HTMLIFrameElement & { marked?: boolean }) => (iframe.marked = true));
  const top = frame.getByText('Top of the email');
  await top.evaluate((node: HTMLElement & { marked?: boolean }) => (node.marked = true));
  await frame.getByText('First words').scrollIntoViewIfNeeded();
  const scrolled = await element.evaluate((iframe: HTMLIFrameElement) => iframe.contentWindow!.scrollY);
  expect(scrolled).toBeGreaterThan(500);

  await replaceMjml(page, tall('Second words'));
  await expect(frame.getByText('Second words')).toBeVisible();
  // The same frame element and the same element for the text that did not change: no new frame,
  // no new document, so no whole new layout and the reader stays where they were.
  expect(await element.evaluate((iframe: HTMLIFrameElement & { marked?: boolean }) => iframe.marked)).toBe(true);
  expect(await top.evaluate((node: HTMLElement & { marked?: boolean }) => node.marked)).toBe(true);
  expect(await element.evaluate((iframe: HTMLIFrameElement) => iframe.contentWindow!.scrollY)).toBe(scrolled);
  // Neither the first document nor the one carried into it ran the email's script.
  await expect(frame.locator('body')).not.toHaveAttribute('data-ran', 'yes');
  await expect(frame.locator('script')).toHaveCount(1);
});

test('an SMS template counts characters, encoding and segments on the rendered text', async ({ page, app }) => {
  await openTemplates(page, app);
  await createFromDialog(page, 'Shipped SMS', 'SMS');

  await page.getByLabel('Message').fill('Your order has shipped');
  await expect(page.getByText('22 characters · GSM-7 · 1 segment (138 left)')).toBeVisible();

  await page.getByLabel('Message').fill(`Your order has shipped 😀 ${'x'.repeat(60)}`);
  await expect(page.getByText('UCS-2 because of “😀”')).toBeVisible();
  await expect(page.getByText(/· UCS-2 · 2 segments/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'SMS preview' })).toContainText('Your order has shipped 😀');
});

test('undefined variables are flagged, and are errors only when the user asks', async ({ page, app }) => {
  await openTemplates(page, app);
  await createFromDialog(page, 'Nickname SMS', 'SMS');
  await page.getByLabel('Message').fill('Hi {{ customer.nickname }}, your parcel is on its way');
  const variables = page.getByRole('region', { name: 'Variables' });
  await expect(variables.getByRole('listitem').filter({ hasText: 'customer.nickname' })).toContainText(
    'not in the sample profile or customer fields',
  );
  const problems = page.getByRole('region', { name: /^Problems/ });
  await expect(problems.getByRole('listitem').filter({ hasText: 'Error' })).toHaveCount(0);

  await variables.getByLabel('Treat undefined variables as errors').check();
  await expect(problems.getByRole('listitem').filter({ hasText: 'Error' }).first()).toContainText('nickname');
});

test('a variable the sample profile fills but no customer field defines is flagged, naming it', async ({
  page,
  app,
}) => {
  // Ada, the default profile, has a first_name; no customer field is called that.
  await seedProfiles(page, app);
  await callApi(page.request, app, 'templates', 'create', {
    channel: 'sms',
    name: 'Greeting',
    content: { body: 'Hi {{ customer.first_name }}, your parcel is on its way', senderId: '' },
  });
  await openTemplates(page, app);
  await page.getByRole('link', { name: 'Greeting' }).click();
  await expect(page.getByRole('region', { name: 'SMS preview' })).toContainText('Hi Ada, your parcel');
  const variables = page.getByRole('region', { name: 'Variables' });
  await expect(variables.getByRole('listitem').filter({ hasText: 'customer.first_name' })).toContainText(
    'not a customer field: only the sample profile has it',
  );
  const problems = page.getByRole('region', { name: /^Problems/ });
  await expect(problems.getByRole('listitem').filter({ hasText: 'Warning' })).toContainText(
    '"customer.first_name" is not a customer field',
  );

  // Once the field exists, the same template is fine.
  await callApi(page.request, app, 'fields', 'create', { key: 'first_name', label: 'First name', type: 'text' });
  await page.reload();
  await expect(page.getByRole('region', { name: 'SMS preview' })).toContainText('Hi Ada, your parcel');
  await expect(variables.getByRole('listitem').filter({ hasText: 'customer.first_name' })).toBeVisible();
  await expect(variables.getByRole('listitem').filter({ hasText: 'customer.first_name' })).not.toContainText(
    'not a customer field',
  );
  await expect(problems.getByRole('status')).toHaveText('none');
});

test('sample profiles are edited as JSON, with the problem named, and drive the preview', async ({ page, app }) => {
  await callApi(page.request, app, 'templates', 'create', {
    channel: 'sms',
    name: 'Greeting',
    content: { body: 'Hi {{ customer.first_name }} {{ customer.nickname }}', senderId: '' },
  });
  await openTemplates(page, app);
  await page.getByRole('link', { name: 'Greeting' }).click();
  const variables = page.getByRole('region', { name: 'Variables' });
  await expect(variables.getByRole('listitem').filter({ hasText: 'customer.nickname' })).toContainText(
    'not in the sample profile or customer fields',
  );

  await page.getByRole('button', { name: 'Edit sample profiles' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sample profiles' });
  await dialog.getByRole('button', { name: '+ New profile' }).click();
  // The new profile is created on the server first; its editor replaces the selected one's.
  await expect(dialog.getByLabel('Profile name')).toHaveValue(/^Profile \d+$/);
  await dialog.getByLabel('Profile name').fill('Lin');
  const data = dialog.getByLabel('Profile data (JSON)');
  await data.fill('{ "customer": { "first_name": "Lin" "nickname": "L" } }');
  await expect(dialog.getByText(/^Line 1, column 37: /)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Save profile' })).toBeDisabled();
  await data.fill('{ "customer": { "first_name": "Lin", "nickname": "Captain" } }');
  await dialog.getByRole('button', { name: 'Save profile' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Profile saved.' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Make default' }).click();
  await expect(dialog.getByRole('button', { name: 'Default profile' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByLabel('Preview as').locator('option').first()).toHaveText('Lin (default)');
  await page.getByLabel('Preview as').selectOption({ label: 'Lin (default)' });
  await expect(page.getByRole('region', { name: 'SMS preview' })).toContainText('Hi Lin Captain');
  // Lin fills the nickname, but no customer field is called that: real contacts would get nothing.
  await expect(variables.getByRole('listitem').filter({ hasText: 'customer.nickname' })).toContainText(
    'not a customer field: only the sample profile has it',
  );
});

test('the library lists, searches, filters, renames and duplicates templates', async ({ page, app }) => {
  await callApi(page.request, app, 'templates', 'create', {
    channel: 'sms',
    name: 'Order shipped SMS',
    language: 'en',
  });
  await callApi(page.request, app, 'templates', 'create', { channel: 'push', name: 'Cart reminder', language: 'es' });
  await openTemplates(page, app);

  const table = page.getByRole('table', { name: 'Templates' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.getByLabel('Search templates').fill('cart');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Push');
  await page.getByLabel('Search templates').fill('');
  await page.getByLabel('Channel').selectOption({ label: 'SMS' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Order shipped SMS');
  await page.getByLabel('Channel').selectOption({ label: 'All channels' });
  await page.getByLabel('Language').selectOption('es');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Cart reminder');
  await page.getByLabel('Language').selectOption({ label: 'All languages' });

  await page.getByRole('button', { name: 'More actions for Cart reminder' }).click();
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  await page.getByLabel('Template name').fill('Cart reminder push');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(table.getByRole('link', { name: 'Cart reminder push' })).toBeVisible();

  await page.getByRole('button', { name: 'More actions for Order shipped SMS' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect(table.getByRole('link', { name: 'Order shipped SMS (copy)' })).toBeVisible();
});

function journeyWithMessage(templateId: string | null) {
  return (journey: Journey): Journey => {
    const message = createNode('message', { id: 'n_msg', position: { x: 320, y: 0 }, label: 'Tell the customer' });
    return {
      ...journey,
      nodes: [
        createNode('entry', { id: 'n_entry', position: { x: 0, y: 0 }, label: 'Order shipped' }),
        { ...message, config: { ...message.config, channel: 'sms', templateId } },
        createNode('exit', { id: 'n_exit', position: { x: 640, y: 0 }, label: 'Done' }),
      ],
      edges: [
        { id: 'e1', source: 'n_entry', sourceHandle: 'next', target: 'n_msg' },
        { id: 'e2', source: 'n_msg', sourceHandle: 'next', target: 'n_exit' },
      ],
    };
  };
}

test('on the canvas a message step gets a template, previews it in place and creates a new one', async ({
  page,
  app,
}) => {
  await seedProfiles(page, app);
  const sms = await callApi<Template>(page.request, app, 'templates', 'create', {
    channel: 'sms',
    name: 'Shipped SMS',
    content: { body: 'Hi {{ customer.first_name }}, your order is on its way.', senderId: 'SHOP' },
  });
  await callApi(page.request, app, 'templates', 'create', { channel: 'email', name: 'Not for SMS' });
  const journey = await createJourney(page, app, 'Shipping', journeyWithMessage(null));
  await openJourney(page, app, journey.id, 'Shipping');

  await step(page, 'Tell the customer').click();
  const template = page.getByLabel('Template', { exact: true });
  await expect(template.locator('option')).toHaveText(['No template', 'Shipped SMS']);
  await template.selectOption({ label: 'Shipped SMS' });
  const preview = page.getByRole('region', { name: 'SMS template preview' });
  await expect(preview).toContainText('Hi Ada, your order is on its way.');
  await expect(preview).toContainText('GSM-7 · 1 segment');
  await expect(page.getByRole('link', { name: 'Open in editor' })).toHaveAttribute('href', `#/templates/${sms.id}`);

  // A new template without leaving the canvas, assigned on save.
  await page.getByRole('button', { name: '+ New template' }).first().click();
  await page.getByRole('dialog', { name: 'New SMS template' }).getByLabel('Template name').fill('Out for delivery SMS');
  await page.getByRole('button', { name: 'Create' }).click();
  // Made in the journey's language, and assigned to the step.
  await expect(template.locator('option:checked')).toHaveText('Out for delivery SMS (en)');
  await expect(saved(page)).toBeVisible();
  const stored = await storedJourney(page, app, journey.id);
  const created = (await callApi<Template[]>(page.request, app, 'templates', 'list', {})).find(
    (t) => t.name === 'Out for delivery SMS',
  )!;
  expect(stored.nodes.find((node) => node.id === 'n_msg')?.config).toMatchObject({
    channel: 'sms',
    templateId: created.id,
  });

  await page.getByRole('link', { name: 'Open in editor' }).click();
  await expect(page.getByRole('heading', { name: 'Out for delivery SMS' })).toBeVisible();
  await expect(page.getByLabel('Message')).toBeVisible();
});

test('a template used by an active journey cannot be deleted, and its disabled Delete names the journey', async ({
  page,
  app,
}) => {
  // With text: a journey sending an empty SMS cannot go live.
  const sms = await callApi<Template>(page.request, app, 'templates', 'create', {
    channel: 'sms',
    name: 'Shipped SMS',
    content: { body: 'Your order has shipped.', senderId: 'SHOP' },
  });
  const created = await callApi<{ journey: Journey; revision: number }>(page.request, app, 'journeys', 'create', {
    name: 'Order updates',
  });
  const saved = await callApi<{ revision: number }>(page.request, app, 'journeys', 'save', {
    journey: journeyWithMessage(sms.id)(created.journey),
    expectedRevision: created.revision,
  });
  await callApi(page.request, app, 'journeys', 'activate', {
    id: created.journey.id,
    expectedRevision: saved.revision,
  });
  await callApi(page.request, app, 'templates', 'create', { channel: 'push', name: 'Unused push' });
  await openTemplates(page, app);

  const row = page.getByRole('row').filter({ hasText: 'Shipped SMS' });
  await expect(row.getByRole('link', { name: 'Order updates' })).toBeVisible();
  await page.getByRole('button', { name: 'More actions for Shipped SMS' }).click();
  // Delete is disabled before anything is clicked, saying which live journey holds the template.
  const blockedDelete = page.getByRole('menuitem', { name: /^Delete/ });
  await expect(blockedDelete).toBeDisabled();
  await expect(blockedDelete).toContainText('Used by a live journey: “Order updates”. Stop it before deleting');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('link', { name: 'Shipped SMS' })).toBeVisible();

  // An unused one goes.
  await page.getByRole('button', { name: 'More actions for Unused push' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('link', { name: 'Unused push' })).toHaveCount(0);
});

test('remote images in the email preview load only when the toggle is on', async ({ page, app }) => {
  // A real image server on 127.0.0.1 that counts the requests it gets.
  let requests = 0;
  const pixel = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    'base64',
  );
  const images = http.createServer((_req, res) => {
    requests++;
    res.writeHead(200, { 'Content-Type': 'image/png' }).end(pixel);
  });
  await new Promise<void>((resolve) => images.listen(0, '127.0.0.1', resolve));
  const port = (images.address() as AddressInfo).port;
  try {
    await openTemplates(page, app);
    await createFromDialog(page, 'With a picture', 'Email');
    await replaceMjml(
      page,
      `<mjml><mj-body><mj-section><mj-column><mj-image src="http://127.0.0.1:${port}/hero.png" alt="Hero" /><mj-text>Picture above</mj-text></mj-column></mj-section></mj-body></mjml>`,
    );
    await expect(emailFrame(page).getByText('Picture above')).toBeVisible();
    // The browser is done with the image once it is complete: blocked, it has no size and the
    // server saw nothing; loaded, it would be 1×1 and this wait would fail.
    const hero = emailFrame(page).locator('img[alt="Hero"]');
    await expect
      .poll(() => hero.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth === 0))
      .toBe(true);
    expect(requests).toBe(0);

    await page.getByLabel('Load remote images').check();
    await expect.poll(() => requests).toBeGreaterThan(0);
  } finally {
    images.close();
  }
});
