import './inspector.css';
import { JourneySettingsForm } from './JourneySettingsForm';
import { NodeInspector } from './NodeInspector';
import { useEditGesture } from './use-edit-gesture';
import { useInspectedNode, useSelectedNodeCount, useSingleSelectedNodeId } from './use-selected-node';

/**
 * The editor's right-hand panel: the selected step's form, a note for a multiple selection, or
 * the journey's settings when nothing is selected. It subscribes to the selected node only, so
 * changes elsewhere on the canvas do not re-render it.
 */
export function Inspector() {
  const gesture = useEditGesture();
  const count = useSelectedNodeCount();
  const node = useInspectedNode(useSingleSelectedNodeId());

  return (
    <aside aria-label="Inspector" className="inspector" onFocus={gesture.onFocus} onBlur={gesture.onBlur}>
      {node ? (
        <NodeInspector key={node.id} node={node} />
      ) : count > 1 ? (
        <MultipleSelection count={count} />
      ) : (
        <JourneySettingsForm />
      )}
    </aside>
  );
}

function MultipleSelection({ count }: { count: number }) {
  return (
    <section className="inspector-form">
      <header className="inspector-header">
        <h2>{count} steps selected</h2>
      </header>
      <p className="muted">
        Select a single step to edit it. The selected steps can be moved, copied or deleted together.
      </p>
    </section>
  );
}
