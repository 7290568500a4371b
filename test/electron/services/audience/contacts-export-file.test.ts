import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contactToRow, CONTACT_INSERT_SQL } from '../../../../electron/services/audience/contacts-table';
import { GENERATED_CUSTOM_FIELDS, generateContacts } from '../../../support/generate-contacts';
import type { Filter } from '../../../../shared/model/index';
import type { NativeDialogs, SaveFileRequest } from '../../../../electron/services/ports/native-dialogs';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';

const tempDir = useTempDir('journey-studio-export-');
const connect = useCores(tempDir);

/**
 * The desktop port as the main process implements it (fs.writeFile takes text and chunk iterables
 * alike), with the user's choice in the save dialog played by `answer`.
 */
function fakeDialogs(answer: (request: SaveFileRequest) => string | null) {
  const requests: Omit<SaveFileRequest, 'content'>[] = [];
  const chunkSizes: number[] = [];
  const dialogs: NativeDialogs = {
    async saveFile(request) {
      const { content, ...shown } = request;
      requests.push(shown);
      const target = answer(request);
      if (target === null) return null;
      const counted =
        typeof content === 'string' || content instanceof Uint8Array ? content : countChunks(content, chunkSizes);
      await fs.promises.writeFile(target, counted);
      return { path: target };
    },
    openFile: () => Promise.reject(new Error('not used here')),
  };
  return { dialogs, requests, chunkSizes };
}

async function* countChunks(chunks: Iterable<string> | AsyncIterable<string>, sizes: number[]): AsyncGenerator<string> {
  for await (const chunk of chunks) {
    sizes.push(chunk.length);
    yield chunk;
  }
}

function readCsv(file: string): string[][] {
  return Papa.parse<string[]>(fs.readFileSync(file, 'utf8').trim()).data;
}

async function desktop(
  answer: (request: SaveFileRequest) => string | null = (request) =>
    path.join(tempDir(), request.defaultPath ?? 'export.csv'),
) {
  const fake = fakeDialogs(answer);
  const connection = connect({ host: 'electron', dialogs: fake.dialogs });
  return { ...connection, ...fake };
}

describe('contacts export to a file (desktop)', () => {
  it('writes every contact where the save dialog points, and says how many rows', async () => {
    const { client, requests } = await desktop();
    await client.fields.create({ key: 'tags', label: 'Tags', type: 'textList' });
    for (let i = 1; i <= 3; i += 1)
      await client.contacts.save({
        contact: { customerId: `c-${i}`, email: `c${i}@example.com`, tags: i === 2 ? ['a', 'b, c'] : [] },
      });

    const result = await client.contacts.exportToFile({});
    expect(result.rows).toBe(3);
    expect(path.basename(result.path ?? '')).toMatch(/^contacts-all-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = readCsv(result.path!);
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
    expect(rows.slice(1).map((row) => [row[0], row[1], row[8]])).toEqual([
      ['c-1', 'c1@example.com', ''],
      ['c-2', 'c2@example.com', '["a","b, c"]'],
      ['c-3', 'c3@example.com', ''],
    ]);
    expect(requests).toEqual([
      {
        title: 'Export contacts',
        defaultPath: path.basename(result.path!),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      },
    ]);
  });

  it("exports a list's members or a filter's matches, as the download does", async () => {
    const { client } = await desktop();
    for (let i = 1; i <= 6; i += 1)
      await client.contacts.save({ contact: { customerId: `c-${i}`, language: i % 2 ? 'de' : 'en' } });
    const list = await client.lists.create({ name: 'Köln VIPs' });
    await client.lists.addMembers({ id: list.id, customerIds: ['c-2', 'c-5'] });

    const inList = await client.contacts.exportToFile({ listId: list.id });
    expect(path.basename(inList.path!)).toMatch(/^contacts-Köln-VIPs-/);
    expect(
      readCsv(inList.path!)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['c-2', 'c-5']);
    expect(inList.rows).toBe(2);

    const german: Filter = {
      combinator: 'and',
      groups: [{ combinator: 'and', rules: [{ field: 'language', operator: 'equals', value: 'de' }] }],
    };
    const filtered = await client.contacts.exportToFile({ filter: german });
    expect(
      readCsv(filtered.path!)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['c-1', 'c-3', 'c-5']);
    expect(filtered.rows).toBe(3);

    const both = await client.contacts.exportToFile({ listId: list.id, filter: german });
    expect(
      readCsv(both.path!)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['c-5']);
  });

  it('streams a large export page by page instead of building it in memory', async () => {
    const { client, core, chunkSizes } = await desktop();
    for (const field of GENERATED_CUSTOM_FIELDS) await client.fields.create(field);
    const insert = core.context.store.db.prepare(CONTACT_INSERT_SQL);
    core.context.store.transaction(() =>
      generateContacts(12_000).forEach((contact) => insert.run(contactToRow(contact))),
    );

    const result = await client.contacts.exportToFile({});
    expect(result.rows).toBe(12_000);
    const rows = readCsv(result.path!);
    expect(rows).toHaveLength(12_001);
    expect(rows[12_000]?.[0]).toBe('cus_0012000');
    // The header, then one chunk per page of 5,000.
    expect(chunkSizes).toHaveLength(4);
    expect(Math.max(...chunkSizes)).toBeLessThan(fs.statSync(result.path!).size / 2);
  });

  it('returns no path and writes nothing when the dialog is cancelled', async () => {
    const { client, requests } = await desktop(() => null);
    await client.contacts.save({ contact: { customerId: 'c-1' } });
    await expect(client.contacts.exportToFile({})).resolves.toEqual({ path: null, rows: 0 });
    expect(requests).toHaveLength(1);
  });

  it('refuses an unknown list before any dialog opens', async () => {
    const { client, requests } = await desktop();
    await expect(client.contacts.exportToFile({ listId: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no contact list with id "nope".',
    });
    expect(requests).toEqual([]);
  });

  it('refuses a malformed selection naming what is wrong', async () => {
    const { client } = await desktop();
    const failure = await client.contacts
      .exportToFile({ listId: 'x', everything: true } as never)
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'BAD_INPUT' });
    expect(JSON.stringify(failure)).toContain('everything');
  });
});

describe('contacts export to a file (browser mode)', () => {
  it('is UNAVAILABLE with a message pointing to the download', async () => {
    const { client } = connect({ host: 'browser' });
    await expect(client.contacts.exportToFile({})).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message:
        'Exporting contacts to a file through a save dialog needs the desktop app; in the browser the export is a download instead.',
    });
  });
});
