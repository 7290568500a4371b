import { useMemo } from 'react';
import { findEvent } from '../../../shared/guided/catalogue';
import { allPackages } from '../../../shared/guided/package-settings';
import type { SampleProfileData } from '../../../shared/templates/index';
import { sampleDataFor } from './render-card';
import { useGuidedSettings } from './use-guided-settings';

/** An event's label and its sample payload as preview data, or null while loading or when no package has it. */
export function useEventSample(eventKey: string): { label: string; data: SampleProfileData } | null {
  const settings = useGuidedSettings();
  return useMemo(() => {
    if (settings.state !== 'ready') return null;
    const event = findEvent(
      allPackages(settings.packages).map((entry) => entry.pkg),
      eventKey,
    );
    return event ? { label: event.label, data: sampleDataFor(event.samplePayload) } : null;
  }, [settings.state, settings.packages, eventKey]);
}
