import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKAGES, findEvent } from '../../../shared/guided/catalogue';
import { journeyFromWizard } from '../../../shared/guided/journey-mapping';
import { PACKAGES_SETTING } from '../../../shared/guided/package-settings';
import { emptyWizardState } from '../../../shared/guided/wizard-state';
import { DEFAULT_PARAMETER_SETTINGS, PARAMETERS_SETTING } from '../../../shared/guided/parameter-settings';
import { useCores } from './support/connect';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const connect = useCores(tempDir);

describe('guided settings through the settings service', () => {
  it('stores valid package and parameter settings', async () => {
    const { client } = connect();
    await client.settings.set({ key: PACKAGES_SETTING, value: { disabled: ['cod'], custom: [] } });
    await client.settings.set({ key: PARAMETERS_SETTING, value: DEFAULT_PARAMETER_SETTINGS });
    expect(await client.settings.getAll()).toMatchObject({
      [PACKAGES_SETTING]: { disabled: ['cod'], custom: [] },
      [PARAMETERS_SETTING]: DEFAULT_PARAMETER_SETTINGS,
    });
  });

  it('refuses a bad value, naming the field, and keeps what was saved', async () => {
    const { client } = connect();
    await client.settings.set({ key: PACKAGES_SETTING, value: { disabled: ['cod'], custom: [] } });
    await expect(
      client.settings.set({
        key: PACKAGES_SETTING,
        value: { disabled: [], custom: [{ id: 'x', label: 'X', description: '', persona: 'buyer', events: [] }] },
      }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('custom[0].persona: Expected "customer" or "seller"'),
    });
    expect((await client.settings.getAll())[PACKAGES_SETTING]).toEqual({ disabled: ['cod'], custom: [] });
  });
});

describe('journeys made in Guided Mode on the dashboard', () => {
  const labels = { eventLabel: (key: string) => findEvent(BUILT_IN_PACKAGES, key)?.label ?? key };

  it('lists a draft with a card still lacking its template as unfinished, and once created as meant to run', async () => {
    const { client } = connect();
    const created = await client.journeys.create({ name: 'Order updates' });
    const state = {
      ...emptyWizardState(),
      step: 'configure' as const,
      persona: 'customer' as const,
      movementType: 'forward' as const,
      cards: [
        {
          packageId: 'forward-shipment',
          eventKey: 'order.shipped',
          channel: 'sms' as const,
          templateId: null,
          fallbacks: [],
        },
      ],
    };
    const saved = await client.journeys.save({
      journey: journeyFromWizard(state, created.journey, labels),
      expectedRevision: created.revision,
    });
    const [listed] = await client.journeys.list();
    expect(listed).toMatchObject({
      guided: { step: 'configure', createRequested: false },
      problems: { errors: 1, firstError: { nodeId: 'card-order-shipped-message' } },
    });
    await client.journeys.save({
      journey: journeyFromWizard({ ...state, createRequested: true }, saved.journey, labels),
      expectedRevision: saved.revision,
    });
    expect((await client.journeys.list())[0]?.guided).toEqual({ step: 'configure', createRequested: true });
  });
});
