import { describe, expect, it } from 'vitest';
import { useCores } from '../support/connect';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();
const connect = useCores(tempDir);

describe('events and API key services', () => {
  it('events.send records through the ingress with source "app", idempotently', async () => {
    const { client, core } = connect();
    const first = await client.events.send({
      customerId: 'c-1',
      name: 'test.event',
      properties: { a: 1 },
      idempotencyKey: 'k',
    });
    expect(first).toEqual({ accepted: true, eventId: expect.any(String), duplicate: false });
    expect(await client.events.send({ customerId: 'c-1', name: 'test.event', idempotencyKey: 'k' })).toEqual({
      ...first,
      duplicate: true,
    });
    expect(core.context.store.db.prepare('SELECT source, properties FROM engine_events').all()).toEqual([
      { source: 'app', properties: '{"a":1}' },
    ]);
  });

  it('events.send refuses bad input naming the field', async () => {
    const { client } = connect();
    await expect(client.events.send({ customerId: 'c-1', name: '', properties: {} })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      issues: [expect.objectContaining({ path: 'name' })],
    });
  });

  it('creates the key on first use, shows it only then, and keeps only its digest', async () => {
    const { client, core, events } = connect();
    expect(await client.eventsApi.status()).toEqual({ key: null, desktopPort: null });
    const created = await client.eventsApi.ensureKey();
    expect(created).toEqual({
      key: expect.stringMatching(/^jsk_[A-Za-z0-9_-]{43}$/),
      hint: expect.any(String),
      createdAt: expect.any(String),
    });
    const key = (created as { key: string }).key;
    expect(created.hint).toBe(`jsk_…${key.slice(-4)}`);
    // A second look shows the hint only: the key itself is not stored anywhere.
    expect(await client.eventsApi.ensureKey()).toEqual({ hint: created.hint, createdAt: created.createdAt });
    const fileText = core.context.store.db.prepare('SELECT group_concat(value) FROM settings').pluck().get() as string;
    expect(fileText).not.toContain(key);
    expect(core.context.apiKeys.verify(key)).toBe(true);

    const renewed = await client.eventsApi.regenerateKey();
    expect(renewed.key).not.toBe(key);
    expect(core.context.apiKeys.verify(key)).toBe(false);
    expect(core.context.apiKeys.verify(renewed.key)).toBe(true);
    expect((await client.eventsApi.status()).key).toEqual({ hint: renewed.hint, createdAt: renewed.createdAt });

    expect(await client.settings.getAll()).not.toHaveProperty('eventsApi.key');
    await expect(
      client.settings.set({ key: 'eventsApi.key', value: { sha256: '0'.repeat(64) } }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
    expect(core.context.apiKeys.verify(renewed.key)).toBe(true);
    expect(events.some(({ event }) => event === 'eventsApiChanged')).toBe(false);
  });

  it('stores the desktop port, refuses ports below 1024, and announces the change', async () => {
    const { client, events } = connect();
    expect(await client.eventsApi.setDesktopPort({ port: 8787 })).toMatchObject({ desktopPort: 8787 });
    expect(events).toContainEqual({ event: 'eventsApiChanged', payload: { desktopPort: 8787 } });
    await expect(client.eventsApi.setDesktopPort({ port: 80 })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      issues: [expect.objectContaining({ path: 'port' })],
    });
    expect(await client.eventsApi.setDesktopPort({ port: null })).toMatchObject({ desktopPort: null });
    await expect(client.settings.set({ key: 'eventsApi.desktopPort', value: 1 })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
  });
});
