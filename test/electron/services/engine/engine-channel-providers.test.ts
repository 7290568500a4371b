import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../support/temp-dir';
import { useGateway, useLoopbackProvider } from '../providers/support/loopback-provider';
import { eventEntry, step, useEngineCores } from './support/engine-harness';

const connect = useEngineCores(useTempDir('journey-studio-engine-channels-'));
const gateway = useGateway();
const registerLoopback = useLoopbackProvider('twilio');

describe('the engine sends through the channel providers of Settings → Channels', () => {
  it("sends through the channel's provider, records its name on the attempt, and follows a change of settings", async () => {
    registerLoopback();
    const gw = await gateway();
    const e = connect();
    const sms = await e.smsTemplate('Hi {{ customer.customerId }}');
    await e.client.channels.save({
      channel: 'sms',
      kind: 'twilio',
      config: { baseUrl: gw.url, account: 'shop', token: gw.token },
    });
    await e.contact({ customerId: 'ana', phone: '+34600000001' });
    await e.contact({ customerId: 'bob', phone: '+34600000002' });
    await e.launch([
      eventEntry('go', 'msg'),
      step('msg', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
      step('exit', 'exit'),
    ]);

    await e.send('ana', 'go');
    const [anaRun] = e.runs();
    expect(gw.requests).toMatchObject([
      {
        path: '/messages',
        authorization: `Bearer ${gw.token}`,
        idempotencyKey: `${anaRun!.id}:msg:send:0`,
        body: { to: '+34600000001', output: { body: 'Hi ana' } },
      },
    ]);
    expect(e.outbox()).toEqual([]);

    await e.client.channels.save({ channel: 'sms', kind: 'outbox', config: {} });
    await e.send('bob', 'go');
    expect(e.outbox().map((row) => row.recipient)).toEqual(['+34600000002']);
    const attempts = e.db
      .prepare('SELECT contact_id, channel, provider, status FROM message_attempts ORDER BY created_at, rowid')
      .all();
    expect(attempts).toEqual([
      { contact_id: 'ana', channel: 'sms', provider: 'loopback', status: 'accepted' },
      { contact_id: 'bob', channel: 'sms', provider: 'outbox', status: 'delivered' },
    ]);
  });
});
