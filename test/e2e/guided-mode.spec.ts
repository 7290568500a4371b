import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { activateInEditor, saved, step as canvasStep, storedJourney } from './support/editor-page';
import { callApi, postEvent } from './support/journey-api';
import type { ServedApp } from './support/server';

test.use({ viewport: { width: 1600, height: 1000 } });

interface OutboxPage {
  items: {
    channel: string;
    recipient: string;
    headline: string;
    journeyId: string | null;
    nodeId: string | null;
    isTest: boolean;
  }[];
}

/** Templates a team would already have in its library, one per channel the cards use. */
async function seedTemplates(page: Page, app: ServedApp): Promise<void> {
  await callApi(page.request, app, 'templates', 'create', {
    channel: 'sms',
    name: 'Order update SMS',
    content: { body: 'Order {{ event.orderId }} has news: {{ event.trackingUrl }}', senderId: 'SHOP' },
  });
  await callApi(page.request, app, 'templates', 'create', {
    channel: 'whatsapp',
    name: 'Order update WhatsApp',
    language: 'en',
    content: {
      templateName: 'order_update',
      language: 'en',
      headerText: '',
      body: 'Hi {{1}}, order {{2}} is on its way.',
      footer: '',
      buttons: [],
      parameters: { '1': '{{ event.customerName }}', '2': '{{ event.orderId }}' },
    },
  });
  await callApi(page.request, app, 'templates', 'create', {
    channel: 'email',
    name: 'Order update email',
    language: 'en',
    content: {
      subject: 'Your order {{ event.orderId }}',
      preheader: '',
      fromName: 'Shop',
      mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>Order {{ event.orderId }}</mj-text></mj-column></mj-section></mj-body></mjml>',
    },
  });
}

async function startGuided(page: Page): Promise<void> {
  await page.getByRole('button', { name: '+ New journey' }).click();
  await page.getByRole('menuitem', { name: 'Guided' }).click();
  await expect(page.getByRole('heading', { name: 'New journey · Guided Mode' })).toBeVisible();
}

/** Step 1 with its mandatory choices; Save & Next stays disabled, saying why, until both are made. */
async function chooseChannelAndParameters(page: Page, name: string): Promise<void> {
  const step = page.getByRole('region', { name: 'Select channel & parameters' });
  const next = step.getByRole('button', { name: 'Save & Next' });
  await step.getByLabel('Journey name').fill(name);
  await expect(next).toBeDisabled();
  await expect(step.getByRole('status')).toHaveText('Choose the user persona and the movement type to continue.');
  await step.getByRole('radio', { name: 'WhatsApp' }).check();
  await step.getByRole('radio', { name: 'Customer' }).check();
  await expect(step.getByRole('status')).toHaveText('Choose the movement type to continue.');
  await expect(next).toBeDisabled();
  await step.getByRole('radio', { name: 'Forward' }).check();
  await expect(next).toBeEnabled();
  await next.click();
}

function eventsStep(page: Page): Locator {
  return page.getByRole('region', { name: 'Select packages & events' });
}

async function pickEvent(step: Locator, search: string, option: RegExp): Promise<void> {
  await step.getByRole('searchbox', { name: 'Search events' }).fill(search);
  await step.getByRole('checkbox', { name: option }).check();
}

function card(page: Page, label: string): Locator {
  return page.getByRole('article', { name: `${label} card` });
}

