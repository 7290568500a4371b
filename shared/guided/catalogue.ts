import { formatZodIssues, type FormattedIssue } from '../model/format-zod-issues';
import { EventPackageSchema, type EventPackage, type PackageEvent } from './package-schema';
import { codPackage } from './packages/cod';
import { forwardShipmentPackage } from './packages/forward-shipment';
import { returnsPackage } from './packages/returns';
import { sellerPackage } from './packages/seller';

/** The packages every installation has, in the order they are listed. Parsed so a bad edit fails at load. */
export const BUILT_IN_PACKAGES: readonly EventPackage[] = [
  forwardShipmentPackage,
  returnsPackage,
  codPackage,
  sellerPackage,
].map((pkg) => EventPackageSchema.parse(pkg));

export interface CatalogueEvent extends PackageEvent {
  packageId: string;
  packageLabel: string;
}

/** The events of packages in lifecycle order: package by package as listed, then by each event's order. */
export function eventsInLifecycleOrder(packages: readonly EventPackage[]): CatalogueEvent[] {
  return packages.flatMap((pkg) =>
    [...pkg.events]
      .sort((a, b) => a.lifecycleOrder - b.lifecycleOrder)
      .map((event) => ({ ...event, packageId: pkg.id, packageLabel: pkg.label })),
  );
}

/** Finds an event by key in the given packages. */
export function findEvent(packages: readonly EventPackage[], key: string): CatalogueEvent | undefined {
  return eventsInLifecycleOrder(packages).find((event) => event.key === key);
}

/**
 * Whether an event matches a search: every word in its label, key or description. Not the package's
 * name: "ship" would then match every event of "Forward shipment".
 */
export function eventMatchesSearch(event: CatalogueEvent, query: string): boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const text = `${event.label} ${event.key} ${event.description}`.toLocaleLowerCase();
  return words.every((word) => text.includes(word));
}

/** A package as typed by a user (e.g. pasted JSON): the package or every problem with its path. */
export function parseEventPackage(
  value: unknown,
): { ok: true; value: EventPackage } | { ok: false; issues: FormattedIssue[] } {
  const parsed = EventPackageSchema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: formatZodIssues(parsed.error) };
}
