import { afterEach, describe, expect, it } from 'vitest';
import { TelegramConfigSchema } from '../../../../shared/providers/telegram';
import { TwilioConfigSchema } from '../../../../shared/providers/twilio';
import { retryDelayMs, sendKey, MAX_SEND_ATTEMPTS } from '../../../../electron/services/engine/executors/message';
import type { MessageProvider } from '../../../../electron/services/providers/provider';
import { TELEGRAM_IMPLEMENTATION } from '../../../../electron/services/providers/telegram/telegram-provider';
import { TWILIO_IMPLEMENTATION } from '../../../../electron/services/providers/twilio/twilio-provider';
import { createRealClock } from '../../../../electron/services/runtime/real-clock';
import { seededRandom } from '../../../support/seeded-random';
import { useTempDir } from '../../../support/temp-dir';
import { startLoopbackApi, type LoopbackApi, type LoopbackAnswer } from '../providers/support/loopback-api';
import { START, eventEntry, step, useEngineCores } from './support/engine-harness';

const tempDir = useTempDir('journey-studio-engine-faults-');
const connect = useEngineCores(tempDir);

const CONTACTS = 60;
/** This number's gateway is down for good: its message must fall back. */
const UNREACHABLE = '+34699999999';

type Fault = '500' | `429:${number}` | 'timeout' | '201';

/**
 * A Twilio-compatible API that fails 30% of calls (a third each: 500, 429 with Retry-After, an
 * answer long after the client's timeout) and, like a real API, honours Idempotency-Key: a key it has
 * sent is never sent again (a retry gets the first message's SID). A timed-out call was sent.
 */
async function flakyGateway() {
  const random = seededRandom(16);
  const sent = new Map<string, string>();
  /** key → what each call with it got, in order. */
  const answers = new Map<string, Fault[]>();
  let sends = 0;
  const api = await startLoopbackApi((request): LoopbackAnswer => {
    const key = String(request.headers['idempotency-key']);
    const form = new URLSearchParams(request.body);
    const record = (fault: Fault) => answers.set(key, [...(answers.get(key) ?? []), fault]);
    const roll = random.next();
    if (form.get('To') === UNREACHABLE || roll < 0.1) {
      record('500');
      return { status: 500, body: { code: 20500, message: 'Internal Server Error' } };
    }
    if (roll < 0.2) {
      const seconds = 5 + random.int(116);
      record(`429:${seconds}`);
      return {
        status: 429,
        headers: { 'Retry-After': String(seconds) },
        body: { code: 20429, message: 'Too Many Requests' },
      };
    }
    if (!sent.has(key)) sent.set(key, `SM${String((sends += 1)).padStart(4, '0')}`);
    const created = { status: 201, body: { sid: sent.get(key), status: 'queued' } };
    if (roll < 0.3) {
      record('timeout');
      return { ...created, delayMs: 60_000 };
    }
    record('201');
    return created;
  });
  return { api, sent, answers };
}

let api: LoopbackApi | null = null;
afterEach(async () => {
  await api?.close();
  api = null;
});

