import { afterEach, describe, expect, it } from 'vitest';
import { SmtpConfigSchema, type SmtpConfig } from '../../../../shared/providers/smtp';
import { SMTP_IMPLEMENTATION } from '../../../../electron/services/providers/smtp/smtp-provider';
import type { ClosableProvider, ProviderDeps } from '../../../../electron/services/providers/provider-implementation';
import type { OutgoingMessage } from '../../../../electron/services/providers/provider';
import { createRealClock } from '../../../../electron/services/runtime/real-clock';
import { createVirtualClock } from '../../../../electron/services/runtime/virtual-clock';
import { defaults, usePipelines } from '../rendering/support/pipeline';
import { startSmtpTestServer, type SmtpTestServer } from './support/smtp-test-server';

const pipeline = usePipelines();

const servers: SmtpTestServer[] = [];
const providers: ClosableProvider[] = [];
afterEach(async () => {
  await Promise.all(providers.splice(0).map((provider) => provider.close?.()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const deps: ProviderDeps = {
  clock: createRealClock(),
  newId: () => crypto.randomUUID(),
  fetch,
  deliveryReportBaseUrl: null,
};

async function server(options: Parameters<typeof startSmtpTestServer>[0] = {}) {
  const started = await startSmtpTestServer(options);
  servers.push(started);
  return started;
}

function config(port: number, overrides: Partial<Record<keyof SmtpConfig, unknown>> = {}): SmtpConfig {
  return SmtpConfigSchema.parse({
    host: '127.0.0.1',
    port,
    security: 'none',
    fromName: 'Shop',
    fromAddress: 'news@shop.example',
    replyTo: 'care@shop.example',
    timeoutSeconds: 5,
    ...overrides,
  });
}

function provider(smtp: SmtpConfig) {
  const created = SMTP_IMPLEMENTATION.create(smtp, deps);
  providers.push(created);
  return created;
}

const MJML = `<mjml><mj-head><mj-title>{{ subject }}</mj-title></mj-head><mj-body><mj-section><mj-column>
<mj-text>Hello {{ customer.first_name }}, order {{ order.id }} is on its way with {{ order.courier }}.</mj-text>
<mj-button href="{{ order.tracking_url }}">Track it</mj-button>
</mj-column></mj-section></mj-body></mjml>`;

async function renderedEmail(recipient: string, isTest = false): Promise<OutgoingMessage> {
  const rendered = await pipeline().render({
    channel: 'email',
    content: {
      subject: 'Order {{ order.id }} shipped',
      preheader: 'Arriving {{ event.properties.expected_delivery }}',
      fromName: '{{ customer.city }} Shop',
      mjml: MJML,
    },
    ...defaults(),
  });
  expect(rendered.ok).toBe(true);
  return {
    channel: 'email',
    recipient,
    rendered,
    journeyId: isTest ? null : 'journey-1',
    version: isTest ? null : 1,
    nodeId: isTest ? null : 'msg',
    runId: isTest ? null : 7,
    contactId: 'C-104293',
    templateId: 'template-1',
    isTest,
  };
}

describe('email over SMTP', () => {
  it('delivers the rendered email: subject, sender, reply-to, preheader, HTML and text parts, no Liquid left', async () => {
    const smtp = await server({ auth: { user: 'mailer', pass: 'pa55-word' } });
    const email = provider(config(smtp.port, { username: 'mailer', password: 'pa55-word' }));

    const journeySend = await email.send(await renderedEmail('maya@example.com'), '7:msg:send:0');
    const testSend = await email.send(await renderedEmail('tester@example.com', true), 'test:1f2e');

    expect(journeySend).toMatchObject({ status: 'accepted', delivered: false });
    expect(testSend).toMatchObject({ status: 'accepted', delivered: false });
    const mails = await smtp.received(2);
    const byRecipient = new Map(mails.map((mail) => [mail.envelope.to[0], mail]));
    const mail = byRecipient.get('maya@example.com')!;
    expect(mail.user).toBe('mailer');
    expect(mail.envelope).toEqual({ from: 'news@shop.example', to: ['maya@example.com'] });
    expect(mail.parsed.subject).toBe('Order ORD-58213 shipped');
    expect(mail.parsed.from?.value).toEqual([{ name: 'Pune Shop', address: 'news@shop.example' }]);
    expect(mail.parsed.replyTo?.value).toEqual([{ name: '', address: 'care@shop.example' }]);
    expect(mail.parsed.messageId).toBe((journeySend as { providerMessageId: string }).providerMessageId);
    const html = String(mail.parsed.html);
    expect(html).toContain('Hello Maya, order ORD-58213 is on its way with BlueDart.');
    expect(html).toContain('href="https://track.example.com/awb/77894410223"');
    expect(html).toMatch(/<body[^>]*><div style="display:none[^"]*" aria-hidden="true">Arriving 2026-11-23<\/div>/);
    expect(mail.parsed.text).toContain('Hello Maya, order ORD-58213 is on its way with BlueDart.');
    for (const part of [mail.raw, html, mail.parsed.text ?? '']) expect(part).not.toMatch(/\{\{|\{%|\}\}/);
    expect(byRecipient.get('tester@example.com')!.parsed.subject).toBe('Order ORD-58213 shipped');
  });

  it('sends one message per idempotency key, with a Message-ID derived from the key', async () => {
    const smtp = await server();
    const email = provider(config(smtp.port));
    const message = await renderedEmail('maya@example.com');
    const [first, concurrent] = await Promise.all([
      email.send(message, '7:msg:send:0'),
      email.send(message, '7:msg:send:0'),
    ]);
    const again = await email.send(message, '7:msg:send:0');
    const other = await email.send(message, '8:msg:send:0');
    expect(other).toMatchObject({ status: 'accepted' });

    expect(concurrent).toEqual(first);
    expect(again).toEqual(first);
    await smtp.received(2);
    expect(smtp.mails.map((mail) => mail.envelope.to[0])).toEqual(['maya@example.com', 'maya@example.com']);
    expect(new Set(smtp.mails.map((mail) => mail.parsed.messageId)).size).toBe(2);
  });

  it('paces messages to the configured rate on its clock instead of sending them all at once', async () => {
    const smtp = await server();
    const clock = createVirtualClock(Date.UTC(2026, 0, 5, 12));
    const start = clock.now();
    const email = SMTP_IMPLEMENTATION.create(config(smtp.port, { ratePerSecond: 2 }), { ...deps, clock });
    providers.push(email);
    const message = await renderedEmail('maya@example.com');

    const sends = ['k1', 'k2', 'k3'].map((key) => email.send(message, key));
    await smtp.received(1);
    // The other two wait for their turn: half a second apart on the provider's clock.
    expect(clock.nextDue()).toBe(start + 500);
    clock.advanceTo(start + 500);
    await smtp.received(2);
    expect(clock.nextDue()).toBe(start + 1000);
    clock.advanceTo(start + 1000);
    await smtp.received(3);
    expect(await Promise.all(sends)).toMatchObject([
      { status: 'accepted' },
      { status: 'accepted' },
      { status: 'accepted' },
    ]);
  });

  it("maps the server's refusals: 4xx temporary, 5xx permanent, both in the server's words", async () => {
    const smtp = await server({
      refuse: { 'full@example.com': '452 4.2.2 Mailbox full', 'nobody@example.com': '550 5.1.1 No such user' },
    });
    const email = provider(config(smtp.port));

    const full = await email.send(await renderedEmail('full@example.com'), 'k-full');
    const nobody = await email.send(await renderedEmail('nobody@example.com'), 'k-nobody');

    expect(full).toMatchObject({ status: 'rejected', kind: 'temporary' });
    expect((full as { reason: string }).reason).toMatch(
      /^SMTP server 127\.0\.0\.1:\d+ answered 452 4\.2\.2 Mailbox full/,
    );
    expect(nobody).toMatchObject({ status: 'rejected', kind: 'permanent' });
    expect((nobody as { reason: string }).reason).toContain('550 5.1.1 No such user');
    // A temporary refusal is not remembered: the retry under the same key reaches the server again.
    const retried = await email.send(await renderedEmail('full@example.com'), 'k-full');
    expect(retried).toMatchObject({ status: 'rejected', kind: 'temporary' });
    expect(smtp.mails).toEqual([]);
  });

  it('answers a server that cannot be reached with a temporary refusal naming it', async () => {
    const smtp = await server();
    const port = smtp.port;
    await servers.pop()!.close();
    const result = await provider(config(port)).send(await renderedEmail('maya@example.com'), 'k-down');
    expect(result).toMatchObject({ status: 'rejected', kind: 'temporary' });
    expect((result as { reason: string }).reason).toMatch(
      new RegExp(`^SMTP server 127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`),
    );
  });

  it('never sends in plain text when STARTTLS is required and the server does not offer it', async () => {
    const smtp = await server();
    const result = await provider(config(smtp.port, { security: 'starttls' })).send(
      await renderedEmail('maya@example.com'),
      'k-plain',
    );
    expect(result).toMatchObject({ status: 'rejected', kind: 'permanent' });
    expect((result as { reason: string }).reason).toContain('answered 500');
    expect(smtp.mails).toEqual([]);
  });

  it('tests the connection by logging in, sending nothing, and says why it failed', async () => {
    const smtp = await server({ auth: { user: 'mailer', pass: 'right' } });

    const ok = await SMTP_IMPLEMENTATION.testConnection(
      config(smtp.port, { username: 'mailer', password: 'right' }),
      deps,
    );
    const wrong = await SMTP_IMPLEMENTATION.testConnection(
      config(smtp.port, { username: 'mailer', password: 'wrong' }),
      deps,
    );

    expect(ok).toEqual({ ok: true, detail: `Connected to SMTP server 127.0.0.1:${smtp.port} and logged in as mailer` });
    expect(wrong).toMatchObject({ ok: false });
    expect((wrong as { error: string }).error).toContain('535');
    expect((wrong as { error: string }).error).toContain('Authentication credentials invalid');
    expect(smtp.mails).toEqual([]);
  });

  it('names each field the settings get wrong', () => {
    const result = SmtpConfigSchema.safeParse({
      host: ' ',
      port: 70000,
      security: 'ssl',
      fromAddress: 'not an address',
      password: 'x',
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['host', 'port', 'security', 'fromAddress']));
  });
});
