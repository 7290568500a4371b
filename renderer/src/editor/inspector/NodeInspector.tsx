import { useId, type ComponentType } from 'react';
import type { z } from 'zod';
import { updateNode } from '../../../../shared/graph/index';
import {
  getNodeKind,
  JOURNEY_LIMITS,
  type JourneyNode,
  type NodeConfig,
  type NodeKind,
} from '../../../../shared/model/index';
import { useAppStore } from '../../store/app-store';
import type { ConfigFormProps } from '../kinds/kind-ui';
import { kindUis } from '../kinds/registry';
import { DraftNote } from './DraftNote';
import { TextField } from './fields/TextField';
import { useConfigDraft } from './use-config-draft';
import type { InspectedNode } from './use-selected-node';

/** Header, name and the kind's own form for the one selected step. Keyed by node id by its parent. */
export function NodeInspector({ node }: { node: InspectedNode }) {
  const definition = getNodeKind(node.kind);
  const titleId = useId();
  return (
    // Marked so a problem in the journey can find this step's fields (editor/problems/field-paths.ts).
    <section className="inspector-form" aria-labelledby={titleId} data-path-root="node" data-node-id={node.id}>
      <header className="inspector-header">
        <h2 id={titleId}>{definition.label}</h2>
        <p className="muted">{definition.description}</p>
      </header>
      <NodeNameField nodeId={node.id} label={node.label} placeholder={definition.label} />
      <NodeConfigForm node={node} />
    </section>
  );
}

function NodeNameField({ nodeId, label, placeholder }: { nodeId: string; label: string; placeholder: string }) {
  const edit = useAppStore((s) => s.edit);
  // Any text up to the length limit is a valid label, so it needs no draft: it goes straight to the journey as typed.
  return (
    <TextField
      label="Name"
      path="label"
      value={label}
      maxLength={JOURNEY_LIMITS.labelLength}
      placeholder={placeholder}
      onChange={(text) =>
        edit(
          (journey) => updateNode(journey, nodeId, (n) => (n.label === text ? n : { ...n, label: text })),
          'gesture-start',
        )
      }
    />
  );
}

function NodeConfigForm({ node }: { node: InspectedNode }) {
  const edit = useAppStore((s) => s.edit);
  // The node union pairs each kind with its config, but TypeScript cannot follow that pairing
  // through a registry lookup; these two casts are where it is asserted, once.
  const schema = getNodeKind(node.kind).config as unknown as z.ZodType<NodeConfig<NodeKind>>;
  const Form = kindUis[node.kind].Form as ComponentType<ConfigFormProps<NodeKind>>;
  const draft = useConfigDraft(schema, node.config, (config, phase) =>
    edit(
      (journey) => updateNode(journey, node.id, (n) => (n.kind === node.kind ? ({ ...n, config } as JourneyNode) : n)),
      phase,
    ),
  );
  return (
    <>
      <DraftNote errors={draft.errors} />
      <div className="inspector-fields" data-path="config">
        <Form nodeId={node.id} draft={draft} />
      </div>
    </>
  );
}
