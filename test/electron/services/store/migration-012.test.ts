import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startCore } from '../../../../electron/services/app-services';
import { LATEST_DATABASE_VERSION, openDatabase } from '../../../../electron/services/store/database';
import { createSecretStore } from '../../../../electron/services/secrets/secret-store';
import { createNode, type Journey, type JourneyNode } from '../../../../shared/model/index';
import { contract, createClient } from '../../../../shared/contract/index';
import { inProcessTransport } from '../../../support/in-process-transport';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir('journey-studio-migration-012-');

const TOKEN = 'Bearer 9xQ2mL7rT4vW8yZ1';
const HOOK_URL = 'https://ops:pa55word@hooks.example.com/services/T0A1B2C3D/B0E4F5G6H/Xy7Kq2Lm9Np4Rs8Tv1Wz3Ab5';

/** A version-11 data folder whose journey document and live version hold credentials as text, as older builds kept them. */
async function folderWithCredentialsInDocuments(dataDir: string, key: Buffer) {
  const core = startCore({ dataDir, host: 'browser', appVersion: 'test', secretKey: key });
  const client = createClient(contract, inProcessTransport(core));
  await client.settings.set({ key: 'channels.sms.provider', value: 'local' });
  const created = await client.journeys.create({ name: 'CRM' });
  const hook = createNode('webhook', { id: 'n-hook', position: { x: 300, y: 0 }, label: 'Tell the CRM' });
  const journey: Journey = {
    ...created.journey,
    nodes: [
      createNode('entry', { id: 'n-entry', position: { x: 0, y: 0 } }),
      {
        ...hook,
        config: {
          ...hook.config,
          url: 'https://hooks.example.com/in',
          headers: [{ name: 'Authorization', value: 'Bearer {{ secrets.placeholder }}' }],
          bodyTemplate: '{}',
        },
      } as JourneyNode,
      createNode('exit', { id: 'n-exit', position: { x: 600, y: 0 } }),
    ],
    edges: [
      { id: 'e1', source: 'n-entry', sourceHandle: 'next', target: 'n-hook' },
      { id: 'e2', source: 'n-hook', sourceHandle: 'success', target: 'n-exit' },
      { id: 'e3', source: 'n-hook', sourceHandle: 'failure', target: 'n-exit' },
    ],
  };
  await client.secrets.set({ name: 'placeholder', value: 'x' });
  const saved = await client.journeys.save({ journey, expectedRevision: created.revision });
  await client.journeys.activate({ id: created.journey.id, expectedRevision: saved.revision });
  await core.stop();

  // Put the credentials back as text, the way a version-11 database holds them.
  const db = new Database(path.join(dataDir, 'journey-studio.sqlite'));
  const withText = (document: string) =>
    document.replace('https://hooks.example.com/in', HOOK_URL).replace('Bearer {{ secrets.placeholder }}', TOKEN);
  for (const row of db.prepare('SELECT id, document FROM journeys').all() as { id: string; document: string }[])
    db.prepare('UPDATE journeys SET document = ? WHERE id = ?').run(withText(row.document), row.id);
  const versions = db.prepare('SELECT version, document FROM journey_versions').all() as {
    version: number;
    document: string;
  }[];
  for (const row of versions)
    db.prepare('UPDATE journey_versions SET document = ? WHERE version = ?').run(withText(row.document), row.version);
  db.prepare("DELETE FROM secrets WHERE name = 'placeholder'").run();
  // What later migrations added goes too: the folder is as version 11 left it.
  db.exec('DROP TABLE api_clients; DROP TABLE api_idempotency; DROP TABLE api_published_journeys;');
  db.exec('DROP TABLE publish_history; DROP TABLE publications; DROP TABLE backends;');
  db.exec(
    'DROP TABLE engine_sends; DROP TABLE engine_send_customers; DROP TABLE api_journey_state; DROP TABLE api_publish_history;',
  );
  db.pragma('user_version = 11');
  db.close();
  return created.journey.id;
}

const documents = (dataDir: string) => {
  const db = new Database(path.join(dataDir, 'journey-studio.sqlite'), { readonly: true });
  try {
    return {
      journey: db.prepare('SELECT document FROM journeys').pluck().get() as string,
      version: db.prepare('SELECT document FROM journey_versions').pluck().get() as string,
    };
  } finally {
    db.close();
  }
};

describe('migration 012: credentials out of journey documents and versions', () => {
  it('moves them into the secret store, leaves references, and changes nothing else', async () => {
    const dataDir = tempDir();
    const key = randomBytes(32);
    const id = await folderWithCredentialsInDocuments(dataDir, key);
    const before = documents(dataDir);
    expect(before.version).toContain('9xQ2mL7rT4vW8yZ1');

    const core = startCore({ dataDir, host: 'browser', appVersion: 'test', secretKey: key });
    try {
      expect(core.context.store.version()).toBe(LATEST_DATABASE_VERSION);
      const after = documents(dataDir);
      for (const text of [after.journey, after.version]) {
        expect(text).not.toContain('9xQ2mL7rT4vW8yZ1');
        expect(text).not.toContain('pa55word');
        expect(text).not.toContain('Xy7Kq2Lm9Np4Rs8Tv1Wz3Ab5');
      }
      // Versions stay otherwise identical: putting the values back gives the old text byte for byte.
      const secrets = core.context.secrets;
      const restore = (text: string) =>
        text.replace(/\{\{ secrets\.([A-Za-z0-9_]+) \}\}/g, (_match, name: string) => secrets.get(name)!);
      expect(restore(after.version)).toBe(before.version);
      expect(restore(after.journey)).toBe(before.journey);
      // One value, one secret, in the journey and its version alike.
      expect(secrets.list().map((secret) => secret.name)).toEqual([
        'webhook_n_hook_1',
        'webhook_n_hook_2',
        'webhook_n_hook_3',
      ]);
      expect(secrets.get('webhook_n_hook_1')).toBe(TOKEN);
      expect(secrets.get('webhook_n_hook_2')).toBe('ops:pa55word');
      const client = createClient(contract, inProcessTransport(core));
      expect((await client.journeys.validate({ id })).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    } finally {
      await core.stop();
    }
  });

  it('needs the secret key only when there is something to move', () => {
    const empty = tempDir();
    openDatabase(path.join(empty, 'journey-studio.sqlite')).close();

    const dataDir = tempDir();
    const key = randomBytes(32);
    return folderWithCredentialsInDocuments(dataDir, key).then(() => {
      expect(() => openDatabase(path.join(dataDir, 'journey-studio.sqlite'))).toThrow(
        /version 12 \(credentials of webhook steps move into the secret store\) failed: webhook credentials must move into the secret store, which needs the secret key/,
      );
      // Nothing moved: the database is still at version 11, holding what it held.
      expect(documents(dataDir).version).toContain('9xQ2mL7rT4vW8yZ1');
      const db = openDatabase(path.join(dataDir, 'journey-studio.sqlite'), { secretKey: key });
      expect(createSecretStore(db, key, Date.now).get('webhook_n_hook_1')).toBe(TOKEN);
      db.close();
      expect(fs.readdirSync(dataDir).some((name) => name.includes('backup') || name.includes('v11'))).toBe(true);
    });
  });
});
