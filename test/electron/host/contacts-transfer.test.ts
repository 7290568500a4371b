import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../electron/services/app-services';
import { contract, createClient } from '../../../shared/contract/index';
import { createHttpTransport } from '../../../renderer/src/api/http-transport';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { cleanOldUploads, uploadsDir } from '../../../electron/services/import/uploads';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const running: { host: RunningHost; core: AppCore }[] = [];
afterEach(async () => {
  for (const { host, core } of running.splice(0)) {
    await host.close();
    await core.stop();
  }
});

async function start(maxUploadBytes?: number) {
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
  const dataDir = tempDir();
  const core = startCore({ dataDir, host: 'browser', appVersion: 'test' });
  const host = await startHost({ core, staticDir, port: 0, ...(maxUploadBytes ? { maxUploadBytes } : {}) });
  running.push({ host, core });
  const post = (url: string, body: string | Blob, type: string, token = host.token) =>
    fetch(`${host.url}${url}`, {
      method: 'POST',
      headers: { 'Content-Type': type, Authorization: `Bearer ${token}` },
      body,
    });
  const call = async (service: string, method: string, input: unknown) => {
    const response = await post(`api/call/${service}/${method}`, JSON.stringify(input), 'application/json');
    return ((await response.json()) as { value: unknown }).value;
  };
  return { host, core, dataDir, post, call };
}

describe('imports.upload over HTTP', () => {
  it('streams a file to uploads/ and an import reads it by id', async () => {
    const { post, call, dataDir } = await start();
    const response = await post(
      'api/upload/imports/upload',
      'customerId,email\nu-1,u1@example.com\n',
      'application/octet-stream',
    );
    expect(response.status).toBe(200);
    const { value } = (await response.json()) as { value: { uploadId: string } };
    expect(fs.readdirSync(uploadsDir(dataDir))).toEqual([`${value.uploadId}.upload`]);
    if (process.platform !== 'win32') {
      // An uploaded CSV holds contacts: readable by the owner only, like the database.
      expect((fs.statSync(uploadsDir(dataDir)).mode & 0o777).toString(8)).toBe('700');
      expect((fs.statSync(path.join(uploadsDir(dataDir), `${value.uploadId}.upload`)).mode & 0o777).toString(8)).toBe(
        '600',
      );
    }
    const preview = (await call('imports', 'preview', { source: { uploadId: value.uploadId } })) as {
      columns: string[];
    };
    expect(preview.columns).toEqual(['customerId', 'email']);
  });

  it('needs the token and the octet-stream type', async () => {
    const { post } = await start();
    expect((await post('api/upload/imports/upload', 'x', 'application/octet-stream', 'wrong')).status).toBe(401);
    expect((await post('api/upload/imports/upload', 'x', 'text/csv')).status).toBe(400);
  });

  it('refuses a file over the size limit with 413 and keeps nothing of it', async () => {
    const { post, dataDir } = await start(1000);
    const response = await post(
      'api/upload/imports/upload',
      new Blob([new Uint8Array(5000)]),
      'application/octet-stream',
    ).catch(() => null);
    if (response) expect(response.status).toBe(413);
    expect(fs.existsSync(uploadsDir(dataDir)) ? fs.readdirSync(uploadsDir(dataDir)) : []).toEqual([]);
  });

  it('cleans uploads older than a day', () => {
    const dataDir = tempDir();
    fs.mkdirSync(uploadsDir(dataDir));
    const old = path.join(uploadsDir(dataDir), 'old.upload');
    fs.writeFileSync(old, 'x');
    fs.writeFileSync(path.join(uploadsDir(dataDir), 'new.upload'), 'x');
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    fs.utimesSync(old, twoDaysAgo, twoDaysAgo);
    expect(cleanOldUploads(dataDir, new Date())).toBe(1);
    expect(fs.readdirSync(uploadsDir(dataDir))).toEqual(['new.upload']);
  });
});

