import { describe, expect, it } from 'vitest';
import { addNote, updateNote } from '../../../shared/graph/index';
import { note, sampleJourney } from './sample-journey';

describe('addNote', () => {
  it('appends the note', () => {
    const before = sampleJourney();
    const after = addNote(before, note('note-2', 5, 5));
    expect(after.notes.map((n) => n.id)).toEqual(['note-1', 'note-2']);
    expect(after.nodes).toBe(before.nodes);
    expect(before.notes).toHaveLength(1);
  });

  it('refuses a note id already in use', () => {
    expect(() => addNote(sampleJourney(), note('note-1'))).toThrow(/note id "note-1"/);
  });
});

describe('updateNote', () => {
  it('changes the given fields only', () => {
    const after = updateNote(sampleJourney(), 'note-1', {
      text: 'Ship it',
      color: 'pink',
      size: { width: 300, height: 90 },
    });
    expect(after.notes[0]).toEqual({
      id: 'note-1',
      text: 'Ship it',
      color: 'pink',
      position: { x: -50, y: -200 },
      size: { width: 300, height: 90 },
    });
  });

  it('returns the same journey when nothing differs or the note is missing', () => {
    const journey = sampleJourney();
    expect(updateNote(journey, 'note-1', { text: 'Remember to check the copy', position: { x: -50, y: -200 } })).toBe(
      journey,
    );
    expect(updateNote(journey, 'ghost', { text: 'x' })).toBe(journey);
    expect(updateNote(journey, 'note-1', {})).toBe(journey);
  });

  it('treats a changed position or size as a change', () => {
    const journey = sampleJourney();
    expect(updateNote(journey, 'note-1', { position: { x: -50, y: -199 } })).not.toBe(journey);
    expect(updateNote(journey, 'note-1', { size: { width: 200, height: 121 } }).notes[0]?.size.height).toBe(121);
  });
});
