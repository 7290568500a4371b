import { useMemo } from 'react';
import { findEvent } from '../../../../shared/guided/catalogue';
import { allPackages } from '../../../../shared/guided/package-settings';
import type { Journey } from '../../../../shared/model/index';
import { useGuidedSettings } from '../../guided/use-guided-settings';

/**
 * The properties an order-event entry is tried with by default: its package's sample payload,
 * with the journey's own order parameters (its first language, courier account and order type),
 * so the entry's checks let the contact in. Null for other entries, or while the packages load.
 */
export function useEntrySample(journey: Journey | null): string | null {
  const settings = useGuidedSettings();
  return useMemo(() => {
    const entry = journey?.nodes.find((node) => node.kind === 'entry');
    if (!journey || entry?.kind !== 'entry' || settings.state !== 'ready') return null;
    const audience = entry.config.audience;
    if (audience.type !== 'orderEvent' || audience.eventKey === null) return null;
    const event = findEvent(
      allPackages(settings.packages).map((found) => found.pkg),
      audience.eventKey,
    );
    const { languages, courierAccounts, orderTypes } = journey.settings;
    const payload: Record<string, unknown> = { ...(event?.samplePayload ?? {}) };
    if (languages[0] !== undefined) payload.language = languages[0];
    if (courierAccounts[0] !== undefined) payload.courierAccount = courierAccounts[0];
    if (orderTypes[0] !== undefined) payload.orderType = orderTypes[0];
    return JSON.stringify(payload, null, 2);
  }, [journey, settings.state, settings.packages]);
}
