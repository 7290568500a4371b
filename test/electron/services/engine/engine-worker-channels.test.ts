import { describe, expect, it } from 'vitest';
import { useEngineWorker } from '../../../support/engine-worker';
import { useTempDir } from '../../../support/temp-dir';
import { until } from '../../../support/until';
import { useCores } from '../support/connect';
import { activateSmsJourney } from './support/sms-journey';

const tempDir = useTempDir('journey-studio-engine-worker-channels-');
const engineWorker = useEngineWorker();
const connect = useCores(tempDir);

describe('the engine worker routes each channel as Settings → Channels has it', () => {
  it('reads the channel settings on its own thread and follows their changes without a restart', async () => {
    const { client, core } = connect({ engine: { workerPath: engineWorker(), watchMs: null } });
    await core.engine!.started();
    const { db } = core.context.store;
    // A provider set up with a secret the store does not hold: it cannot be built, on whatever
    // version of the app (with or without the provider and the secrets on the worker), so every
    // send is refused with the reason and the attempt names the provider.
    db.prepare("INSERT INTO settings (key, value) VALUES ('channels.sms.provider', ?)").run(
      JSON.stringify({ kind: 'twilio', config: {}, secrets: { authToken: 'provider.sms.authToken' }, savedAt: 1 }),
    );
    await activateSmsJourney(client, { audience: { type: 'customEvent', eventName: 'go', propertyRules: [] } });
    const selectAttempts = db.prepare(
      'SELECT contact_id, provider, status, error FROM message_attempts ORDER BY created_at, rowid',
    );
    const attempts = () => selectAttempts.all() as { status: string }[];

    await client.events.send({ customerId: 'ana', name: 'go', properties: {}, customer: { phone: '+34600000001' } });
    await until(() => attempts().length === 1 && attempts()[0]!.status !== 'pending', 10_000);
    expect(attempts()).toEqual([
      {
        contact_id: 'ana',
        provider: 'twilio',
        status: 'rejected',
        error: expect.stringMatching(/not available in this version|cannot send from this version|secret/),
      },
    ]);

    await client.channels.save({ channel: 'sms', kind: 'outbox', config: {} });
    await client.events.send({ customerId: 'bob', name: 'go', properties: {}, customer: { phone: '+34600000002' } });
    await until(() => attempts().length === 2 && attempts()[1]!.status !== 'pending', 10_000);
    expect(attempts()[1]).toEqual({ contact_id: 'bob', provider: 'outbox', status: 'delivered', error: null });
    expect(db.prepare('SELECT recipient FROM outbox_messages').pluck().all()).toEqual(['+34600000002']);
  });
});
