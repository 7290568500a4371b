import { describe, expect, it } from 'vitest';
import { PACKAGES_SETTING } from '../../../shared/guided/package-settings';
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
