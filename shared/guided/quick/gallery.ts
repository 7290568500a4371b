import { abandonedCartPreset, reEngagementPreset, welcomeSeriesPreset } from './canvas-presets';
import { CARD_PRESETS } from './card-presets';
import type { QuickPreset } from './preset';

/** Quick Mode's gallery, in the order it shows them. */
export const QUICK_PRESETS: readonly QuickPreset[] = [
  ...CARD_PRESETS,
  abandonedCartPreset,
  welcomeSeriesPreset,
  reEngagementPreset,
];

export function findPreset(id: string): QuickPreset | undefined {
  return QUICK_PRESETS.find((preset) => preset.id === id);
}
