import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../../../../electron/services/runtime/virtual-clock';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';
import { START, step, useEngineCores } from './support/engine-harness';

const tempDir = useTempDir('journey-studio-sender-status-');
const connect = useEngineCores(tempDir);
const connectWithoutEngine = useCores(tempDir);
const HOUR = 3600_000;

describe('sender.status: who sends from this data folder', () => {
  it('says "standby" where another process holds the lease, and "sending" (with a senderChanged) once it takes over', async () => {
    const dataDir = tempDir();
    const lease = { leaseMs: 9000, watchMs: 1000 };
    const first = connect({ dataDir, clock: createVirtualClock(START), engine: lease });
    const second = connect({ dataDir, clock: createVirtualClock(START), engine: lease });
    const secondChanges: unknown[] = [];
    second.core.events.subscribe((event, payload) => {
      if (event === 'senderChanged') secondChanges.push(payload);
    });

    expect(await first.client.sender.status()).toEqual({ state: 'sending', nextDueAt: null });
    expect(await second.client.sender.status()).toEqual({ state: 'standby', nextDueAt: null });

    const sms = await first.smsTemplate();
    await first.contact({ customerId: 'a', phone: '+34600000001' });
    await first.launch([
      step('entry', 'entry', { audience: { type: 'all' } }, { next: 'wait' }),
      step('wait', 'delay', { mode: 'duration', duration: { amount: 2, unit: 'hours' } }, { next: 'msg' }),
      step('msg', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
      step('exit', 'exit'),
    ]);
    const due = new Date(START + 2 * HOUR).toISOString();
    expect(await first.client.sender.status()).toEqual({ state: 'sending', nextDueAt: due });
    expect(await second.client.sender.status()).toEqual({ state: 'standby', nextDueAt: due });

    // The first stops renewing (as if killed): once its lease has run out the second sends.
    await second.advanceTo(START + 12_000);
    expect(await second.client.sender.status()).toEqual({ state: 'sending', nextDueAt: due });
    expect(secondChanges).toEqual([{ state: 'sending', nextDueAt: due }]);
  });

  it('says "off" in a process that runs no engine (a one-shot command)', async () => {
    const { client } = connectWithoutEngine();
    expect(await client.sender.status()).toEqual({ state: 'off', nextDueAt: null });
  });
});
