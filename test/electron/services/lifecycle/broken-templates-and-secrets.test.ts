import { describe, expect, it } from 'vitest';
import { createNode, type Journey } from '../../../../shared/model/index';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';
import { smsReady, validDraft, withSmsMessage, type Client } from './support/lifecycle-journeys';

const connect = useCores(useTempDir());

async function refusalOf(client: Client, id: string, expectedRevision: number) {
  return client.journeys.activate({ id, expectedRevision }).catch((error: unknown) => error);
}

/** The SMS journey with a webhook (calling with credentials) between the message and the exit. */
function withWebhook(journey: Journey): Journey {
  const webhook = createNode('webhook', { id: 'n-hook', position: { x: 450, y: 0 }, label: 'Tell the CRM' });
  webhook.config = {
    method: 'POST',
    url: 'https://crm.example.com/hooks?token=t-123&source=journey',
    headers: [
      { name: 'Content-Type', value: 'application/json' },
      { name: 'Authorization', value: 'Bearer s3cr3t' },
    ],
    bodyTemplate: '{}',
  };
  return {
    ...journey,
    nodes: [...journey.nodes, webhook],
    edges: [
      journey.edges[0]!,
      { id: 'e2', source: 'n-msg', sourceHandle: 'next', target: 'n-hook' },
      { id: 'e3', source: 'n-hook', sourceHandle: 'success', target: 'n-exit' },
      { id: 'e4', source: 'n-hook', sourceHandle: 'failure', target: 'n-exit' },
    ],
  };
}

describe('a template with errors', () => {
  it('makes Validate say not ready and Activate refuse, naming the template and its problem', async () => {
    const { client } = connect();
    const empty = await smsReady(client, '');
    const draft = await validDraft(client, 'Order shipped', empty.id);

    const checked = await client.journeys.validate({ id: draft.journey.id });
    expect(checked.journey.status).toBe('draft');
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'TEMPLATE_INVALID',
        nodeId: 'n-msg',
        path: 'nodes[1].config.templateId',
        message: expect.stringContaining('"Shipped SMS"') as unknown,
      }),
    ]);
    expect(errors[0]!.message).toContain('The SMS body is empty.');

    expect(await refusalOf(client, draft.journey.id, checked.revision)).toMatchObject({
      code: 'INVALID_JOURNEY',
      issues: [{ path: 'nodes[1].config.templateId', message: errors[0]!.message }],
    });
    expect(await client.versions.list({ journeyId: draft.journey.id })).toEqual([]);

    // Correcting the template is all it takes.
    await client.templates.update({ id: empty.id, content: { body: 'Your order has shipped.', senderId: 'SHOP' } });
    const fixed = await client.journeys.validate({ id: draft.journey.id });
    expect(fixed.diagnostics).toEqual([]);
    await expect(
      client.journeys.activate({ id: draft.journey.id, expectedRevision: fixed.revision }),
    ).resolves.toMatchObject({ journey: { status: 'active' } });
  });

  it('counts for a fallback too', async () => {
    const { client } = connect();
    const good = await smsReady(client);
    const empty = await client.templates.create({
      channel: 'sms',
      name: 'Empty fallback',
      content: { body: '   ', senderId: 'SHOP' },
    });
    const created = await client.journeys.create({ name: 'With fallback' });
    const journey = withSmsMessage(created.journey, good.id);
    const withFallback: Journey = {
      ...journey,
      nodes: journey.nodes.map((node) =>
        node.kind === 'message'
          ? {
              ...node,
              config: { ...node.config, channel: 'push', fallbacks: [{ channel: 'sms', templateId: empty.id }] },
            }
          : node,
      ),
    };
    const saved = await client.journeys.save({ journey: withFallback, expectedRevision: created.revision });
    const { diagnostics } = await client.journeys.validate({ id: created.journey.id });
    const invalid = diagnostics.filter((d) => d.code === 'TEMPLATE_INVALID');
    expect(invalid).toEqual([
      expect.objectContaining({ severity: 'error', path: 'nodes[1].config.fallbacks[0].templateId' }),
    ]);
    expect(invalid[0]!.message).toMatch(/fallback .*"Empty fallback".*The SMS body is empty\./);
    expect(await refusalOf(client, created.journey.id, saved.revision)).toMatchObject({ code: 'INVALID_JOURNEY' });
  });
});

