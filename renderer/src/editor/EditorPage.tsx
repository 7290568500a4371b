import { useCallback, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useShallow } from 'zustand/react/shallow';
import { hrefFor } from '../app/route';
import { useAppStore, useAppStoreApi } from '../store/app-store';
import { StatusBadge } from '../ui/StatusBadge';
import { useCanvasMenuCommands } from '../app/menu-commands';
import { runAction } from './actions/editor-actions';
import { useActionContext } from './actions/use-action-context';
import { useEditorKeyboard } from './actions/use-editor-keyboard';
import { JourneyCanvas, type ContextTarget } from './canvas/JourneyCanvas';
import { ContextMenu } from './chrome/ContextMenu';
import { ShortcutSheet } from './chrome/ShortcutSheet';
import { Toolbar } from './chrome/Toolbar';
import { Inspector } from './inspector/Inspector';
import { fromNoteFlowId, isNoteFlowId } from './nodes/flow-types';
import { Palette } from './palette/Palette';
import { useEditorSession } from './state/use-editor-session';
import './editor.css';

export function EditorPage({ journeyId }: { journeyId: string }) {
  useEditorSession(journeyId);
  const { load, name, status } = useAppStore(
    useShallow((s) => ({ load: s.editorLoad, name: s.journey?.name, status: s.journey?.status })),
  );

  return (
    <main className="page editor">
      <header className="page-header editor-header">
        <a href={hrefFor({ page: 'dashboard' })} className="button">
          ← Journeys
        </a>
        <h1>{name ?? 'Journey'}</h1>
        {status && <StatusBadge status={status} />}
      </header>
      {load.state === 'loading' && <p role="status">Loading journey…</p>}
      {load.state === 'error' && (
        <p role="alert" className="error-panel">
          The journey could not be opened: {load.message}
        </p>
      )}
      {load.state === 'ready' && (
        <ReactFlowProvider>
          <EditorWorkspace />
        </ReactFlowProvider>
      )}
    </main>
  );
}

function EditorWorkspace() {
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [menu, setMenu] = useState<{ target: ContextTarget; at: { x: number; y: number } } | null>(null);
  const openShortcuts = useCallback(() => setShortcutsOpen(true), []);
  const makeContext = useActionContext(openShortcuts);
  const store = useAppStoreApi();
  useEditorKeyboard(makeContext, root);
  useCanvasMenuCommands(useCallback((command) => void runAction(command, makeContext()), [makeContext]));

  const onContextMenu = useCallback(
    (target: ContextTarget, at: { x: number; y: number }) => {
      const { selection, select } = store.getState();
      // Right-clicking an unselected element acts on it alone, as in every canvas tool.
      if (target.type === 'node' && isNoteFlowId(target.id)) {
        const noteId = fromNoteFlowId(target.id);
        if (!selection.noteIds.includes(noteId)) select({ nodeIds: [], edgeIds: [], noteIds: [noteId] });
      } else if (target.type === 'node' && !selection.nodeIds.includes(target.id)) {
        select({ nodeIds: [target.id], edgeIds: [], noteIds: [] });
      } else if (target.type === 'edge' && !selection.edgeIds.includes(target.id)) {
        select({ nodeIds: [], edgeIds: [target.id], noteIds: [] });
      }
      setMenu({ target, at });
    },
    [store],
  );

  return (
    <div className="editor-workspace" ref={setRoot} tabIndex={-1}>
      <Toolbar makeContext={makeContext} />
      <div className="editor-columns">
        <Palette />
        <JourneyCanvas onContextMenu={onContextMenu} />
        <Inspector />
      </div>
      {menu && <ContextMenu target={menu.target} at={menu.at} makeContext={makeContext} onClose={() => setMenu(null)} />}
      <ShortcutSheet open={shortcutsOpen} onOpenChange={setShortcutsOpen} />
    </div>
  );
}
