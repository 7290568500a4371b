/**
 * Notes that should open ready for typing when they first appear on the canvas: a new note is
 * written straight away. The canvas draws the note after the edit that adds it, so the request
 * waits here until the note's view takes it.
 */
const pending = new Set<string>();

export function requestNoteEditing(noteId: string): void {
  pending.add(noteId);
}

/** True once for a note asked for with requestNoteEditing. */
export function takeNoteEditingRequest(noteId: string): boolean {
  return pending.delete(noteId);
}
