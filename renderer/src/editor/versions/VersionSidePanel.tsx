import { useShallow } from 'zustand/react/shallow';
import type { JourneyNode } from '../../../../shared/model/index';
import { useAppStore } from '../../store/app-store';
import { NodeInspector } from '../inspector/NodeInspector';
import '../inspector/inspector.css';
import type { VersionView } from './version-view';
import { VersionsPanel } from './VersionsPanel';

/** A step of the version (or comparison) on screen; a removed step is found in the older side. */
function stepOf(view: VersionView | null, nodeId: string | null): JourneyNode | null {
  if (!view || !nodeId) return null;
  const journeys = view.kind === 'version' ? [view.journey] : [view.after.journey, view.before.journey];
  for (const journey of journeys) {
    const node = journey.nodes.find((candidate) => candidate.id === nodeId);
    if (node) return node;
  }
  return null;
}

/**
 * Beside a version or a comparison: the version history, or, once a step is clicked on the
 * canvas, that step's settings as they were, read-only.
 */
export function VersionSidePanel() {
  const { view, nodeId, selectVersionNode } = useAppStore(
    useShallow((s) => ({ view: s.versionView, nodeId: s.versionNodeId, selectVersionNode: s.selectVersionNode })),
  );
  const node = stepOf(view, nodeId);
  if (!node) return <VersionsPanel />;
  return (
    <div className="version-step-panel">
      <div className="version-step-bar">
        <button type="button" className="button small" onClick={() => selectVersionNode(null)}>
          ← Version history
        </button>
        <span className="muted">Read-only</span>
      </div>
      {/* A disabled fieldset disables every control inside: the settings show, nothing changes. */}
      <fieldset className="inspector-lock" disabled>
        <aside aria-label="Inspector" className="inspector">
          <NodeInspector key={node.id} node={node} />
        </aside>
      </fieldset>
    </div>
  );
}
