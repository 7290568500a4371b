import { afterEach, describe, expect, it } from 'vitest';
import { MAX_SEND_ATTEMPTS } from '../../../../electron/services/engine/executors/message';
import type { MessageProvider } from '../../../../electron/services/providers/provider';
import type { ClosableProvider } from '../../../../electron/services/providers/provider-implementation';
import { SMTP_IMPLEMENTATION } from '../../../../electron/services/providers/smtp/smtp-provider';
import { createRealClock } from '../../../../electron/services/runtime/real-clock';
import { SmtpConfigSchema } from '../../../../shared/providers/smtp';
import { useTempDir } from '../../../support/temp-dir';
import { startSmtpTestServer, type SmtpTestServer } from '../providers/support/smtp-test-server';
import { START, eventEntry, step, useEngineCores } from './support/engine-harness';

const tempDir = useTempDir('journey-studio-engine-smtp-');
const connect = useEngineCores(tempDir);

const HOUR = 3600_000;
let smtpServer: SmtpTestServer | null = null;
let smtp: ClosableProvider | null = null;
afterEach(async () => {
  await smtp?.close?.();
  await smtpServer?.close();
  smtp = smtpServer = null;
});

/** Email goes out through the SMTP provider to the test server; every other channel to the outbox. */
function emailOverSmtp(port: number) {
  smtp = SMTP_IMPLEMENTATION.create(
    SmtpConfigSchema.parse({
      host: '127.0.0.1',
      port,
      security: 'none',
      fromAddress: 'news@shop.example',
      timeoutSeconds: 5,
    }),
    // SMTP talks over real sockets, so its pacing runs on real time; the engine's retries run on
    // the virtual clock.
    { clock: createRealClock(), newId: () => crypto.randomUUID(), fetch, deliveryReportBaseUrl: null },
  );
  const email = smtp;
  return (outbox: MessageProvider): MessageProvider => ({
    name: 'router',
    send: (message, key) => (message.channel === 'email' ? email : outbox).send(message, key),
  });
}

describe('an SMTP server going down while a journey runs', () => {
  it('retries each email, falls back to SMS when the retries run out, and sends by email again once it is back', async () => {
    smtpServer = await startSmtpTestServer();
    const port = smtpServer.port;
    const e = connect({ engine: { provider: emailOverSmtp(port) } });
    const email = await e.template('email', {
      subject: 'Hello {{ customer.customerId }}',
      preheader: '',
      fromName: 'Shop',
      mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>Hi {{ customer.customerId }}</mj-text></mj-column></mj-section></mj-body></mjml>',
    });
    const sms = await e.smsTemplate('Hi {{ customer.customerId }} by SMS');
    for (const id of ['before', 'during', 'recovers'])
      await e.contact({ customerId: id, email: `${id}@example.com`, phone: '+34600000001' });
    const journey = await e.launch([
      eventEntry('go', 'msg'),
      step(
        'msg',
        'message',
        { channel: 'email', templateId: email.id, fallbacks: [{ channel: 'sms', templateId: sms.id }] },
        { next: 'exit' },
      ),
      step('exit', 'exit'),
    ]);
    const attempts = (contact: string) =>
      (
        e.db
          .prepare('SELECT channel, attempt, status, error FROM message_attempts WHERE contact_id = ? ORDER BY id')
          .all(contact) as { channel: string; attempt: number; status: string; error: string | null }[]
      ).map((row) => [row.channel, row.attempt, row.status, row.error]);

    await e.send('before', 'go');
    const [received] = await smtpServer.received(1);
    expect(received!.parsed.subject).toBe('Hello before');
    expect(received!.parsed.text).toContain('Hi before');
    expect(String(received!.parsed.html)).toContain('Hi before');
    expect(received!.raw).not.toMatch(/\{\{|\}\}/);
    expect(attempts('before')).toEqual([['email', 1, 'accepted', null]]);

    await smtpServer.close();
    smtpServer = null;
    await e.send('during', 'go');
    await e.advanceTo(START + HOUR);

    const refused = expect.stringMatching(new RegExp(`^SMTP server 127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`));
    expect(attempts('during')).toEqual([
      ...Array.from({ length: MAX_SEND_ATTEMPTS }, (_, index) => ['email', index + 1, 'rejected', refused]),
      ['sms', 1, 'delivered', null],
    ]);
    const duringRun = e.runs().find((run) => run.contact_id === 'during')!;
    const log = e.stepLog(duringRun.id);
    const retries = log.filter((row) => row.decision === 'retry later');
    expect(retries).toHaveLength(MAX_SEND_ATTEMPTS - 1);
    // Each retry waits on the virtual clock: none is made at the time of the one before.
    const attemptTimes = log.filter((row) => row.decision === 'sending').map((row) => row.at);
    expect(attemptTimes.slice(0, MAX_SEND_ATTEMPTS).every((at, i, all) => i === 0 || at > all[i - 1]!)).toBe(true);
    expect(log.find((row) => row.decision === 'fallback')!.detail).toEqual({
      from: 'email',
      to: 'sms',
      reason: expect.stringMatching(/^retries exhausted: SMTP server .*ECONNREFUSED/),
    });
    expect(e.outbox().map((row) => [row.contact_id, row.channel])).toEqual([['during', 'sms']]);

    // Down when this contact's email is first tried, back before its next try.
    await e.send('recovers', 'go');
    expect(attempts('recovers')).toEqual([['email', 1, 'rejected', refused]]);
    smtpServer = await startSmtpTestServer({ port });
    await e.advanceTo(START + 2 * HOUR);
    expect(attempts('recovers')).toEqual([
      ['email', 1, 'rejected', refused],
      ['email', 2, 'accepted', null],
    ]);
    const [back] = await smtpServer.received(1);
    expect(back!.parsed.subject).toBe('Hello recovers');
    expect(e.outbox().map((row) => [row.contact_id, row.channel])).toEqual([['during', 'sms']]);
    expect(e.counters(journey.id)).toMatchObject({ 'msg.sent': 3, 'msg.fellBack': 1, 'exit.exited': 3 });
  });
});
