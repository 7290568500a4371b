import { memo, useState } from 'react';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { updateNote } from '../../../../shared/graph/index';
import { useAppStore } from '../../store/app-store';
import type { StickyFlowNode } from './flow-types';
import { takeNoteEditingRequest } from './note-editing';
import { countRender } from './render-counter';

/** A comment on the canvas: double-click (or Enter) to edit, drag the corners to resize. */
export const StickyNoteView = memo(function StickyNoteView({ id, data, selected }: NodeProps<StickyFlowNode>) {
  countRender(id);
  const edit = useAppStore((s) => s.edit);
  const { note } = data;
  // A note just added opens ready for typing.
  const [draft, setDraft] = useState<string | null>(() => (takeNoteEditingRequest(note.id) ? note.text : null));

  const commit = () => {
    if (draft !== null && draft !== note.text) edit((journey) => updateNote(journey, note.id, { text: draft }));
    setDraft(null);
  };

  return (
    <div
      className={`sticky-note color-${note.color ?? 'yellow'}${selected ? ' selected' : ''}`}
      role="note"
      aria-label={`Note: ${note.text || 'empty'}`}
      onDoubleClick={() => setDraft(note.text)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && draft === null) {
          event.preventDefault();
          setDraft(note.text);
        }
      }}
    >
      {/* Resizing arrives as dimension changes, which the canvas turns into one undo step. */}
      <NodeResizer isVisible={!!selected} minWidth={120} minHeight={60} />
      {draft === null ? (
        <p className="sticky-note-text">{note.text || <span className="muted">Double-click to write a note</span>}</p>
      ) : (
        <textarea
          className="sticky-note-editor nodrag nowheel"
          aria-label="Note text"
          autoFocus
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key === 'Escape') setDraft(null);
            if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) commit();
          }}
        />
      )}
    </div>
  );
});
