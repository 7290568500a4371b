import { moveWebhookConfigCredentials, type SecretSink } from '../../../../shared/secrets/move-webhook-credentials';
import type { WebhookConfig } from '../../../../shared/model/nodes/webhook';
import { secretStoreSink } from '../../secrets/secret-sink';
import { createSecretStore } from '../../secrets/secret-store';
import type { StoreMigration } from './types';

interface RawNode {
  id?: unknown;
  kind?: unknown;
  config?: unknown;
}

function isWebhookConfig(config: unknown): config is WebhookConfig {
  const value = config as Partial<WebhookConfig> | null;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.url === 'string' &&
    typeof value.bodyTemplate === 'string' &&
    Array.isArray(value.headers) &&
    value.headers.every((header) => typeof header?.name === 'string' && typeof header.value === 'string')
  );
}

/**
 * The stored document with its webhook steps' credentials moved out, or null when it holds none.
 * Only those values change: everything else, key order included, is written back as it was.
 */
function withoutCredentials(text: string, sink: SecretSink): string | null {
  let document: { nodes?: unknown };
  try {
    document = JSON.parse(text) as { nodes?: unknown };
  } catch {
    return null; // A damaged row is reported where it is read, not here.
  }
  if (!Array.isArray(document.nodes)) return null;
  let moved = 0;
  document.nodes = (document.nodes as RawNode[]).map((node) => {
    if (node?.kind !== 'webhook' || typeof node.id !== 'string' || !isWebhookConfig(node.config)) return node;
    const result = moveWebhookConfigCredentials(node.config, node.id, sink);
    moved += result.moved;
    return result.moved === 0 ? node : { ...node, config: result.config };
  });
  return moved === 0 ? null : JSON.stringify(document);
}

/**
 * Credentials written into webhook steps (header values, URL user names and passwords, query and
 * fragment tokens, URL path tokens, body secrets) move from every journey document and every
 * frozen version into the secret store, leaving `{{ secrets.NAME }}`: a call renders as before.
 * The same value in a journey and its versions is stored once, under one name.
 */
export const secretsOutOfDocumentsSchema: StoreMigration = {
  version: 12,
  name: 'credentials of webhook steps move into the secret store',
  up: '',
  migrateRows(db, { secretKey, now }) {
    let sink: SecretSink | null = null;
    const store: SecretSink = (value, suggested) => {
      if (secretKey === undefined)
        throw new Error('webhook credentials must move into the secret store, which needs the secret key');
      sink ??= secretStoreSink(createSecretStore(db, secretKey, () => now.getTime()));
      return sink(value, suggested);
    };
    const journeys = db.prepare('SELECT id, document FROM journeys').all() as { id: string; document: string }[];
    const writeJourney = db.prepare('UPDATE journeys SET document = ? WHERE id = ?');
    for (const row of journeys) {
      const changed = withoutCredentials(row.document, store);
      if (changed !== null) writeJourney.run(changed, row.id);
    }
    const versions = db.prepare('SELECT journey_id, version, document FROM journey_versions').all() as {
      journey_id: string;
      version: number;
      document: string;
    }[];
    const writeVersion = db.prepare('UPDATE journey_versions SET document = ? WHERE journey_id = ? AND version = ?');
    for (const row of versions) {
      const changed = withoutCredentials(row.document, store);
      if (changed !== null) writeVersion.run(changed, row.journey_id, row.version);
    }
  },
};