async function waitForOutbox(page: Page, app: ServedApp, journeyId: string): Promise<OutboxPage['items']> {
  let items: OutboxPage['items'] = [];
  await expect
    .poll(
      async () => {
        items = (await callApi<OutboxPage>(page.request, app, 'outbox', 'list', { journeyId })).items;
        return items.length;
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThan(0);
  return items;
}

test('Guided Mode: channel, four events, templates (one made on the spot), a fallback chain, Test, Create → Active, and an order event reaches the outbox', async ({
  page,
  app,
}) => {
  await seedTemplates(page, app);
  await page.goto(app.openUrl);
  await startGuided(page);
  await chooseChannelAndParameters(page, 'Order updates');

  // Step 2: four events found by search, listed in lifecycle order whatever order they were picked in.
  const step = eventsStep(page);
  await pickEvent(step, 'NDR', /^Delivery failed \(NDR\)/);
  await pickEvent(step, 'shipped', /^Shipped \/ picked up/);
  await pickEvent(step, 'out for delivery', /^Out for delivery/);
  await pickEvent(step, 'order.delivered', /^Delivered order\.delivered/);
  await step.getByRole('searchbox', { name: 'Search events' }).fill('');
  await expect(step.getByLabel('4 of 11 selected')).toBeVisible();
  const preview = step.getByRole('region', { name: 'Preview & customize events' });
  await expect(preview.getByRole('listitem')).toHaveText([
    /Shipped \/ picked up/,
    /Out for delivery/,
    /^Delivered/,
    /Delivery failed \(NDR\)/,
  ]);
  await step.getByRole('button', { name: 'Save & Next' }).click();

  // Back never loses choices: step 2 still has all four.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(eventsStep(page).getByLabel('4 of 11 selected')).toBeVisible();
  await eventsStep(page).getByRole('button', { name: 'Save & Next' }).click();

  // Step 3: switching the primary channel to SMS moves every card and flags them for a template.
  const configure = page.getByRole('region', { name: 'Configure journey' });
  await configure.getByLabel('Primary channel').selectOption('sms');
  await expect(configure.getByText('Every card now sends on SMS; 4 cards need an SMS template.')).toBeVisible();
  for (const label of ['Shipped / picked up', 'Out for delivery', 'Delivered', 'Delivery failed (NDR)'])
    await expect(card(page, label).getByText('Choose an SMS template')).toBeVisible();

  // A template created from the card opens in the editor with the event's sample data and comes back assigned.
  await card(page, 'Shipped / picked up').getByRole('button', { name: 'Create new' }).click();
  await expect(page.getByRole('heading', { name: 'Shipped / picked up · SMS' })).toBeVisible();
  await expect(page.getByText('Previewing with the sample data of “Shipped / picked up”.')).toBeVisible();
  await expect(page.getByText(/Hi Asha Rao, shipped \/ picked up for order ORD-10482/).first()).toBeVisible();
  await page.getByRole('link', { name: '← Back to journey setup' }).click();
  const shipped = card(page, 'Shipped / picked up');
  await expect(shipped.getByLabel('SMS template')).toHaveValue(/.+/);
  await expect(shipped.getByText('Choose an SMS template')).toHaveCount(0);

  await card(page, 'Out for delivery').getByLabel('SMS template').selectOption({ label: 'Order update SMS' });
  await card(page, 'Delivery failed (NDR)').getByLabel('SMS template').selectOption({ label: 'Order update SMS' });

  // One card goes WhatsApp → SMS → Email, each link with its own template; reordering works both ways.
  const delivered = card(page, 'Delivered');
  await delivered.getByLabel('Channel', { exact: true }).selectOption('whatsapp');
  await delivered.getByLabel('WhatsApp template').selectOption({ label: 'Order update WhatsApp (en)' });
  await delivered.getByRole('button', { name: '+ Add channel' }).click();
  await delivered.getByLabel('SMS template').selectOption({ label: 'Order update SMS' });
  await delivered.getByRole('button', { name: '+ Add channel' }).click();
  await delivered.getByLabel('Fallback 2').selectOption('email');
  await delivered.getByLabel('Email template').selectOption({ label: 'Order update email (en)' });
  await delivered.getByRole('button', { name: 'Move Email fallback up' }).click();
  await expect(delivered.getByText('WhatsApp → Email → SMS')).toBeVisible();
  await delivered.getByRole('button', { name: 'Move Email fallback down' }).click();
  await expect(delivered.getByText('WhatsApp → SMS → Email')).toBeVisible();
  // A link added by mistake is removed again; the rest of the chain stays in order.
  await delivered.getByRole('button', { name: '+ Add channel' }).click();
  await expect(delivered.getByText('WhatsApp → SMS → Email → Push')).toBeVisible();
  await delivered.getByRole('button', { name: 'Remove Push fallback' }).click();
  await expect(delivered.getByText('WhatsApp → SMS → Email', { exact: true })).toBeVisible();

  // Preview and Test render the card's message with the event's sample payload.
  await delivered.getByRole('button', { name: 'Preview' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Order update WhatsApp · Delivered' });
  await expect(dialog.getByText('Hi Asha Rao, order ORD-10482 is on its way.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await delivered.getByLabel('Test recipient for Delivered').fill('+4915100000001');
  await delivered.getByRole('button', { name: 'Test' }).click();
  await expect(delivered.getByRole('status')).toContainText('Hi Asha Rao, order ORD-10482 is on its way.');
  await expect(delivered.getByRole('status')).toContainText('Test sent to +4915100000001 through the Outbox');
  const tests = (await callApi<OutboxPage>(page.request, app, 'outbox', 'list', {})).items;
  expect(tests).toEqual([expect.objectContaining({ recipient: '+4915100000001', isTest: true })]);

  await expect(configure.getByText('Every card is ready: the journey starts sending once created.')).toBeVisible();
  await configure.getByRole('button', { name: 'Create journey' }).click();
  await expect(
    page.locator('.notices').getByText('“Order updates” is active and sends on matching events.'),
  ).toBeVisible();
  const row = page.getByRole('table', { name: 'Journeys' }).getByRole('row', { name: /Order updates/ });
  await expect(row.getByText('Active', { exact: true })).toBeVisible();

  // The journey is an ordinary one: an order event from the events API starts its "Shipped" card.
  const journeys = await callApi<{ id: string; name: string }[]>(page.request, app, 'journeys', 'list', {});
  const journeyId = journeys.find((journey) => journey.name === 'Order updates')!.id;
  const posted = await postEvent(page.request, app, {
    customerId: 'c-asha',
    name: 'order.shipped',
    properties: {
      orderId: 'ORD-777',
      customerName: 'Asha',
      trackingUrl: 'https://track.example.com/777',
      persona: 'customer',
      movementType: 'forward',
    },
    customer: { phone: '+4915112345678', email: 'asha@example.com' },
  });
  expect(posted).toBe(202);
  const sent = await waitForOutbox(page, app, journeyId);
  expect(sent).toEqual([
    expect.objectContaining({ channel: 'sms', recipient: '+4915112345678', nodeId: 'card-order-shipped-message' }),
  ]);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
  await expect(
    page.getByRole('listbox', { name: 'Outbox messages' }).getByRole('option', { name: /order ORD-777/ }),
  ).toBeVisible();
});

test('Guided Mode: a card left without a template is Broken on the dashboard; Fix leads to it, and completing it activates the journey', async ({
  page,
  app,
}) => {
  await seedTemplates(page, app);
  await page.goto(app.openUrl);
  await startGuided(page);
  await chooseChannelAndParameters(page, 'Returns updates');
  const step = eventsStep(page);
  await pickEvent(step, 'return requested', /^Return requested/);
  await pickEvent(step, 'refund completed', /^Refund completed/);
  await step.getByRole('button', { name: 'Save & Next' }).click();
  const requested = card(page, 'Return requested');
  await requested.getByLabel('WhatsApp template').selectOption({ label: 'Order update WhatsApp (en)' });
  // Test with no recipient typed: the message is kept in the Outbox, not delivered anywhere.
  await requested.getByRole('button', { name: 'Test' }).click();
  await expect(requested.getByRole('status')).toContainText('Test kept in the Outbox, with no recipient');
  const kept = (await callApi<OutboxPage>(page.request, app, 'outbox', 'list', {})).items;
  expect(kept).toEqual([expect.objectContaining({ recipient: 'no recipient (kept in the Outbox)', isTest: true })]);
  const configure = page.getByRole('region', { name: 'Configure journey' });
  await expect(
    configure.getByText('1 of 2 cards need a template: the journey will be saved as Broken until they have one.'),
  ).toBeVisible();
  await configure.getByRole('button', { name: 'Create journey' }).click();

  const row = page.getByRole('table', { name: 'Journeys' }).getByRole('row', { name: /Returns updates/ });
  await expect(row.getByText('Broken')).toBeVisible();
  await row.getByRole('button', { name: 'Fix Returns updates' }).click();

  const refund = card(page, 'Refund completed');
  await expect(refund).toHaveClass(/highlighted/);
  await expect(refund.getByText('Choose a WhatsApp template')).toBeVisible();
  const test = refund.getByRole('button', { name: 'Test' });
  await expect(test).toBeDisabled();
  await expect(test).toHaveAttribute('title', 'Choose a WhatsApp template to test this card.');
  await refund.getByLabel('WhatsApp template').selectOption({ label: 'Order update WhatsApp (en)' });
  await page.getByRole('region', { name: 'Configure journey' }).getByRole('button', { name: 'Create journey' }).click();
  await expect(
    page.locator('.notices').getByText('“Returns updates” is active and sends on matching events.'),
  ).toBeVisible();
  await expect(row.getByText('Active', { exact: true })).toBeVisible();
  await expect(row.getByText('Broken')).toHaveCount(0);
});

test('Quick Mode: the abandoned-cart journey comes from the gallery with its templates and is activated; an order-updates one opens in the wizard', async ({
  page,
  app,
}) => {
  await page.goto(app.openUrl);
  await page.getByRole('button', { name: '+ New journey' }).click();
  await page.getByRole('menuitem', { name: 'Quick' }).click();
  const gallery = page.getByRole('main');
  const cart = gallery.getByRole('article', { name: 'Abandoned-cart retargeting' });
  await expect(cart.getByRole('img', { name: 'Graph of Abandoned-cart retargeting' })).toBeVisible();
  await expect(cart.getByText('Channels: Email, SMS')).toBeVisible();
  await expect(cart.getByText('3 ready templates')).toBeVisible();
  await cart.getByRole('button', { name: 'Use Abandoned-cart retargeting' }).click();

  const dialog = page.getByRole('dialog', { name: 'Use “Abandoned-cart retargeting”' });
  await dialog.getByLabel('Journey name').fill('Abandoned cart');
  await dialog.getByRole('button', { name: 'Create' }).click();

  // It opens on the canvas, complete, and activates like any journey.
  await activateInEditor(page, 'Abandoned cart');
  const templates = await callApi<{ name: string; usedBy: { journeyName: string }[] }[]>(
    page.request,
    app,
    'templates',
    'list',
    {},
  );
  expect(
    templates
      .filter((t) => t.usedBy.some((use) => use.journeyName === 'Abandoned cart'))
      .map((t) => t.name)
      .sort(),
  ).toEqual(['Cart incentive', 'Cart reminder', 'Cart reminder SMS']);

  // An event-card preset opens in the wizard's configure step, every card ready.
  await page.goto(`${app.baseUrl}#/quick`);
  await page.getByRole('button', { name: 'Use Forward order updates' }).click();
  const forward = page.getByRole('dialog', { name: 'Use “Forward order updates”' });
  // It asks for the parameters too: this one is for cash-on-delivery orders only.
  await forward
    .getByRole('group', { name: /Order type/ })
    .getByRole('checkbox', { name: 'cod' })
    .check();
  await forward.getByRole('button', { name: 'Create' }).click();
  const configure = page.getByRole('region', { name: 'Configure journey' });
  await expect(configure.getByRole('article')).toHaveCount(4);
  await expect(configure.getByText('Every card is ready: the journey starts sending once created.')).toBeVisible();
  await configure.getByRole('tab', { name: 'Parameters' }).click();
  await expect(
    configure.getByRole('group', { name: /Order type/ }).getByRole('checkbox', { name: 'cod' }),
  ).toBeChecked();
  await expect(
    configure.getByRole('group', { name: /Order type/ }).getByRole('checkbox', { name: 'prepaid' }),
  ).not.toBeChecked();
});

test('Settings → Packages and Parameters decide what Guided Mode offers; a bad custom package is refused naming the field', async ({
  page,
  app,
}) => {
  await page.goto(app.openUrl);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const packages = page.getByRole('region', { name: 'Packages' });
  await packages.getByRole('checkbox', { name: 'Enable Returns' }).uncheck();

  // A custom package: a key in the wrong form is named, then fixed and saved.
  await packages.getByRole('button', { name: '+ Add custom package' }).click();
  await packages.getByLabel('Package id').fill('loyalty');
  await packages.getByLabel('Package label').fill('Loyalty');
  await packages.getByLabel('Event key').fill('Points Earned');
  await packages.getByLabel('Event label').fill('Points earned');
  await packages.getByLabel(/Sample payload/).fill('{ "points": 20, "customerName": "Asha" }');
  await packages.getByRole('button', { name: 'Save package' }).click();
  await expect(packages.getByRole('alert')).toContainText(
    'events[0].key: An event key is lower-case words joined by dots, e.g. "order.shipped"',
  );
  await packages.getByLabel('Event key').fill('order.shipped');
  await packages.getByRole('button', { name: 'Save package' }).click();
  await expect(packages.getByRole('alert')).toContainText(
    'custom[0].events[0].key: The event key "order.shipped" is already used by the package "Forward shipment"',
  );
  await packages.getByLabel('Event key').fill('loyalty.points_earned');
  await packages.getByRole('button', { name: 'Save package' }).click();
  await expect(packages.getByRole('checkbox', { name: 'Enable Loyalty' })).toBeChecked();
  // A custom package is edited in place: a new label keeps it enabled.
  await packages.getByRole('button', { name: 'Edit Loyalty' }).click();
  await packages.getByLabel('Package label').fill('Loyalty club');
  await packages.getByRole('button', { name: 'Save package' }).click();
  await expect(packages.getByRole('checkbox', { name: 'Enable Loyalty club' })).toBeChecked();

  const parameters = page.getByRole('region', { name: 'Parameters' });
  await parameters.getByRole('group', { name: 'Courier account' }).getByRole('checkbox', { name: 'Enabled' }).check();
  await parameters.getByLabel('Courier account values (comma-separated)').fill('bluedart main');
  await parameters.getByRole('button', { name: 'Save parameters' }).click();
  await expect(parameters.getByRole('alert')).toContainText('Courier account, value 1: Use letters, digits');
  await parameters.getByLabel('Courier account values (comma-separated)').fill('bluedart-main, delhivery');
  await parameters.getByRole('button', { name: 'Save parameters' }).click();
  await expect(page.locator('.notices').getByText('Parameters saved.')).toBeVisible();

  // The wizard offers enabled packages only (the custom one too), and the enabled parameters.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journeys' }).click();
  await startGuided(page);
  await chooseChannelAndParameters(page, 'Loyalty points');
  const step = eventsStep(page);
  await expect(step.getByRole('region', { name: 'Returns' })).toHaveCount(0);
  await expect(step.getByRole('link', { name: 'Enable packages in Settings → Packages' })).toBeVisible();
  await step.getByRole('searchbox', { name: 'Search events' }).fill('return requested');
  await expect(step.getByRole('checkbox')).toHaveCount(0);
  await pickEvent(step, 'points', /^Points earned/);
  await step.getByRole('button', { name: 'Save & Next' }).click();
  const configure = page.getByRole('region', { name: 'Configure journey' });
  await configure.getByRole('tab', { name: 'Parameters' }).click();
  await configure
    .getByRole('group', { name: /Courier account/ })
    .getByRole('checkbox', { name: 'delhivery' })
    .check();
  await expect(card(page, 'Points earned')).toBeVisible();

  // Leaving keeps the progress: the draft reopens at its cards with its parameters.
  await page.getByRole('link', { name: '← Journeys' }).click();
  const row = page.getByRole('table', { name: 'Journeys' }).getByRole('row', { name: /Loyalty points/ });
  await row.getByRole('link', { name: 'Continue setup of Loyalty points' }).click();
  await expect(card(page, 'Points earned')).toBeVisible();
  await page.getByRole('region', { name: 'Configure journey' }).getByRole('tab', { name: 'Parameters' }).click();
  await expect(page.getByRole('checkbox', { name: 'delhivery' })).toBeChecked();
});

test('Guided Mode: a draft left half-way reopens where it was with Continue setup; on the canvas its entry picks the event from the catalogue', async ({
  page,
  app,
}) => {
  await page.goto(app.openUrl);
  await startGuided(page);
  await chooseChannelAndParameters(page, 'Half-way');
  const events = eventsStep(page);
  await pickEvent(events, 'shipped', /^Shipped \/ picked up/);
  // Enter in the search ticks the one event it leaves.
  const eventSearch = events.getByRole('searchbox', { name: 'Search events' });
  await eventSearch.fill('order.delivered');
  await expect(events.getByText('1 event matches: press Enter to tick it.')).toBeVisible();
  await eventSearch.press('Enter');
  await expect(events.getByRole('checkbox', { name: /^Delivered order\.delivered/ })).toBeChecked();
  await eventSearch.fill('');
  // Select all in a package, counted, and cleared again.
  const cod = events.getByRole('region', { name: 'Cash on delivery' });
  await cod.getByRole('button', { name: 'Select all' }).click();
  await expect(cod.getByLabel('2 of 2 selected')).toBeVisible();
  await cod.getByRole('button', { name: 'Clear all' }).click();
  await expect(cod.getByLabel('0 of 2 selected')).toBeVisible();
  await page.getByRole('link', { name: '← Journeys' }).click();

  // The row says where the setup was left, and Continue setup goes back there with every choice.
  const row = page.getByRole('table', { name: 'Journeys' }).getByRole('row', { name: /Half-way/ });
  const resume = row.getByRole('link', { name: 'Continue setup of Half-way' });
  await expect(resume).toHaveAttribute('title', /^Reopens Guided Mode at step 2, Packages & events/);
  await expect(row.getByRole('button', { name: /Show problems/ })).toHaveCount(0);
  await resume.click();
  await expect(eventsStep(page).getByLabel('2 of 11 selected')).toBeVisible();
  await eventsStep(page).getByRole('button', { name: 'Back' }).click();
  const first = page.getByRole('region', { name: 'Select channel & parameters' });
  await expect(first.getByRole('radio', { name: 'WhatsApp' })).toBeChecked();
  await expect(first.getByRole('radio', { name: 'Customer' })).toBeChecked();
  await expect(first.getByRole('radio', { name: 'Forward' })).toBeChecked();
  await first.getByRole('button', { name: 'Save & Next' }).click();
  await expect(eventsStep(page).getByLabel('2 of 11 selected')).toBeVisible();

  // On the canvas the card's entry names its event from the catalogue and what it matches on.
  await page.getByRole('link', { name: 'Open on canvas' }).click();
  await expect(saved(page)).toBeVisible();
  const entry = canvasStep(page, 'Shipped / picked up');
  await expect(entry.getByText('Shipped / picked up · order.shipped')).toBeVisible();
  await entry.click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const picker = inspector.getByLabel('Order event', { exact: true });
  await expect(picker).toHaveValue('order.shipped');
  const matches = inspector.getByRole('region', { name: 'Matches on' });
  await expect(matches.getByRole('definition')).toHaveText([
    'order.shipped',
    'Customer, when the event names one',
    'Forward, when the event names one',
    'any',
    'any',
    'any',
  ]);
  // Search narrows the events across packages; Enter takes the only one left.
  const search = inspector.getByRole('searchbox', { name: 'Search order events' });
  await search.fill('refund');
  await expect(inspector.getByText(/^\d+ of \d+ events match\.$/)).toBeVisible();
  await expect(picker.locator('optgroup')).toHaveAttribute('label', 'Returns');
  await search.fill('out for delivery');
  await expect(inspector.getByText(/^1 of \d+ events matches: press Enter to choose it\.$/)).toBeVisible();
  await search.press('Enter');
  await expect(picker).toHaveValue('order.out_for_delivery');
  await expect(entry.getByText('Out for delivery · order.out_for_delivery')).toBeVisible();
  await expect(matches.getByRole('definition').first()).toHaveText('order.out_for_delivery');
  await expect(inspector.getByText('{{ event.trackingUrl }}')).toBeVisible();
  await expect(saved(page)).toBeVisible();
  const journeys = await callApi<{ id: string; name: string }[]>(page.request, app, 'journeys', 'list', {});
  const id = journeys.find((journey) => journey.name === 'Half-way')!.id;
  await expect
    .poll(async () =>
      (await storedJourney(page, app, id)).nodes
        .filter((node) => node.kind === 'entry')
        .map((node) => (node.config as { audience: { eventKey: string | null } }).audience.eventKey),
    )
    .toEqual(['order.out_for_delivery', 'order.delivered']);

  // The wizard follows: its cards are now Out for delivery and Delivered.
  await page.goto(`${app.baseUrl}#/guided/${id}`);
  await expect(
    eventsStep(page).getByRole('region', { name: 'Preview & customize events' }).getByRole('listitem'),
  ).toHaveText([/Out for delivery/, /^Delivered/]);

  // On the cards, the Packages tab adds and removes events, and the cards follow in lifecycle order.
  await eventsStep(page).getByRole('button', { name: 'Save & Next' }).click();
  const configure = page.getByRole('region', { name: 'Configure journey' });
  await configure.getByRole('tab', { name: 'Packages (2 events)' }).click();
  await pickEvent(configure, 'in transit', /^In transit/);
  await configure.getByRole('button', { name: 'Remove Delivered' }).click();
  await expect(configure.getByRole('tab', { name: 'Packages (2 events)' })).toBeVisible();
  await expect(configure.getByRole('article')).toHaveCount(2);
  await expect(configure.getByRole('article').nth(0)).toHaveAccessibleName('In transit card');
  await expect(configure.getByRole('article').nth(1)).toHaveAccessibleName('Out for delivery card');
});