describe('contacts.exportCsv over HTTP', () => {
  it("streams all contacts, a list or a filter's result as CSV with a file name", async () => {
    const { post, call } = await start();
    await call('fields', 'create', { key: 'tags', label: 'Tags', type: 'textList' });
    for (let i = 1; i <= 12; i += 1)
      await call('contacts', 'save', {
        contact: {
          customerId: `c-${String(i).padStart(2, '0')}`,
          email: `c${i}@example.com`,
          tags: i % 2 ? ['a', 'b, c'] : [],
        },
      });
    const list = (await call('lists', 'create', { name: 'Köln VIPs' })) as { id: string };
    await call('lists', 'addMembers', { id: list.id, customerIds: ['c-03', 'c-07'] });

    const all = await post('api/download/contacts/exportCsv', '{}', 'application/json');
    expect(all.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(all.headers.get('content-disposition')).toMatch(
      /^attachment; filename="contacts-all-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const rows = Papa.parse<string[]>((await all.text()).trim()).data;
    expect(rows[0]).toEqual([
      'customerId',
      'email',
      'phone',
      'telegramChatId',
      'pushTokens',
      'language',
      'timeZone',
      'createdAt',
      'tags',
    ]);
    expect(rows).toHaveLength(13);
    expect(rows[1]?.slice(0, 2)).toEqual(['c-01', 'c1@example.com']);
    expect(rows[1]?.[8]).toBe('["a","b, c"]');

    const inList = await post(
      'api/download/contacts/exportCsv',
      JSON.stringify({ listId: list.id }),
      'application/json',
    );
    expect(inList.headers.get('content-disposition')).toContain("filename*=UTF-8''contacts-K%C3%B6ln-VIPs-");
    expect(
      Papa.parse<string[]>((await inList.text()).trim())
        .data.slice(1)
        .map((row) => row[0]),
    ).toEqual(['c-03', 'c-07']);

    const filter = {
      combinator: 'and',
      groups: [{ combinator: 'and', rules: [{ field: 'tags', operator: 'contains', value: 'a' }] }],
    };
    const filtered = await post('api/download/contacts/exportCsv', JSON.stringify({ filter }), 'application/json');
    expect(Papa.parse<string[]>((await filtered.text()).trim()).data).toHaveLength(7);

    expect(
      (await post('api/download/contacts/exportCsv', JSON.stringify({ listId: 'nope' }), 'application/json')).status,
    ).toBe(404);
    expect((await post('api/download/contacts/exportCsv', '{}', 'application/json', 'wrong')).status).toBe(401);
  });
});

describe('uploads and downloads are contract methods', () => {
  it('refuses a bad export selection naming the field, before any file starts', async () => {
    const { post } = await start();
    const response = await post('api/download/contacts/exportCsv', JSON.stringify({ listId: 7 }), 'application/json');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as { error: { code: string; message: string; issues: unknown[] } };
    expect(body.error.code).toBe('BAD_INPUT');
    expect(body.error.message).toMatch(/^Invalid input for contacts\.exportCsv: listId: /);
    expect(body.error.issues).toEqual([{ path: 'listId', message: expect.any(String) }]);

    const extra = await post('api/download/contacts/exportCsv', JSON.stringify({ list: 'x' }), 'application/json');
    expect(((await extra.json()) as { error: { message: string } }).error.message).toContain('list');
  });

  it('answers a method called as the wrong kind with what it is', async () => {
    const { post } = await start();
    const asCall = await post('api/call/contacts/exportCsv', '{}', 'application/json');
    expect(asCall.status).toBe(400);
    expect(((await asCall.json()) as { error: { message: string } }).error.message).toBe(
      '"contacts.exportCsv" is a download, not a call.',
    );
    const asUpload = await post('api/upload/contacts/query', 'x', 'application/octet-stream');
    expect(((await asUpload.json()) as { error: { message: string } }).error.message).toBe(
      '"contacts.query" is a call, not an upload.',
    );
    expect((await post('api/download/contacts/nothing', '{}', 'application/json')).status).toBe(404);
  });

  it("the browser's client uploads and downloads through the contract over real HTTP", async () => {
    const { host, core } = await start();
    const client = createClient(contract, createHttpTransport(host.url, host.token));
    expect(client.host).toBe('browser');
    const { uploadId } = await client.imports.upload(new Blob(['customerId,email\nu-1,u1@example.com\n']));
    const preview = await client.imports.preview({ source: { uploadId } });
    expect(preview.columns).toEqual(['customerId', 'email']);

    await core.dispatcher.dispatch('contacts', 'save', { contact: { customerId: 'c-1' } });
    const list = await client.lists.create({ name: 'Köln VIPs' });
    await client.lists.addMembers({ id: list.id, customerIds: ['c-1'] });
    const file = await client.contacts.exportCsv({ listId: list.id });
    expect(file.fileName).toMatch(/^contacts-Köln-VIPs-\d{4}-\d{2}-\d{2}\.csv$/);
    expect((await file.blob.text()).split('\r\n')[1]).toMatch(/^c-1,/);

    await expect(client.contacts.exportCsv({ listId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(client.contacts.exportCsv({ filter: { combinator: 'and' } as never })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('filter.groups'),
    });
  });
});
