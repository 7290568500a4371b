import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../support/temp-dir';
import { step, useEngineCores, eventEntry } from './support/engine-harness';

const tempDir = useTempDir('journey-studio-engine-');
const connect = useEngineCores(tempDir);

describe('the journey engine', () => {
  it('starts a run on a matching custom event and sends the rendered message into the outbox once', async () => {
    const e = connect();
    const sms = await e.smsTemplate('Hi {{ customer.customerId }}, order {{ event.orderId }} {{ tracking }}');
    await e.contact({ customerId: 'c1', phone: '+34600000001' });
    const journey = await e.launch([
      eventEntry('order.shipped', 'msg'),
      step(
        'msg',
        'message',
        { channel: 'sms', templateId: sms.id, variables: { tracking: 'event.parcel.url' } },
        { next: 'exit' },
      ),
      step('exit', 'exit'),
    ]);

    await e.send('c1', 'order.shipped', { orderId: 'A-1', parcel: { url: 'https://track.example/1' } });
    await e.send('c1', 'order.other', {});

    const outbox = e.outbox();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.recipient).toBe('+34600000001');
    expect(JSON.parse(outbox[0]!.rendered).output).toMatchObject({ body: 'Hi c1, order A-1 https://track.example/1' });
    expect(e.runs()).toMatchObject([{ contact_id: 'c1', status: 'ended', outcome: 'exited' }]);
    expect(e.counters(journey.id)).toMatchObject({
      'entry.entered': 1,
      'msg.entered': 1,
      'msg.sent': 1,
      'msg.delivered': 1,
      'exit.entered': 1,
      'exit.exited': 1,
    });
  });
});
