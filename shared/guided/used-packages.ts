import type { Journey } from '../model/journey';
import type { EventPackage } from './package-schema';

/** The packages among `packages` that the journey's order-event entries name, sorted by id. */
export function packagesUsedBy(journey: Journey, packages: readonly EventPackage[]): EventPackage[] {
  const named = new Set<string>();
  for (const node of journey.nodes)
    if (node.kind === 'entry' && node.config.audience.type === 'orderEvent' && node.config.audience.packageId !== null)
      named.add(node.config.audience.packageId);
  return packages.filter((pkg) => named.has(pkg.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
