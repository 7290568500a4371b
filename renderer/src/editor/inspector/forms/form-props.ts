import type { ComponentType } from 'react';
import type { NodeConfig, NodeKind } from '../../../../../shared/model/index';
import type { DraftControls } from '../use-config-draft';

export interface ConfigFormProps<K extends NodeKind> {
  nodeId: string;
  draft: DraftControls<NodeConfig<K>>;
}

/** One form per kind; a mapped type, so adding a kind without a form fails to compile. */
export type ConfigFormRegistry = { readonly [K in NodeKind]: ComponentType<ConfigFormProps<K>> };
