import { describe, expect, it } from 'vitest';
import { knownSettingProblem } from '../../../shared/guided/known-settings';
import {
  DEFAULT_PACKAGE_SETTINGS,
  PACKAGES_SETTING,
  allPackages,
  enabledPackages,
  putCustomPackage,
  readPackageSettings,
  removeCustomPackage,
  setPackageEnabled,
} from '../../../shared/guided/package-settings';
import {
  DEFAULT_PARAMETER_SETTINGS,
  PARAMETERS_SETTING,
  enabledParameters,
  filterJourneyParameters,
} from '../../../shared/guided/parameter-settings';
import type { EventPackage } from '../../../shared/guided/package-schema';

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

describe('enabling packages', () => {
  it('offers every built-in package by default and none once switched off', () => {
    expect(enabledPackages(DEFAULT_PACKAGE_SETTINGS).map((pkg) => pkg.id)).toEqual([
      'forward-shipment',
      'returns',
      'cod',
      'seller',
    ]);
    const off = setPackageEnabled(DEFAULT_PACKAGE_SETTINGS, 'returns', false);
    expect(enabledPackages(off).map((pkg) => pkg.id)).toEqual(['forward-shipment', 'cod', 'seller']);
    expect(allPackages(off).find((entry) => entry.pkg.id === 'returns')).toMatchObject({
      enabled: false,
      builtIn: true,
    });
    expect(enabledPackages(setPackageEnabled(off, 'returns', true)).map((pkg) => pkg.id)).toContain('returns');
  });

  it('adds, renames and removes a custom package, keeping it off when it was off', () => {
    const added = setPackageEnabled(putCustomPackage(DEFAULT_PACKAGE_SETTINGS, loyalty), 'loyalty', false);
    expect(allPackages(added).at(-1)).toMatchObject({ pkg: loyalty, enabled: false, builtIn: false });
    const renamed = putCustomPackage(added, { ...loyalty, id: 'rewards' }, 'loyalty');
    expect(renamed.custom.map((pkg) => pkg.id)).toEqual(['rewards']);
    expect(renamed.disabled).toEqual(['rewards']);
    expect(removeCustomPackage(renamed, 'rewards')).toEqual(DEFAULT_PACKAGE_SETTINGS);
  });

  it('reads a damaged setting as the defaults', () => {
    expect(readPackageSettings({ disabled: 'all' })).toEqual(DEFAULT_PACKAGE_SETTINGS);
    expect(readPackageSettings(undefined)).toEqual(DEFAULT_PACKAGE_SETTINGS);
  });

  it('refuses a custom package that reuses a built-in id or event key, naming where', () => {
    expect(knownSettingProblem(PACKAGES_SETTING, putCustomPackage(DEFAULT_PACKAGE_SETTINGS, loyalty))).toBeNull();
    const clash = {
      ...loyalty,
      id: 'returns',
      events: [{ ...loyalty.events[0]!, key: 'order.shipped' }],
    };
    const problem = knownSettingProblem(PACKAGES_SETTING, { disabled: [], custom: [clash] });
    expect(problem).toContain('custom[0].id: The package id "returns" is already used by a built-in package');
    expect(problem).toContain(
      'custom[0].events[0].key: The event key "order.shipped" is already used by the package "Forward shipment"',
    );
  });

  it('leaves free-form settings alone', () => {
    expect(knownSettingProblem('editor.snap', { anything: [1, 2] })).toBeNull();
  });
});

describe('parameters', () => {
  it('offers enabled parameters that have values', () => {
    expect(enabledParameters(DEFAULT_PARAMETER_SETTINGS)).toEqual(['languages', 'orderTypes']);
    expect(
      enabledParameters({
        ...DEFAULT_PARAMETER_SETTINGS,
        courierAccounts: { enabled: true, values: ['bluedart-main'] },
      }),
    ).toEqual(['languages', 'courierAccounts', 'orderTypes']);
    expect(enabledParameters({ ...DEFAULT_PARAMETER_SETTINGS, orderTypes: { enabled: true, values: [] } })).toEqual([
      'languages',
    ]);
  });

  it("drops a journey's values of disabled parameters and values no longer offered", () => {
    const settings = {
      languages: { enabled: true, values: ['en', 'hi'] },
      courierAccounts: { enabled: false, values: ['bluedart-main'] },
      orderTypes: { enabled: true, values: ['prepaid'] },
    };
    expect(
      filterJourneyParameters(
        { languages: ['hi', 'fr'], courierAccounts: ['bluedart-main'], orderTypes: ['cod', 'prepaid'] },
        settings,
      ),
    ).toEqual({ languages: ['hi'], courierAccounts: [], orderTypes: ['prepaid'] });
  });

  it('refuses bad values with the path and what is expected', () => {
    const problem = knownSettingProblem(PARAMETERS_SETTING, {
      ...DEFAULT_PARAMETER_SETTINGS,
      languages: { enabled: true, values: ['english'] },
      orderTypes: { enabled: true, values: ['cod', 'cod', 'pre paid'] },
    });
    expect(problem).toContain('languages.values[0]: Expected a language code such as "en" or "pt-BR"');
    expect(problem).toContain('orderTypes.values[2]: Use letters, digits');
    expect(problem).toContain('orderTypes.values: A value is listed twice');
  });
});
