import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKAGES, findEvent } from '../../../../shared/guided/catalogue';
import { journeyFromWizard } from '../../../../shared/guided/journey-mapping';
import type { EventPackage } from '../../../../shared/guided/package-schema';
import { PACKAGES_SETTING } from '../../../../shared/guided/package-settings';
import { emptyWizardState } from '../../../../shared/guided/wizard-state';
import { useCores } from '../support/connect';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();
const connect = useCores(tempDir);

const loyalty: EventPackage = {
  id: 'loyalty',
  label: 'Loyalty',
  description: 'Points',
  persona: 'customer',
  events: [
    {
      key: 'loyalty.points_earned',
      label: 'Points earned',
      description: '',
      lifecycleOrder: 1,
      samplePayload: { points: 20 },
    },
  ],
};
const unused: EventPackage = { ...loyalty, id: 'unused', events: [{ ...loyalty.events[0]!, key: 'unused.thing' }] };
const labels = { eventLabel: (key: string) => findEvent([...BUILT_IN_PACKAGES, loyalty], key)?.label ?? key };

async function guidedJourneyOn(client: ReturnType<typeof connect>['client']) {
  const created = await client.journeys.create({ name: 'Loyalty points' });
  const state = {
    ...emptyWizardState(),
    persona: 'customer' as const,
    movementType: 'forward' as const,
    cards: [
      {
        packageId: 'loyalty',
        eventKey: 'loyalty.points_earned',
        channel: 'sms' as const,
        templateId: null,
        fallbacks: [],
      },
      {
        packageId: 'forward-shipment',
        eventKey: 'order.shipped',
        channel: 'sms' as const,
        templateId: null,
        fallbacks: [],
      },
    ],
  };
  await client.journeys.save({
    journey: journeyFromWizard(state, created.journey, labels),
    expectedRevision: created.revision,
  });
  return created.journey.id;
}

describe('custom event packages travel with the journeys that use them', () => {
  it('exports the custom packages a journey names (not built-in or unused ones) and imports them into another app', async () => {
    const source = connect();
    await source.client.settings.set({ key: PACKAGES_SETTING, value: { disabled: [], custom: [unused, loyalty] } });
    const id = await guidedJourneyOn(source.client);
    const file = await source.client.exchange.export({ id });
    expect(JSON.parse(file.content).packages).toEqual([loyalty]);

    const target = connect();
    const imported = await target.client.exchange.import({ content: file.content });
    expect(imported.warnings).toEqual([]);
    expect((await target.client.settings.getAll())[PACKAGES_SETTING]).toEqual({ disabled: [], custom: [loyalty] });

    // Importing again changes nothing; a different package of the same id is kept as this app has it.
    const changed = JSON.parse(file.content);
    changed.packages[0].label = 'Rewards';
    const again = await target.client.exchange.import({ content: JSON.stringify(changed) });
    expect(again.warnings).toEqual([
      'The event package "loyalty" differs from this app\'s; this app\'s package is kept.',
    ]);
    expect((await target.client.settings.getAll())[PACKAGES_SETTING]).toEqual({ disabled: [], custom: [loyalty] });
  });

  it('refuses a file whose package is malformed, naming the path', async () => {
    const source = connect();
    await source.client.settings.set({ key: PACKAGES_SETTING, value: { disabled: [], custom: [loyalty] } });
    const id = await guidedJourneyOn(source.client);
    const file = JSON.parse((await source.client.exchange.export({ id })).content);
    file.packages[0].events[0].key = 'Not A Key';
    await expect(source.client.exchange.import({ content: JSON.stringify(file) })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      issues: [expect.objectContaining({ path: 'packages[0].events[0].key' })],
    });
  });

  it('writes no packages key for a journey without custom packages', async () => {
    const { client } = connect();
    const created = await client.journeys.create({ name: 'Plain' });
    expect(JSON.parse((await client.exchange.export({ id: created.journey.id })).content)).not.toHaveProperty(
      'packages',
    );
  });
});
