import { isDeepStrictEqual } from 'node:util';
import type { EventPackage } from '../../../shared/guided/package-schema';
import {
  PACKAGES_SETTING,
  PackageSettingsSchema,
  putCustomPackage,
  readPackageSettings,
} from '../../../shared/guided/package-settings';
import { BUILT_IN_PACKAGES } from '../../../shared/guided/catalogue';
import type { Store } from '../store/store';

/**
 * Adds the file's custom event packages this app does not have yet. A package this app already has
 * is kept as it is (with a warning when the file's differs), and one whose event keys another
 * package uses is left out with a warning, so nothing already set up changes.
 */
export function importPackages(store: Store, packages: readonly EventPackage[], warnings: string[]): string[] {
  const builtIn = new Set(BUILT_IN_PACKAGES.map((pkg) => pkg.id));
  let settings = readPackageSettings(store.settings.all()[PACKAGES_SETTING]);
  const added: string[] = [];
  for (const pkg of packages) {
    if (builtIn.has(pkg.id)) continue;
    const existing = settings.custom.find((other) => other.id === pkg.id);
    if (existing !== undefined) {
      if (!isDeepStrictEqual(existing, pkg))
        warnings.push(`The event package "${pkg.id}" differs from this app's; this app's package is kept.`);
      continue;
    }
    const next = putCustomPackage(settings, pkg);
    const checked = PackageSettingsSchema.safeParse(next);
    if (!checked.success) {
      warnings.push(
        `The event package "${pkg.id}" was not added: ${checked.error.issues[0]?.message ?? 'it does not fit this app'}.`,
      );
      continue;
    }
    settings = checked.data;
    added.push(pkg.id);
  }
  if (added.length > 0) store.settings.set(PACKAGES_SETTING, settings);
  return added;
}
