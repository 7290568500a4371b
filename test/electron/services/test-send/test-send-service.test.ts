import { afterEach, describe, expect, it } from 'vitest';
import {
  OUTBOX_ONLY_RECIPIENT,
  contract,
  createClient,
  createDispatcher,
  type ApiErrorPayload,
} from '../../../../shared/contract/index';
import type { Channel } from '../../../../shared/model/index';
import { createServices, type AppCore } from '../../../../electron/services/app-services';
import type { ChannelProviders } from '../../../../electron/services/providers/channel-providers';
import type { MessageProvider } from '../../../../electron/services/providers/provider';
import { inProcessTransport } from '../../../support/in-process-transport';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';
import { loopbackSmsProvider, startLoopbackSmsApi, type LoopbackSmsApi } from './support/loopback-sms';

const tempDir = useTempDir();
const connect = useCores(tempDir);

const servers: LoopbackSmsApi[] = [];
afterEach(() => Promise.all(servers.splice(0).map((server) => server.close())));

async function failureOf(call: Promise<unknown>): Promise<ApiErrorPayload> {
  try {
    await call;
  } catch (error) {
    return error as ApiErrorPayload;
  }
  throw new Error('the call succeeded');
}

async function seeded() {
  const { client, core } = connect();
  await client.fields.create({ key: 'firstName', label: 'First name', type: 'text' });
  const sms = await client.templates.create({
    channel: 'sms',
    name: 'Shipped SMS',
    content: { body: 'Hi {{ customer.firstName }}, order {{ event.orderId }} shipped', senderId: 'SHOP' },
  });
  const profile = await client.profiles.create({
    name: 'Ann',
    data: { customer: { firstName: 'Ann' }, order: {}, event: { orderId: 'A-1' } },
  });
  await client.contacts.save({
    contact: { customerId: 'cus_bo', firstName: 'Bo', phone: '+4915112345678', email: 'bo@example.com' },
  });
  await client.contacts.save({ contact: { customerId: 'cus_nomail', firstName: 'Cy' } });
  return { client, core, sms, profile };
}

/** The same services over the core's store, with the given channel's messages going to `provider`. */
function clientWithProvider(core: AppCore, channel: Channel, provider: MessageProvider) {
  const own = core.context.providers;
  const providers: ChannelProviders = {
    forChannel: (asked) => (asked === channel ? provider : own.forChannel(asked)),
    router: () => own.router(),
    outbox: () => own.outbox(),
    changed: () => own.changed(),
    deps: () => own.deps(),
    close: () => Promise.resolve(),
  };
  const context = { ...core.context, providers };
  const dispatcher = createDispatcher(contract, createServices(context));
  return createClient(contract, inProcessTransport({ dispatcher, events: core.events, context }));
}

