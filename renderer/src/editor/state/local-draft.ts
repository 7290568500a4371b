import { z } from 'zod';
import { JourneySchema, type Journey } from '../../../../shared/model/index';

const PREFIX = 'journey-studio.unsaved.';

const DraftSchema = z.object({
  baseRevision: z.number().int().positive(),
  journey: JourneySchema,
  savedAt: z.string(),
});
export type LocalDraft = z.infer<typeof DraftSchema>;

/**
 * An edit made just before the window closed (or the server went away) is kept here until the store
 * has it, so reopening the journey can offer it back.
 */
export function writeDraft(storage: Storage, journey: Journey, baseRevision: number): void {
  try {
    storage.setItem(PREFIX + journey.id, JSON.stringify({ baseRevision, journey, savedAt: new Date().toISOString() }));
  } catch {
    // Storage full or unavailable: the regular save path still runs.
  }
}

export function readDraft(storage: Storage, journeyId: string): LocalDraft | null {
  const text = storage.getItem(PREFIX + journeyId);
  if (!text) return null;
  try {
    const parsed = DraftSchema.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.journey.id === journeyId ? parsed.data : null;
  } catch {
    return null;
  }
}

export function clearDraft(storage: Storage, journeyId: string): void {
  storage.removeItem(PREFIX + journeyId);
}
