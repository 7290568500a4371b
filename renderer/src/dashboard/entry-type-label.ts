import type { Audience } from '../../../shared/model/index';

// Keyed by the model's audience types, so a new one fails to compile until it has words here.
const LABELS: Record<Audience['type'], string> = {
  all: 'All contacts',
  list: 'List',
  filter: 'Filter',
  customEvent: 'Custom event',
  orderEvent: 'Order event',
};

export const NO_ENTRY = '—';

/** How a journey's contacts get in, in the words of the canvas; a dash when it has no entry step. */
export function entryTypeLabel(entryType: string | null): string {
  if (entryType === null) return NO_ENTRY;
  return Object.hasOwn(LABELS, entryType) ? LABELS[entryType as Audience['type']] : entryType;
}