/** A journey file as older versions wrote it: credentials left empty rather than kept as references. */
function withCredentialsLeftOut(content: string): string {
  const file = JSON.parse(content) as { journey: Journey };
  file.journey.nodes = file.journey.nodes.map((node) =>
    node.kind === 'webhook'
      ? {
          ...node,
          config: {
            ...node.config,
            url: node.config.url.replace(/token=[^&]*/, 'token='),
            headers: node.config.headers.map((header) =>
              header.name === 'Authorization' ? { ...header, value: '' } : header,
            ),
          },
        }
      : node,
  );
  return JSON.stringify(file);
}

describe('a webhook whose credentials are in the secret store', () => {
  it('exports its references; on another machine it does not validate until secrets of those names are added', async () => {
    const { client } = connect();
    const draft = await validDraft(client);
    const saved = await client.journeys.save({ journey: withWebhook(draft.journey), expectedRevision: draft.revision });
    expect((await client.journeys.validate({ id: saved.journey.id })).diagnostics).toEqual([]);
    const exported = await client.exchange.export({ id: saved.journey.id });
    expect(exported.warnings).toEqual([]);
    expect(exported.content).not.toContain('s3cr3t');

    const elsewhere = connect().client;
    await smsReady(elsewhere);
    const imported = await elsewhere.exchange.import({ content: exported.content });
    const checked = await elsewhere.journeys.validate({ id: imported.journey.id });
    expect(checked.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.path])).toEqual([
      ['UNKNOWN_SECRET', 'nodes[3].config.url'],
      ['UNKNOWN_SECRET', 'nodes[3].config.headers[1].value'],
    ]);
    await elsewhere.secrets.set({ name: 'webhook_n_hook_1', value: 'Bearer other' });
    await elsewhere.secrets.set({ name: 'webhook_n_hook_2', value: 't-other' });
    expect((await elsewhere.journeys.validate({ id: imported.journey.id })).diagnostics).toEqual([]);
  });
});

describe('a webhook whose credentials were left out on export', () => {
  it('imports as a journey that is not ready and cannot be activated until they are filled in again', async () => {
    const { client } = connect();
    const draft = await validDraft(client);
    const saved = await client.journeys.save({ journey: withWebhook(draft.journey), expectedRevision: draft.revision });
    const exported = await client.exchange.export({ id: saved.journey.id });
    const imported = await client.exchange.import({ content: withCredentialsLeftOut(exported.content) });
    const id = imported.journey.id;

    const checked = await client.journeys.validate({ id });
    expect(checked.journey.status).toBe('draft');
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({
        code: 'WEBHOOK_SECRET_MISSING',
        path: 'nodes[3].config.url',
        fix: { kind: 'openField', label: 'Fill in the URL' },
        message: expect.stringContaining('"token"') as unknown,
      }),
      expect.objectContaining({
        code: 'WEBHOOK_SECRET_MISSING',
        path: 'nodes[3].config.headers[1].value',
        fix: { kind: 'openField', label: 'Fill in the "Authorization" header' },
      }),
    ]);
    expect(await refusalOf(client, id, checked.revision)).toMatchObject({ code: 'INVALID_JOURNEY' });

    // Filling the values in again makes it ready (they go to the secret store as they are saved).
    const current = await client.journeys.get({ id });
    const refilled: Journey = {
      ...current.journey,
      nodes: current.journey.nodes.map((node) =>
        node.kind === 'webhook'
          ? {
              ...node,
              config: {
                ...node.config,
                url: node.config.url.replace('token=', 'token=t-456'),
                headers: node.config.headers.map((header) =>
                  header.value === '' ? { ...header, value: 'Bearer n3w' } : header,
                ),
              },
            }
          : node,
      ),
    };
    await client.journeys.save({ journey: refilled, expectedRevision: current.revision });
    expect((await client.journeys.validate({ id })).diagnostics).toEqual([]);
  });
});
