import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createNode, type Journey, type JourneyNode } from '../../../../shared/model/index';
import { useEngineWorker } from '../../../support/engine-worker';
import { useTempDir } from '../../../support/temp-dir';
import { until } from '../../../support/until';
import { useCores } from '../support/connect';

const tempDir = useTempDir('journey-studio-engine-worker-secrets-');
const engineWorker = useEngineWorker();
const connect = useCores(tempDir);
const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('secrets on the engine worker', () => {
  it('opens a secret set on the main thread with the key it was handed, for a webhook call', async () => {
    const authorizations: string[] = [];
    const server = http.createServer((request, response) => {
      authorizations.push(String(request.headers.authorization));
      request.resume();
      request.on('end', () => response.end('ok'));
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;

    const { client, core } = connect({ engine: { workerPath: engineWorker(), watchMs: null } });
    await core.engine!.started();
    await client.secrets.set({ name: 'crm_token', value: 'worker-secret-4f8a2c' });
    const created = await client.journeys.create({ name: 'Secret webhook' });
    const nodes = [
      { ...createNode('entry', { id: 'entry', position: { x: 0, y: 0 } }) },
      createNode('webhook', { id: 'hook', position: { x: 300, y: 0 } }),
      createNode('exit', { id: 'ok', position: { x: 600, y: 0 } }),
      createNode('exit', { id: 'bad', position: { x: 600, y: 200 } }),
    ].map((node) =>
      node.kind === 'entry'
        ? { ...node, config: { ...node.config, audience: { type: 'customEvent', eventName: 'go', propertyRules: [] } } }
        : node.kind === 'webhook'
          ? {
              ...node,
              config: {
                ...node.config,
                url,
                headers: [{ name: 'Authorization', value: 'Bearer {{ secrets.crm_token }}' }],
                bodyTemplate: '{}',
              },
            }
          : node,
    ) as JourneyNode[];
    const edges = [
      { id: 'e1', source: 'entry', sourceHandle: 'next', target: 'hook' },
      { id: 'e2', source: 'hook', sourceHandle: 'success', target: 'ok' },
      { id: 'e3', source: 'hook', sourceHandle: 'failure', target: 'bad' },
    ];
    const saved = await client.journeys.save({
      journey: { ...created.journey, nodes, edges } as Journey,
      expectedRevision: created.revision,
    });
    await client.journeys.activate({ id: saved.journey.id, expectedRevision: saved.revision });
    core.ingress.ingest([{ customerId: 'c-1', name: 'go', properties: {}, occurredAt: Date.now(), source: 'api' }]);
    await until(() => authorizations.length === 1);
    expect(authorizations).toEqual(['Bearer worker-secret-4f8a2c']);
  });
});