describe('an SMS gateway failing 30% of calls', () => {
  it('delivers every message or falls back; Retry-After and backoff are kept on the virtual clock; one send per key', async () => {
    const gateway = await flakyGateway();
    api = gateway.api;
    const twilio = TWILIO_IMPLEMENTATION.create(
      TwilioConfigSchema.parse({
        baseUrl: api.url,
        accountSid: 'AC1',
        authToken: 'token',
        from: '+14155550100',
        // Long enough that a busy machine answers every other call in time.
        timeoutSeconds: 3,
        ratePerSecond: 1000,
      }),
      // Pacing runs on the wall clock: it spaces real calls, while the journey's time is virtual.
      { clock: createRealClock(), newId: () => 'id', fetch: globalThis.fetch, deliveryReportBaseUrl: null },
    );
    const route = (outbox: MessageProvider): MessageProvider => ({
      name: 'router',
      send: (message, key) => (message.channel === 'sms' ? twilio : outbox).send(message, key),
    });
    const e = connect({ engine: { provider: route } });
    const sms = await e.smsTemplate('Your order {{ customer.customerId }} ships today');
    const inapp = await e.template('inapp', { title: 'Order', body: 'It ships today', imageUrl: '', buttons: [] });
    const ids = Array.from({ length: CONTACTS }, (_, i) => `c${String(i).padStart(2, '0')}`);
    for (const [i, id] of ids.entries())
      await e.contact({ customerId: id, phone: i === 0 ? UNREACHABLE : `+346000${String(i).padStart(5, '0')}` });
    const journey = await e.launch([
      eventEntry('go', 'msg'),
      step(
        'msg',
        'message',
        { channel: 'sms', templateId: sms.id, fallbacks: [{ channel: 'inapp', templateId: inapp.id }] },
        { next: 'exit' },
      ),
      step('exit', 'exit'),
    ]);
    e.core.ingress.ingest(
      ids.map((id) => ({ customerId: id, name: 'go', properties: {}, occurredAt: START, source: 'api' })),
    );
    await e.advanceTo(START + 3600_000);
    await twilio.close?.();

    // Every contact got their SMS (its attempt accepted with the gateway's SID) or the in-app fallback.
    const runs = new Map(e.runs().map((run) => [run.contact_id, run.id]));
    const attempts = e.db.prepare('SELECT * FROM message_attempts ORDER BY idempotency_key, attempt').all() as {
      idempotency_key: string;
      attempt: number;
      channel: string;
      status: string;
      error: string | null;
      created_at: number;
      contact_id: string;
    }[];
    const inappSent = new Set(
      e
        .outbox()
        .filter((row) => row.channel === 'inapp')
        .map((row) => row.contact_id),
    );
    const fellBack: string[] = [];
    for (const id of ids) {
      const key = sendKey(runs.get(id)!, 'msg', 0);
      const smsAttempts = attempts.filter((a) => a.idempotency_key === key);
      const calls = gateway.answers.get(key)!;
      // Every call is in the attempt log, one attempt per call, and never more than the retry limit.
      expect(smsAttempts.map((a) => a.attempt)).toEqual(calls.map((_, i) => i + 1));
      expect(calls.length).toBeLessThanOrEqual(MAX_SEND_ATTEMPTS);
      const last = smsAttempts[smsAttempts.length - 1]!;
      if (last.status === 'accepted') {
        expect(calls[calls.length - 1]).toBe('201');
        expect(inappSent.has(id)).toBe(false);
      } else {
        expect(calls).toHaveLength(MAX_SEND_ATTEMPTS);
        expect(inappSent.has(id)).toBe(true);
        fellBack.push(id);
      }
      // Each retry waited what the gateway asked (Retry-After) or the key's backoff, to the millisecond.
      for (let i = 1; i < smsAttempts.length; i += 1) {
        const asked = calls[i - 1]!;
        const waited = smsAttempts[i]!.created_at - smsAttempts[i - 1]!.created_at;
        expect(waited).toBe(asked.startsWith('429:') ? Number(asked.slice(4)) * 1000 : retryDelayMs(key, i));
        expect(smsAttempts[i - 1]!.error).toBe(
          asked === 'timeout'
            ? 'Twilio did not answer within 3 s'
            : asked === '500'
              ? 'Twilio answered 500: Internal Server Error (error 20500)'
              : 'Twilio answered 429: Too Many Requests (error 20429)',
        );
      }
    }
    expect(fellBack).toContain('c00');
    // The faults were all exercised, and no key was ever sent twice by the gateway.
    const all = [...gateway.answers.values()].flat();
    expect(all.filter((fault) => fault === '500').length).toBeGreaterThan(1);
    expect(all.some((fault) => fault.startsWith('429:'))).toBe(true);
    expect(all).toContain('timeout');
    expect(gateway.sent.size).toBeLessThanOrEqual(CONTACTS);
    expect(new Set(gateway.sent.values()).size).toBe(gateway.sent.size);
    expect(e.counters(journey.id)).toMatchObject({
      'msg.sent': CONTACTS,
      'msg.fellBack': fellBack.length,
      'exit.exited': CONTACTS,
    });
    const fallbackLog = e.stepLog().filter((row) => row.decision === 'fallback');
    expect(fallbackLog.map((row) => row.detail.reason)).toEqual(
      fellBack.map(() => expect.stringMatching(/^retries exhausted: Twilio /)),
    );
  }, 60_000);
});

describe('a Telegram bot asked to slow down', () => {
  it('waits the retry_after Telegram names before the next attempt, on the virtual clock', async () => {
    let calls = 0;
    api = await startLoopbackApi(() =>
      (calls += 1) === 1
        ? {
            status: 429,
            body: {
              ok: false,
              error_code: 429,
              description: 'Too Many Requests: retry after 17',
              parameters: { retry_after: 17 },
            },
          }
        : { status: 200, body: { ok: true, result: { message_id: 5, chat: { id: 42 } } } },
    );
    const telegram = TELEGRAM_IMPLEMENTATION.create(
      TelegramConfigSchema.parse({ baseUrl: api.url, botToken: '1:abc' }),
      {
        clock: createRealClock(),
        newId: () => 'id',
        fetch: globalThis.fetch,
        deliveryReportBaseUrl: null,
      },
    );
    const e = connect({
      engine: {
        provider: (outbox) => ({
          name: 'router',
          send: (m, k) => (m.channel === 'telegram' ? telegram : outbox).send(m, k),
        }),
      },
    });
    const template = await e.template('telegram', { text: 'Hi', parseMode: 'HTML', buttons: [] });
    await e.contact({ customerId: 'c1', telegramChatId: '42' });
    await e.launch([
      eventEntry('go', 'msg'),
      step('msg', 'message', { channel: 'telegram', templateId: template.id }, { next: 'exit' }),
      step('exit', 'exit'),
    ]);
    await e.send('c1', 'go');
    await e.advanceTo(START + 3600_000);
    await telegram.close?.();
    const attempts = e.db
      .prepare('SELECT attempt, status, error, created_at FROM message_attempts ORDER BY attempt')
      .all();
    expect(attempts).toEqual([
      {
        attempt: 1,
        status: 'rejected',
        error: 'Telegram answered 429: Too Many Requests: retry after 17',
        created_at: START,
      },
      { attempt: 2, status: 'delivered', error: null, created_at: START + 17_000 },
    ]);
    expect(e.stepLog().find((row) => row.decision === 'retry later')?.detail).toMatchObject({ retryAfterMs: 17_000 });
  });
});
