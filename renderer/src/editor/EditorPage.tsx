import { useCallback, useEffect, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useShallow } from 'zustand/react/shallow';
import { hrefFor, type EditorFocus } from '../app/route';
import { useAppStore, useAppStoreApi } from '../store/app-store';
import { useCanvasMenuCommands } from '../app/menu-commands';
import { runAction } from './actions/editor-actions';
import { useActionContext } from './actions/use-action-context';
import { useEditorKeyboard } from './actions/use-editor-keyboard';
import { JourneyCanvas, type ContextTarget } from './canvas/JourneyCanvas';
import { ContextMenu } from './chrome/ContextMenu';
import { ShortcutSheet } from './chrome/ShortcutSheet';
import { Toolbar } from './chrome/Toolbar';
import { Inspector } from './inspector/Inspector';
import { LifecycleBanner } from './lifecycle/LifecycleBanner';
import { LifecycleHeader } from './lifecycle/LifecycleHeader';
import { PublicationsBar } from './publishing/PublicationsBar';
import { useFixFocus } from './lifecycle/use-fix-focus';
import { CardIconSprite } from './nodes/card-icons';
import { fromNoteFlowId, isNoteFlowId } from './nodes/flow-types';
import { Palette } from './palette/Palette';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { StatisticsBar } from './statistics/StatisticsBar';
import { StatisticsPanel } from './statistics/StatisticsPanel';
import { resetStatistics, useStatistics } from './statistics/statistics-store';
import { useEditorSession } from './state/use-editor-session';
import { TryItButton } from './try-it/TryItButton';
import { TryItPanel } from './try-it/TryItPanel';
import { resetTryIt, useTryIt } from './try-it/try-it-store';
import { useVersionRoute } from './versions/use-version-route';
import { VersionBanner } from './versions/VersionBanner';
import { VersionCanvas } from './versions/VersionCanvas';
import { VersionSidePanel } from './versions/VersionSidePanel';
import type { VersionView } from './versions/version-view';
import './editor.css';

type EditorPageProps = { journeyId: string } & EditorFocus;

// A comparison or version gets a fresh canvas, fitted to it, each time one is shown.
const viewKeys = new WeakMap<VersionView, number>();
let nextViewKey = 1;
function keyOf(view: VersionView): number {
  let key = viewKeys.get(view);
  if (key === undefined) viewKeys.set(view, (key = nextViewKey++));
  return key;
}

export function EditorPage({ journeyId, version, focus, problems }: EditorPageProps) {
  useEditorSession(journeyId);
  useVersionRoute(journeyId, version);
  const { load, name } = useAppStore(useShallow((s) => ({ load: s.editorLoad, name: s.journey?.name })));

  return (
    <main className="page editor">
      {/* Outside the workspace: the problems panel shares out the workspace's height among its children. */}
      <CardIconSprite />
      <header className="page-header editor-header">
        <a href={hrefFor({ page: 'dashboard' })} className="button">
          ← Journeys
        </a>
        <h1>{name ?? 'Journey'}</h1>
        {load.state === 'ready' && <LifecycleHeader />}
      </header>
      {load.state === 'loading' && <p role="status">Loading journey…</p>}
      {load.state === 'error' && (
        <p role="alert" className="error-panel">
          The journey could not be opened: {load.message}
        </p>
      )}
      {load.state === 'ready' && (
        <ReactFlowProvider>
          <EditorWorkspace journeyId={journeyId} focus={focus} problems={problems} />
        </ReactFlowProvider>
      )}
    </main>
  );
}

function EditorWorkspace({ journeyId, focus, problems }: { journeyId: string; focus?: string; problems?: boolean }) {
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const { readOnly, versionView, versionsOpen } = useAppStore(
    useShallow((s) => ({ readOnly: s.readOnly, versionView: s.versionView, versionsOpen: s.versionsOpen })),
  );
  useFixFocus(journeyId, { focus, problems });
  const statisticsShown = useStatistics((s) => s.enabled && s.journeyId === journeyId);
  useEffect(() => resetStatistics, [journeyId]);
  const tryItShown = useTryIt((s) => s.open && s.journeyId === journeyId);
  useEffect(() => resetTryIt, [journeyId]);
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
      {versionView ? <VersionBanner view={versionView} /> : <LifecycleBanner />}
      {/* Nothing to undo, arrange or save on a read-only document; zoom stays on the canvas. */}
      {!versionView && !readOnly && <Toolbar makeContext={makeContext} />}
      <div className="editor-run-bar">
        {!versionView && <TryItButton journeyId={journeyId} />}
        <StatisticsBar journeyId={journeyId} />
      </div>
      <PublicationsBar journeyId={journeyId} />
      {/* Nothing to add to a document that cannot change: the palette gives its room to the canvas. */}
      <div
        className={`editor-columns${readOnly || versionView ? ' without-palette' : ''}${tryItShown && !versionView && !versionsOpen ? ' with-wide-panel' : ''}`}
      >
        {!readOnly && !versionView && <Palette />}
        {versionView ? (
          <VersionCanvas key={keyOf(versionView)} view={versionView} />
        ) : (
          <JourneyCanvas onContextMenu={onContextMenu} />
        )}
        {versionsOpen || versionView ? (
          <VersionSidePanel />
        ) : tryItShown ? (
          <TryItPanel journeyId={journeyId} />
        ) : statisticsShown ? (
          <StatisticsPanel journeyId={journeyId} />
        ) : (
          // A disabled fieldset disables every control inside: the inspector still shows each step's settings.
          <fieldset className="inspector-lock" disabled={readOnly}>
            <Inspector />
          </fieldset>
        )}
      </div>
      <ProblemsPanel />
      {menu && (
        <ContextMenu target={menu.target} at={menu.at} makeContext={makeContext} onClose={() => setMenu(null)} />
      )}
      <ShortcutSheet open={shortcutsOpen} onOpenChange={setShortcutsOpen} />
    </div>
  );
}
