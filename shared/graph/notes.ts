import type { Journey, StickyNote } from '../model/index';
import { assertIdIsFree } from './selection';

export function addNote(journey: Journey, note: StickyNote): Journey {
  assertIdIsFree(journey.notes, note.id, 'note');
  return { ...journey, notes: [...journey.notes, note] };
}

export type NotePatch = Partial<Omit<StickyNote, 'id'>>;

function patchChanges(note: StickyNote, patch: NotePatch): boolean {
  return (Object.keys(patch) as (keyof NotePatch)[]).some((key) => {
    const before = note[key];
    const after = patch[key];
    // position and size are small objects: compare by value so re-sending them is not an edit.
    return typeof before === 'object' && typeof after === 'object'
      ? JSON.stringify(before) !== JSON.stringify(after)
      : before !== after;
  });
}

/** Changes a note's text, colour, position or size; the same journey back when nothing differs. */
export function updateNote(journey: Journey, noteId: string, patch: NotePatch): Journey {
  let changed = false;
  const notes = journey.notes.map((note) => {
    if (note.id !== noteId || !patchChanges(note, patch)) return note;
    changed = true;
    return { ...note, ...patch };
  });
  return changed ? { ...journey, notes } : journey;
}
