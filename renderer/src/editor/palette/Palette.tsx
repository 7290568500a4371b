import { useReactFlow } from '@xyflow/react';
import { useAppStoreApi } from '../../store/app-store';
import { createStep } from '../canvas/create-step';
import { STEP_WIDTH } from '../canvas/flow-mapping';
import { paneCentre } from '../canvas/pane-centre';
import { useReveal } from '../canvas/use-reveal';
import { PALETTE_MIME, type PaletteItem } from '../canvas/drag-data';
import { ChannelIcon } from '../nodes/ChannelIcon';
import { KindIcon } from '../kinds/KindIcon';
import type { FlowEdge, FlowNode } from '../nodes/flow-types';
import { insertStep, positionAfter } from './insert-step';
import { paletteGroups } from './palette-items';

const GROUPS = paletteGroups();
/** About a step's height before it is drawn and measured. */
const STEP_HEIGHT = 110;

/** Steps to add: drag one onto the canvas (or onto an edge), or click / press Enter to insert it. */
export function Palette() {
  const store = useAppStoreApi();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const reveal = useReveal();

  function insert(item: PaletteItem) {
    const { journey, selection, direction, edit, select } = store.getState();
    if (!journey) return;
    const anchorId = selection.nodeIds.length === 1 ? selection.nodeIds[0]! : null;
    const anchor = anchorId ? journey.nodes.find((node) => node.id === anchorId) : undefined;
    const centre = flow.screenToFlowPosition(paneCentre());
    const step = createStep(
      item,
      anchor ? positionAfter(anchor, direction) : { x: centre.x - STEP_WIDTH / 2, y: centre.y - STEP_HEIGHT / 2 },
    );
    edit((current) => insertStep(current, step, anchor ? anchor.id : null));
    select({ nodeIds: [step.id], edgeIds: [], noteIds: [] });
    // The new step goes after the selected one, which may be at the edge of the view: follow it.
    reveal(step.position, { width: STEP_WIDTH, height: STEP_HEIGHT });
  }

  return (
    <nav className="palette" aria-label="Steps">
      {GROUPS.map((group) => (
        <section key={group.id} aria-labelledby={`palette-${group.id}`}>
          <h2 id={`palette-${group.id}`} className="palette-title">
            {group.title}
          </h2>
          <ul className="palette-items">
            {group.items.map((item) => (
              <li key={`${item.kind}-${item.channel ?? item.audience ?? ''}`}>
                <button
                  type="button"
                  className="palette-item"
                  draggable
                  aria-label={`Add ${item.label}`}
                  title={`Drag onto the canvas, or press Enter to add after the selected step`}
                  onDragStart={(event) => {
                    event.dataTransfer.setData(PALETTE_MIME, JSON.stringify(item));
                    event.dataTransfer.effectAllowed = 'copy';
                  }}
                  onClick={() => insert(item)}
                >
                  <span className="palette-icon" aria-hidden="true">
                    {item.channel ? <ChannelIcon channel={item.channel} size="small" /> : <KindIcon kind={item.kind} />}
                  </span>
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
