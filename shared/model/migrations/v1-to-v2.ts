import type { MigrationStep } from './migration-step';
import { renameKeys } from './rename-keys';
import { isRecord } from '../is-record';

/**
 * Version 1 named node and edge fields after an early canvas library (node `type`/`data`, edge
 * `from`/`fromPort`/`to`), allowed a single `language`, and had no sticky notes.
 */
function migrateSettings(settings: unknown): unknown {
  if (!isRecord(settings)) return settings;
  const { language, ...rest } = settings;
  // A non-string language is kept (inside the array) so the schema reports it instead of losing it.
  const languages = language === undefined || language === '' ? [] : [language];
  return { ...rest, languages };
}

function mapIfArray(value: unknown, migrateItem: (item: unknown) => unknown): unknown {
  return Array.isArray(value) ? value.map(migrateItem) : value;
}

export const v1ToV2: MigrationStep = {
  from: 1,
  to: 2,
  migrate: ({ settings, nodes, edges, ...rest }) => ({
    ...rest,
    settings: migrateSettings(settings),
    nodes: mapIfArray(nodes, (node) => renameKeys(node, { type: 'kind', data: 'config' })),
    edges: mapIfArray(edges, (edge) => renameKeys(edge, { from: 'source', fromPort: 'sourceHandle', to: 'target' })),
    notes: [],
  }),
};