describe('test send into the outbox', () => {
  it('renders with a sample profile, stores the message as a test with its own key, and links the outbox entry', async () => {
    const { client, sms, profile } = await seeded();
    const result = await client.testSend.send({
      templateId: sms.id,
      recipient: { type: 'address', address: ' +49 151 12345678 ' },
      profile: { type: 'sample', profileId: profile.id },
    });
    expect(result).toMatchObject({
      status: 'sent',
      channel: 'sms',
      recipient: '+4915112345678',
      provider: 'outbox',
      error: null,
      errorKind: null,
    });
    expect(result.idempotencyKey).toMatch(/^test:[0-9a-f-]{36}$/);
    expect(result.outboxMessageId).toBe(result.providerMessageId);
    const stored = await client.outbox.get({ id: result.outboxMessageId! });
    expect(stored).toMatchObject({
      isTest: true,
      idempotencyKey: result.idempotencyKey,
      recipient: '+4915112345678',
      templateId: sms.id,
      journeyId: null,
      runId: null,
      attempts: [],
    });
    expect(stored.rendered.output).toMatchObject({ body: 'Hi Ann, order A-1 shipped' });
  });

  it('gives every send a new key, so sending the same again is a second message', async () => {
    const { client, sms } = await seeded();
    const input = { templateId: sms.id, recipient: { type: 'address' as const, address: '+4915112345678' } };
    const first = await client.testSend.send(input);
    const second = await client.testSend.send(input);
    expect(second.idempotencyKey).not.toBe(first.idempotencyKey);
    expect(second.outboxMessageId).not.toBe(first.outboxMessageId);
    const page = await client.outbox.list({});
    expect(page.items.map((item) => item.idempotencyKey).sort()).toEqual(
      [first.idempotencyKey, second.idempotencyKey].sort(),
    );
  });

  it("sends to a contact's own address and renders with a real contact", async () => {
    const { client, sms } = await seeded();
    const result = await client.testSend.send({
      templateId: sms.id,
      recipient: { type: 'contact', customerId: 'cus_bo' },
      profile: { type: 'contact', customerId: 'cus_bo' },
    });
    expect(result).toMatchObject({ status: 'sent', recipient: '+4915112345678' });
    const stored = await client.outbox.get({ id: result.outboxMessageId! });
    expect(stored.contactId).toBe('cus_bo');
    expect(stored.rendered.output).toMatchObject({ body: 'Hi Bo, order  shipped' });
  });

  it('lays explicit data (an event payload) over the profile it renders with', async () => {
    const { client, sms } = await seeded();
    const result = await client.testSend.send({
      templateId: sms.id,
      recipient: { type: 'address', address: '+4915112345678' },
      profile: { type: 'contact', customerId: 'cus_bo' },
      data: { event: { orderId: 'B-42' }, customer: { firstName: 'Bobby' } },
    });
    const stored = await client.outbox.get({ id: result.outboxMessageId! });
    expect(stored.rendered.output).toMatchObject({ body: 'Hi Bobby, order B-42 shipped' });
  });

  it('renders an email with MJML: HTML and text parts, no Liquid left', async () => {
    const { client } = await seeded();
    const email = await client.templates.create({
      channel: 'email',
      name: 'Welcome',
      content: {
        subject: 'Welcome, {{ customer.firstName }}',
        preheader: 'Hello {{ customer.firstName }}',
        fromName: 'Shop',
        mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>Dear {{ customer.firstName }}</mj-text></mj-column></mj-section></mj-body></mjml>',
      },
    });
    const result = await client.testSend.send({
      templateId: email.id,
      recipient: { type: 'address', address: 'Ann <ann@Example.COM>' },
      profile: { type: 'contact', customerId: 'cus_bo' },
    });
    expect(result).toMatchObject({ status: 'sent', recipient: 'ann@example.com' });
    const { rendered } = await client.outbox.get({ id: result.outboxMessageId! });
    const output = rendered.output as { subject: string; html: string; text: string };
    expect(output.subject).toBe('Welcome, Bo');
    expect(output.html).toContain('Dear Bo');
    expect(output.text).toContain('Dear Bo');
    expect(JSON.stringify(output)).not.toMatch(/{{|{%/);
  });
});

describe('test send refuses bad input with the field at fault', () => {
  it('names recipient.address for an address the channel cannot take', async () => {
    const { client, sms } = await seeded();
    const failure = await failureOf(
      client.testSend.send({ templateId: sms.id, recipient: { type: 'address', address: 'ann@example.com' } }),
    );
    expect(failure.code).toBe('BAD_INPUT');
    expect(failure.issues?.[0]?.path).toBe('recipient.address');
    expect((await client.outbox.list({})).items).toEqual([]);
  });

  it('names recipient.customerId for a contact without an address on the channel, or an unknown one', async () => {
    const { client, sms } = await seeded();
    const noPhone = await failureOf(
      client.testSend.send({ templateId: sms.id, recipient: { type: 'contact', customerId: 'cus_nomail' } }),
    );
    expect(noPhone).toMatchObject({
      code: 'BAD_INPUT',
      issues: [{ path: 'recipient.customerId', message: 'The contact "cus_nomail" has no phone number for SMS' }],
    });
    const unknown = await failureOf(
      client.testSend.send({
        templateId: sms.id,
        recipient: { type: 'address', address: '+4915112345678' },
        profile: { type: 'contact', customerId: 'cus_nobody' },
      }),
    );
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', issues: [{ path: 'profile.customerId' }] });
  });

  it('refuses an unknown template and a recipient of the wrong shape', async () => {
    const { client } = await seeded();
    const noTemplate = await failureOf(
      client.testSend.send({ templateId: 'tpl_gone', recipient: { type: 'address', address: '+4915112345678' } }),
    );
    expect(noTemplate.code).toBe('NOT_FOUND');
    const shape = await failureOf(
      client.testSend.send({ templateId: 'tpl_gone', recipient: { type: 'phone', to: '1' } } as never),
    );
    expect(shape.code).toBe('BAD_INPUT');
    expect(shape.issues?.map((issue) => issue.path)).toContain('recipient.type');
  });
});

describe("test send through the channel's provider", () => {
  it("answers with the provider's message id and sends the test's own key", async () => {
    const { core, sms } = await seeded();
    const api = await startLoopbackSmsApi();
    servers.push(api);
    api.answer(201, { id: 'SM-777' });
    const client = clientWithProvider(core, 'sms', loopbackSmsProvider(api.url));
    const result = await client.testSend.send({
      templateId: sms.id,
      recipient: { type: 'contact', customerId: 'cus_bo' },
      profile: { type: 'contact', customerId: 'cus_bo' },
    });
    expect(result).toMatchObject({
      status: 'sent',
      provider: 'loopback-sms',
      providerMessageId: 'SM-777',
      outboxMessageId: null,
    });
    expect(api.received).toEqual([
      {
        idempotencyKey: result.idempotencyKey,
        body: { to: '+4915112345678', text: 'Hi Bo, order  shipped', isTest: true },
      },
    ]);
    // Nothing went to the outbox: the channel has its own provider.
    expect((await client.outbox.list({})).items).toEqual([]);
  });

  it('keeps a test with no recipient in the Outbox, even on a channel with its own provider', async () => {
    const { core, sms } = await seeded();
    const api = await startLoopbackSmsApi();
    servers.push(api);
    const client = clientWithProvider(core, 'sms', loopbackSmsProvider(api.url));
    const result = await client.testSend.send({
      templateId: sms.id,
      recipient: { type: 'outbox' },
      data: { event: { orderId: 'ORD-9' } },
    });
    expect(result).toMatchObject({ status: 'sent', provider: 'outbox', recipient: OUTBOX_ONLY_RECIPIENT });
    expect(api.received).toEqual([]);
    const stored = await client.outbox.get({ id: result.outboxMessageId! });
    expect(stored).toMatchObject({ isTest: true, recipient: OUTBOX_ONLY_RECIPIENT, templateId: sms.id });
    expect(stored.rendered.output).toMatchObject({ body: expect.stringContaining('order ORD-9 shipped') });
  });

  it("shows the provider's refusal in its own words", async () => {
    const { core, sms } = await seeded();
    const api = await startLoopbackSmsApi();
    servers.push(api);
    api.answer(400, { error: "The 'To' number +4915112345678 is not a valid mobile number." });
    const client = clientWithProvider(core, 'sms', loopbackSmsProvider(api.url));
    const result = await client.testSend.send({
      templateId: sms.id,
      recipient: { type: 'address', address: '+4915112345678' },
    });
    expect(result).toEqual({
      status: 'failed',
      channel: 'sms',
      recipient: '+4915112345678',
      provider: 'loopback-sms',
      idempotencyKey: result.idempotencyKey,
      providerMessageId: null,
      outboxMessageId: null,
      error: "Loopback SMS answered 400: The 'To' number +4915112345678 is not a valid mobile number.",
      errorKind: 'permanent',
    });
    expect(api.received).toHaveLength(1);
  });

  it('says a provider that cannot be reached could be tried again', async () => {
    const { core, sms } = await seeded();
    const api = await startLoopbackSmsApi();
    const url = api.url;
    await api.close();
    const client = clientWithProvider(core, 'sms', loopbackSmsProvider(url));
    const result = await client.testSend.send({
      templateId: sms.id,
      recipient: { type: 'address', address: '+4915112345678' },
    });
    expect(result.status).toBe('failed');
    expect(result.errorKind).toBe('temporary');
    expect(result.error).toMatch(/^Loopback SMS could not be reached: /);
  });

  it('reports a template that does not render instead of sending it', async () => {
    const { core, client: plain } = await seeded();
    const broken = await plain.templates.create({
      channel: 'sms',
      name: 'Broken',
      content: { body: 'Hi {{ customer.firstName ', senderId: 'SHOP' },
    });
    const api = await startLoopbackSmsApi();
    servers.push(api);
    const client = clientWithProvider(core, 'sms', loopbackSmsProvider(api.url));
    const result = await client.testSend.send({
      templateId: broken.id,
      recipient: { type: 'address', address: '+4915112345678' },
    });
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/^Could not render the template: /);
    expect(api.received).toEqual([]);
  });
});
