import { describe, expect, it } from 'vitest';
import { createEmptyJourney } from '../../../../shared/model/index';
import { useRunningHost } from '../../../support/running-host';
import { useTempDir } from '../../../support/temp-dir';
import { withSmsMessage } from './support/lifecycle-journeys';

const tempDir = useTempDir();
const startTestHost = useRunningHost(tempDir);

describe('the lifecycle over the browser host', () => {
  it('refuses activating a broken journey with 422 INVALID_JOURNEY, then activates it and lists its version', async () => {
    const { call } = await startTestHost();
    const created = (await (await call('journeys', 'create', { name: 'Welcome' })).json()) as {
      value: { journey: { id: string; createdAt: string }; revision: number };
    };
    const { id } = created.value.journey;
    const base = createEmptyJourney({ id, name: 'Welcome', now: created.value.journey.createdAt });
    const saved = (await (
      await call('journeys', 'save', { journey: withSmsMessage(base, null), expectedRevision: created.value.revision })
    ).json()) as {
      value: { revision: number };
    };

    const refused = await call('journeys', 'activate', { id, expectedRevision: saved.value.revision });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({
      ok: false,
      error: {
        code: 'INVALID_JOURNEY',
        message: '"Welcome" has 1 error and cannot be activated: "Shipped SMS" has no SMS template chosen.',
        issues: [{ path: 'nodes[1].config.templateId', message: '"Shipped SMS" has no SMS template chosen.' }],
      },
    });

    await call('settings', 'set', { key: 'channels.sms.provider', value: 'local' });
    const template = (await (
      await call('templates', 'create', {
        channel: 'sms',
        name: 'Shipped SMS',
        content: { body: 'Shipped.', senderId: 'SHOP' },
      })
    ).json()) as {
      value: { id: string };
    };
    const fixed = (await (
      await call('journeys', 'save', {
        journey: withSmsMessage(base, template.value.id),
        expectedRevision: saved.value.revision,
      })
    ).json()) as {
      value: { revision: number };
    };
    const activated = await call('journeys', 'activate', { id, expectedRevision: fixed.value.revision });
    expect(activated.status).toBe(200);
    expect(await activated.json()).toMatchObject({
      ok: true,
      value: { version: 1, liveVersion: 1, draftOpen: false, journey: { status: 'active' } },
    });

    const versions = await (await call('versions', 'list', { journeyId: id })).json();
    expect(versions).toMatchObject({ ok: true, value: [{ version: 1, live: true, nodeCount: 3 }] });
    const conflict = await call('journeys', 'transition', { id, to: 'archived' });
    expect(conflict.status).toBe(409);
  });
});
