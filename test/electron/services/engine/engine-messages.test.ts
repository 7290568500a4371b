import { describe, expect, it } from 'vitest';
import type { MessageProvider } from '../../../../electron/services/providers/provider';
import { MESSAGE_EVENTS } from '../../../../electron/services/engine/message-events';
import { retryDelayMs, sendKey } from '../../../../electron/services/engine/executors/message';
import { useTempDir } from '../../../support/temp-dir';
import { START, step, useEngineCores, eventEntry } from './support/engine-harness';

const tempDir = useTempDir('journey-studio-engine-msg-');
const connect = useEngineCores(tempDir);

/** Refuses Telegram for good and push for now (every time); everything else goes to the outbox. */
function refusingProvider(outbox: MessageProvider): MessageProvider {
  return {
    name: 'refusing',
    send: (message, key) => {
      if (message.channel === 'telegram')
        return Promise.resolve({ status: 'rejected', kind: 'permanent', reason: 'chat blocked the bot' });
      if (message.channel === 'push')
        return Promise.resolve({ status: 'rejected', kind: 'temporary', reason: 'gateway busy' });
      return outbox.send(message, key);
    },
  };
}

describe('message steps', () => {
  it('fall back in order: no address, a permanent refusal, retries exhausted, then sent', async () => {
    const e = connect({ engine: { provider: refusingProvider } });
    const sms = await e.smsTemplate();
    const telegram = await e.template('telegram', { text: 'Hi', parseMode: 'HTML', buttons: [] });
    const push = await e.template('push', { title: 'Hi', body: 'There', imageUrl: '', deepLink: '' });
    const inapp = await e.template('inapp', { title: 'Hi', body: 'In app', imageUrl: '', buttons: [] });
    await e.contact({ customerId: 'c1', telegramChatId: '12345', pushTokens: ['token-1'] });
    const journey = await e.launch([
      eventEntry('go', 'msg'),
      step(
        'msg',
        'message',
        {
          channel: 'sms',
          templateId: sms.id,
          fallbacks: [
            { channel: 'telegram', templateId: telegram.id },
            { channel: 'push', templateId: push.id },
            { channel: 'inapp', templateId: inapp.id },
          ],
        },
        { next: 'exit' },
      ),
      step('exit', 'exit'),
    ]);
    await e.send('c1', 'go');
    await e.advanceTo(START + 3600_000);

    expect(e.outbox().map((row) => [row.channel, row.recipient])).toEqual([['inapp', 'c1']]);
    const fallbacks = e.stepLog().filter((row) => row.decision === 'fallback');
    expect(fallbacks.map((row) => row.detail)).toEqual([
      { from: 'sms', to: 'telegram', reason: 'no sms address' },
      { from: 'telegram', to: 'push', reason: 'refused: chat blocked the bot' },
      { from: 'push', to: 'inapp', reason: 'retries exhausted: gateway busy' },
    ]);
    const retries = e.stepLog().filter((row) => row.decision === 'retry later');
    // Exponential backoff with jitter: the waits are fixed by the push send's key and attempt.
    const pushKey = sendKey(e.runs()[0]!.id, 'msg', 2);
    expect(retries.map((row) => row.at - START)).toEqual([0, retryDelayMs(pushKey, 1)]);
    expect(retries.map((row) => row.detail.backoffMs)).toEqual([retryDelayMs(pushKey, 1), retryDelayMs(pushKey, 2)]);
    expect(e.counters(journey.id)).toMatchObject({ 'msg.fellBack': 3, 'msg.sent': 1, 'msg.delivered': 1 });
    const attempts = e.db.prepare('SELECT channel, attempt, status, error FROM message_attempts ORDER BY id').all() as {
      channel: string;
      attempt: number;
      status: string;
    }[];
    expect(attempts.map((a) => [a.channel, a.attempt, a.status])).toEqual([
      ['telegram', 1, 'failed'],
      ['push', 1, 'rejected'],
      ['push', 2, 'rejected'],
      ['push', 3, 'rejected'],
      ['inapp', 1, 'delivered'],
    ]);
  });

  it('count a message as failed when every channel fails, and go on', async () => {
    const e = connect();
    const sms = await e.smsTemplate();
    const journey = await e.launch([
      eventEntry('go', 'msg'),
      step('msg', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
      step('exit', 'exit'),
    ]);
    await e.send('nobody', 'go');
    expect(e.outbox()).toEqual([]);
    expect(e.counters(journey.id)).toMatchObject({ 'msg.failed': 1, 'exit.exited': 1 });
  });

  it('wait for a click on the run last message: a click takes the event path, silence times out', async () => {
    const e = connect();
    const first = await e.smsTemplate('Your offer');
    const thanks = await e.smsTemplate('Thanks for looking');
    const reminder = await e.smsTemplate('Reminder');
    for (const id of ['clicker', 'silent']) await e.contact({ customerId: id, phone: '+34600000009' });
    const journey = await e.launch([
      eventEntry('go', 'offer'),
      step('offer', 'message', { channel: 'sms', templateId: first.id }, { next: 'wait' }),
      step(
        'wait',
        'waitForEvent',
        { event: 'clicked', customEventName: '', timeout: { amount: 1, unit: 'days' } },
        { event: 'thanks', timeout: 'remind' },
      ),
      step('thanks', 'message', { channel: 'sms', templateId: thanks.id }, { next: 'exit' }),
      step('remind', 'message', { channel: 'sms', templateId: reminder.id }, { next: 'exit' }),
      step('exit', 'exit'),
    ]);
    await e.send('clicker', 'go');
    await e.send('silent', 'go');
    const offers = e.outbox();
    const clickerOffer = offers.find((row) => row.contact_id === 'clicker')!;
    // A click on another message (the silent contact's) does not count for this one.
    await e.send('clicker', MESSAGE_EVENTS.clicked, { messageId: 'x', idempotencyKey: 'someone-else' });
    expect(e.outbox()).toHaveLength(2);
    await e.advanceTo(START + 3600_000);
    await e.send('clicker', MESSAGE_EVENTS.clicked, {
      messageId: clickerOffer.id,
      idempotencyKey: clickerOffer.idempotency_key,
    });
    await e.advanceTo(START + 2 * 86_400_000);
    const sent = e.outbox().map((row) => [row.contact_id, row.node_id, row.created_at - START]);
    expect(sent).toEqual([
      ['clicker', 'offer', 0],
      ['silent', 'offer', 0],
      ['clicker', 'thanks', 3600_000],
      ['silent', 'remind', 86_400_000],
    ]);
    expect(e.counters(journey.id)).toMatchObject({ 'offer.clicked': 1, 'thanks.sent': 1, 'remind.sent': 1 });
  });
});

describe('wait for delivery', () => {
  it('takes the event path at once when the outbox has delivered the last message', async () => {
    const e = connect();
    const sms = await e.smsTemplate();
    await e.contact({ customerId: 'a', phone: '+34600000001' });
    await e.launch([
      eventEntry('go', 'msg'),
      step('msg', 'message', { channel: 'sms', templateId: sms.id }, { next: 'wait' }),
      step(
        'wait',
        'waitForEvent',
        { event: 'delivered', customEventName: '', timeout: { amount: 1, unit: 'hours' } },
        { event: 'done', timeout: 'late' },
      ),
      step('done', 'exit'),
      step('late', 'exit'),
    ]);
    await e.send('a', 'go');
    expect(e.runs()).toMatchObject([{ node_id: 'done', status: 'ended' }]);
    expect(e.clock.now()).toBe(START);
  });
});
