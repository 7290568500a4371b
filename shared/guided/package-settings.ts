import { z } from 'zod';
import { BUILT_IN_PACKAGES } from './catalogue';
import { EventPackageSchema, type EventPackage } from './package-schema';

/** The setting that holds which packages are off and the custom ones. */
export const PACKAGES_SETTING = 'guided.packages';

export const PackageSettingsSchema = z
  .object({
    /** Ids of packages switched off (built-in or custom). */
    disabled: z.array(z.string()).max(200),
    custom: z.array(EventPackageSchema).max(50, 'At most 50 custom packages'),
  })
  .strict()
  .superRefine((settings, ctx) => {
    const packageIds = new Map(BUILT_IN_PACKAGES.map((pkg) => [pkg.id, 'a built-in package']));
    const eventKeys = new Map(
      BUILT_IN_PACKAGES.flatMap((pkg) => pkg.events.map((event) => [event.key, `the package "${pkg.label}"`])),
    );
    settings.custom.forEach((pkg, index) => {
      const owner = packageIds.get(pkg.id);
      if (owner !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['custom', index, 'id'],
          message: `The package id "${pkg.id}" is already used by ${owner}`,
        });
      else packageIds.set(pkg.id, `the custom package "${pkg.label}"`);
      // Keys repeated inside one package are the package schema's to report; here only other packages count.
      pkg.events.forEach((event, eventIndex) => {
        const taken = eventKeys.get(event.key);
        if (taken !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['custom', index, 'events', eventIndex, 'key'],
            message: `The event key "${event.key}" is already used by ${taken}; an event name must lead to one event`,
          });
      });
      for (const event of pkg.events) eventKeys.set(event.key, `the custom package "${pkg.label}"`);
    });
  });
export type PackageSettings = z.infer<typeof PackageSettingsSchema>;

export const DEFAULT_PACKAGE_SETTINGS: PackageSettings = { disabled: [], custom: [] };

/** The stored setting, or the defaults when it is missing or cannot be read (it is then rewritten on the next change). */
export function readPackageSettings(stored: unknown): PackageSettings {
  const parsed = PackageSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_PACKAGE_SETTINGS;
}

/** Every package, built-in first then custom, each with whether it is enabled. */
export function allPackages(settings: PackageSettings): { pkg: EventPackage; enabled: boolean; builtIn: boolean }[] {
  const disabled = new Set(settings.disabled);
  return [
    ...BUILT_IN_PACKAGES.map((pkg) => ({ pkg, enabled: !disabled.has(pkg.id), builtIn: true })),
    ...settings.custom.map((pkg) => ({ pkg, enabled: !disabled.has(pkg.id), builtIn: false })),
  ];
}

/** The packages the wizard offers. */
export function enabledPackages(settings: PackageSettings): EventPackage[] {
  return allPackages(settings)
    .filter((entry) => entry.enabled)
    .map((entry) => entry.pkg);
}

export function setPackageEnabled(settings: PackageSettings, id: string, enabled: boolean): PackageSettings {
  const disabled = settings.disabled.filter((other) => other !== id);
  return { ...settings, disabled: enabled ? disabled : [...disabled, id] };
}

/** Adds a custom package, or replaces the one at `replacing` (its id before the edit). */
export function putCustomPackage(settings: PackageSettings, pkg: EventPackage, replacing?: string): PackageSettings {
  const index = settings.custom.findIndex((other) => other.id === (replacing ?? pkg.id));
  const custom = [...settings.custom];
  if (index === -1) custom.push(pkg);
  else custom[index] = pkg;
  const disabled =
    replacing !== undefined && replacing !== pkg.id
      ? settings.disabled.map((id) => (id === replacing ? pkg.id : id))
      : settings.disabled;
  return { disabled, custom };
}

export function removeCustomPackage(settings: PackageSettings, id: string): PackageSettings {
  return {
    disabled: settings.disabled.filter((other) => other !== id),
    custom: settings.custom.filter((pkg) => pkg.id !== id),
  };
}
