import type { ComponentType } from 'react';
import type { LucideIcon } from 'lucide-react';
import type { NodeConfig, NodeKind, NodeOfKind } from '../../../../shared/model/index';
import type { DraftControls } from '../inspector/use-config-draft';

/** What a step shows on the canvas under its title. */
export type KindBody<K extends NodeKind> = ComponentType<{ node: NodeOfKind<K> }>;

export interface ConfigFormProps<K extends NodeKind> {
  nodeId: string;
  draft: DraftControls<NodeConfig<K>>;
}

/** Everything the editor shows of one step kind, kept in the kind's folder (kinds/<kind>/). */
export interface KindUi<K extends NodeKind> {
  /** The kind's icon (lucide: inline SVG, so it looks the same on every machine). */
  Icon: LucideIcon;
  Body: KindBody<K>;
  /** The inspector's settings for the step; the name field and the header are shared. */
  Form: ComponentType<ConfigFormProps<K>>;
}

/** A mapped type rather than Record<NodeKind, KindUi<NodeKind>>, so each entry is checked against its own kind. */
export type KindUiRegistry = { readonly [K in NodeKind]: KindUi<K> };
