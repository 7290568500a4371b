import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNode, type Journey, type JourneyNode } from '../../../../shared/model/index';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';

const tempDir = useTempDir('journey-studio-journey-credentials-');
const connect = useCores(tempDir);

const TOKEN = 'Bearer 9xQ2mL7rT4vW8yZ1';
const SLACK = 'Xy7Kq2Lm9Np4Rs8Tv1Wz3Ab5';

/** Entry (everyone) → webhook → exit on both outputs. */
function withWebhook(journey: Journey, config: Record<string, unknown>): Journey {
  const entry = createNode('entry', { id: 'n-entry', position: { x: 0, y: 0 } });
  const hook = createNode('webhook', { id: 'n-hook', position: { x: 300, y: 0 }, label: 'Tell the CRM' });
  const exit = createNode('exit', { id: 'n-exit', position: { x: 600, y: 0 } });
  return {
    ...journey,
    nodes: [entry, { ...hook, config: { ...hook.config, ...config } } as JourneyNode, exit],
    edges: [
      { id: 'e1', source: 'n-entry', sourceHandle: 'next', target: 'n-hook' },
      { id: 'e2', source: 'n-hook', sourceHandle: 'success', target: 'n-exit' },
      { id: 'e3', source: 'n-hook', sourceHandle: 'failure', target: 'n-exit' },
    ],
  };
}

const hookConfig = (journey: Journey) => journey.nodes.find((node) => node.id === 'n-hook')!.config;

describe('a journey saved with credentials written into a webhook step', () => {
  it('keeps only references: the values go to the secret store, once, and never into the database as text', async () => {
    const dataDir = tempDir();
    const { client, core } = connect({ dataDir });
    const created = await client.journeys.create({ name: 'CRM' });
    const document = withWebhook(created.journey, {
      url: `https://hooks.slack.com/services/T0A1B2C3D/B0E4F5G6H/${SLACK}`,
      headers: [{ name: 'Authorization', value: TOKEN }],
      bodyTemplate: '{}',
    });
    const saved = await client.journeys.save({ journey: document, expectedRevision: created.revision });
    expect(hookConfig(saved.journey)).toMatchObject({
      url: 'https://hooks.slack.com/services/T0A1B2C3D/B0E4F5G6H/{{ secrets.webhook_n_hook_2 }}',
      headers: [{ name: 'Authorization', value: '{{ secrets.webhook_n_hook_1 }}' }],
    });
    expect(hookConfig((await client.journeys.get({ id: created.journey.id })).journey)).toEqual(
      hookConfig(saved.journey),
    );
    expect(core.context.secrets.get('webhook_n_hook_1')).toBe(TOKEN);
    expect(core.context.secrets.get('webhook_n_hook_2')).toBe(SLACK);

    // The editor saves what it holds again (it still shows the value it was given): nothing new is stored.
    await client.journeys.save({ journey: document, expectedRevision: saved.revision });
    expect((await client.secrets.list()).map((secret) => secret.name)).toEqual([
      'webhook_n_hook_1',
      'webhook_n_hook_2',
    ]);

    // It validates and goes live with the references; the live version holds them too.
    const activated = await client.journeys.activate({ id: created.journey.id, expectedRevision: saved.revision + 1 });
    expect(activated.journey.status).toBe('active');
    const exported = await client.exchange.export({ id: created.journey.id });
    expect(exported.content).toContain('{{ secrets.webhook_n_hook_1 }}');
    expect(exported.warnings).toEqual([]);

    core.context.store.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const file of fs.readdirSync(dataDir).filter((name) => name.startsWith('journey-studio.sqlite'))) {
      const bytes = fs.readFileSync(path.join(dataDir, file));
      expect(bytes.includes('9xQ2mL7rT4vW8yZ1'), file).toBe(false);
      expect(bytes.includes(SLACK), file).toBe(false);
    }
  });

  it('does not validate while a secret it refers to is missing, naming the secret and the field', async () => {
    const { client } = connect();
    const created = await client.journeys.create({ name: 'CRM' });
    const saved = await client.journeys.save({
      journey: withWebhook(created.journey, {
        url: 'https://crm.example.com/hook',
        headers: [{ name: 'Authorization', value: 'Bearer {{ secrets.crm_token }}' }],
        bodyTemplate: '{}',
      }),
      expectedRevision: created.revision,
    });
    const refused = client.journeys.activate({ id: created.journey.id, expectedRevision: saved.revision });
    await expect(refused).rejects.toMatchObject({
      code: 'INVALID_JOURNEY',
      message: expect.stringContaining('"crm_token"'),
    });
    const { diagnostics } = await client.journeys.validate({ id: created.journey.id });
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'UNKNOWN_SECRET')).toEqual([
      expect.objectContaining({
        severity: 'error',
        nodeId: 'n-hook',
        path: 'nodes[1].config.headers[0].value',
        message:
          'The "Authorization" header of "Tell the CRM" uses the secret "crm_token", which is not stored on this machine.',
      }),
    ]);
    await client.secrets.set({ name: 'crm_token', value: 'abc-123' });
    const revalidated = await client.journeys.validate({ id: created.journey.id });
    expect(revalidated.diagnostics.filter((diagnostic) => diagnostic.code === 'UNKNOWN_SECRET')).toEqual([]);
  });

  it('moves credentials of an imported bare journey document into the store as well', async () => {
    const { client, core } = connect();
    const created = await client.journeys.create({ name: 'Source' });
    const document = withWebhook(created.journey, {
      url: 'https://crm.example.com/hook?api_key=k_55667788',
      headers: [],
      bodyTemplate: '{}',
    });
    const imported = await client.exchange.import({ content: JSON.stringify(document) });
    const stored = await client.journeys.get({ id: imported.journey.id });
    expect(hookConfig(stored.journey)).toMatchObject({
      url: 'https://crm.example.com/hook?api_key={{ secrets.webhook_n_hook_1 }}',
    });
    expect(core.context.secrets.get('webhook_n_hook_1')).toBe('k_55667788');
  });
});
