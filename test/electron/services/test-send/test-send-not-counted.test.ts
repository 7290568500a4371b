import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../support/temp-dir';
import { eventEntry, START, step, useEngineCores } from '../engine/support/engine-harness';

const tempDir = useTempDir();
const connect = useEngineCores(tempDir);

describe('test sends and the sender', () => {
  it('never count in statistics and never touch the frequency cap', async () => {
    const e = connect();
    const sms = await e.smsTemplate('Hello {{ customer.customerId }}');
    await e.contact({ customerId: 'bo', phone: '+4915112345678' });
    const journey = await e.launch(
      [
        eventEntry('go', 'm1'),
        step('m1', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
        step('exit', 'exit'),
      ],
      { frequencyCap: { enabled: true, maxMessages: 1, periodHours: 24, whenOver: 'skip' } },
    );
    const testSend = () =>
      e.client.testSend.send({
        templateId: sms.id,
        recipient: { type: 'contact', customerId: 'bo' },
        profile: { type: 'contact', customerId: 'bo' },
      });
    for (let i = 0; i < 3; i += 1) expect(await testSend()).toMatchObject({ status: 'sent' });

    // Three test sends to bo today, and the cap of one a day still lets the journey's message out.
    await e.send('bo', 'go');
    expect(e.stepLog().map((row) => row.decision)).not.toContain('skipped: frequency cap (1 per 1 day)');
    expect(e.core.engineStore.sendsSince('bo', START - 24 * 3600_000)).toHaveLength(1);
    // A test send after it goes out too: the cap holds journey sends only.
    expect(await testSend()).toMatchObject({ status: 'sent' });

    const outbox = e.outbox();
    expect(outbox).toHaveLength(5);
    expect(outbox.filter((row) => row.idempotency_key.startsWith('test:'))).toHaveLength(4);

    const stats = await e.client.stats.journey({ journeyId: journey.id });
    const m1 = stats.steps.find((s) => s.nodeId === 'm1');
    expect(m1).toMatchObject({ sent: 1, delivered: 1, failed: 0 });
    const charts = await e.client.stats.charts({ journeyId: journey.id });
    expect(charts.channels).toEqual([{ nodeId: 'm1', channel: 'sms', delivered: 1, failed: 0, fellBack: 0 }]);
    expect(charts.funnel).toEqual([expect.objectContaining({ sent: 1, delivered: 1 })]);
    expect(e.clock.now()).toBe(START);
  });
});
