import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';
import { READING_MODES, useImportWorker } from './support/import-worker';
import { FIXTURES, waitForImport, writeGeneratedCsv } from './support/run-import';

const tempDir = useTempDir();
const cores = useCores(tempDir);
// Files are read by path as the desktop app does; the browser host only takes uploads (tested below).
const connect = (options: Parameters<typeof cores>[0] = {}) => cores({ host: 'electron', ...options });
const fixture = (name: string) => ({ path: path.join(FIXTURES, name) });
const readingOptions = useImportWorker();

describe('import sources', () => {
  it('refuses file paths in browser mode, so a page cannot read files of this machine', async () => {
    const { client } = cores({ host: 'browser' });
    await expect(client.imports.preview({ source: fixture('bom-semicolon-crlf.csv') })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('upload the file'),
    });
  });
});

describe('CSV preview', () => {
  it('reads a BOM, semicolons, CRLF and a quoted line break, and suggests a mapping by header name', async () => {
    const { client } = connect();
    const preview = await client.imports.preview({ source: fixture('bom-semicolon-crlf.csv') });
    expect(preview).toMatchObject({
      delimiter: ';',
      encoding: 'utf-8',
      columns: ['Customer ID', 'E-Mail', 'Phone', 'City', 'Notes'],
    });
    expect(preview.rows[0]).toEqual(['K-001', 'Anna@Example.DE', '0151 23456789', 'Köln', 'Prefers "SMS"; evenings']);
    expect(preview.rows[1]?.[4]).toBe('Line one\r\nline two');
    expect(preview.suggestedMapping).toEqual({
      'Customer ID': { to: 'field', key: 'customerId' },
      'E-Mail': { to: 'field', key: 'email' },
      Phone: { to: 'field', key: 'phone' },
      City: { to: 'ignore' },
      Notes: { to: 'ignore' },
    });
  });

  it('detects Latin-1 and UTF-16, and takes an override', async () => {
    const { client } = connect();
    const latin = await client.imports.preview({ source: fixture('latin1.csv') });
    expect(latin).toMatchObject({
      encoding: 'latin1',
      rows: [
        ['l-1', 'Jürgen', 'Köln'],
        ['l-2', 'Zoë', 'Besançon'],
        ['l-3', 'Renée', '€uro'],
      ],
    });
    const utf16 = await client.imports.preview({ source: fixture('utf16le-tabs.csv') });
    expect(utf16).toMatchObject({
      encoding: 'utf-16le',
      delimiter: '\t',
      columns: ['customerId', 'email'],
      rows: [
        ['u-1', 'u1@example.com'],
        ['u-2', 'u2@example.com'],
      ],
    });
    const forced = await client.imports.preview({ source: fixture('latin1.csv'), encoding: 'utf-8', delimiter: ';' });
    expect(forced.columns).toEqual(['customerId,firstName,city']);
  });

  it('offers a template with every field and an example row that imports cleanly', async () => {
    const { client } = connect();
    await client.fields.create({ key: 'tier', label: 'Tier', type: 'choice', options: ['Gold', 'Silver'] });
    const template = await client.imports.template();
    expect(template.fileName).toBe('contacts-template.csv');
    expect(template.csv.split('\r\n')[0]).toBe(
      'customerId,email,phone,telegramChatId,pushTokens,language,timeZone,createdAt,tier',
    );
  });
});

describe.each(READING_MODES)('CSV import, files read %s', (mode) => {
  const connect = (options: Parameters<typeof cores>[0] = {}) =>
    cores({ host: 'electron', ...readingOptions(mode), ...options });

  it('imports the awkward fixture: normalised values, rejects with line and reason, repeats merged (last wins)', async () => {
    const { client, events } = connect();
    await client.fields.create({ key: 'firstName', label: 'First name', type: 'text' });
    await client.fields.create({ key: 'loyaltyPoints', label: 'Loyalty points', type: 'number' });
    const source = fixture('messy.csv');
    const { suggestedMapping } = await client.imports.preview({ source });
    expect(suggestedMapping).toMatchObject({
      customer_id: { key: 'customerId' },
      'first name': { key: 'firstName' },
      'Loyalty Points': { key: 'loyaltyPoints' },
    });
    const started = await client.imports.start({
      source,
      mapping: { ...suggestedMapping, 'Favourite colour': { to: 'newField', key: 'favouriteColour', type: 'text' } },
      existing: 'update',
      defaultCountry: 'DE',
      addToList: { newListName: 'From messy.csv' },
    });
    const done = await waitForImport(client, started.jobId);
    expect(done).toMatchObject({
      state: 'done',
      rowsRead: 8,
      rowsImported: 2,
      rowsUpdated: 1,
      rowsSkipped: 0,
      rowsRejected: 5,
    });
    const rejects = Papa.parse<string[]>((await client.imports.rejects({ jobId: started.jobId })).csv.trim()).data;
    expect(rejects).toEqual([
      [
        'line',
        'reason',
        'customer_id',
        'email',
        'phone',
        'first name',
        'Loyalty Points',
        'Favourite colour',
        'Internal note',
      ],
      ['3', 'email: "not-an-email" has no @', 'm-2', 'not-an-email', '+4915123456780', 'Ben', '20', 'red', 'y'],
      ['4', 'phone: "12" is not a valid DE phone number', 'm-3', 'ok3@example.com', '12', 'Cleo', '30', 'green', 'z'],
      ['5', 'customerId is empty', '', 'nobody@example.com', '', 'Dan', '40', '', ''],
      ['8', expect.stringMatching(/^loyaltyPoints: "many"/), 'm-4', 'ok4@example.com', '', 'Eve', 'many', '', ''],
      [
        '9',
        'The row has 9 values but the header has 7 columns',
        'm-5',
        'ok5@example.com',
        '',
        'Fay',
        '50',
        '',
        '',
        'too',
        'many',
      ],
    ]);
    const m1 = (await client.contacts.get({ customerId: 'm-1' })).contact;
    // The repeat on line 6 won, but its empty phone kept the phone from line 2.
    expect(m1).toMatchObject({
      email: 'ok1-again@example.com',
      phone: '+4915123456789',
      attributes: { firstName: 'Ada L.', loyaltyPoints: 11, favouriteColour: 'blue' },
    });
    expect((await client.contacts.get({ customerId: 'm-6' })).contact).toMatchObject({
      email: 'six@example.com',
      attributes: { firstName: 'Gus, Jr.' },
    });
    const [list] = await client.lists.list();
    expect(list).toMatchObject({ name: 'From messy.csv', size: 2 });
    expect((await client.fields.list()).map((field) => field.key)).toContain('favouriteColour');
    expect(events.filter((event) => event.event === 'importProgress').at(-1)?.payload).toMatchObject({ state: 'done' });
    expect(events).toContainEqual({ event: 'contactsChanged', payload: { reason: 'import' } });
  });

  it('skips existing contacts when asked, and imports a BOM/semicolon file with a default country', async () => {
    const { client } = connect();
    await client.contacts.save({ contact: { customerId: 'K-001', email: 'kept@example.com' } });
    const source = fixture('bom-semicolon-crlf.csv');
    const { suggestedMapping } = await client.imports.preview({ source });
    const { jobId } = await client.imports.start({
      source,
      mapping: suggestedMapping,
      existing: 'skip',
      defaultCountry: 'DE',
    });
    expect(await waitForImport(client, jobId)).toMatchObject({
      state: 'done',
      rowsImported: 2,
      rowsSkipped: 1,
      rowsRejected: 0,
    });
    expect((await client.contacts.get({ customerId: 'K-001' })).contact.email).toBe('kept@example.com');
    expect((await client.contacts.get({ customerId: 'K-002' })).contact.phone).toBe('+491701234567');
  });

  it('imports Latin-1 text correctly', async () => {
    const { client } = connect();
    await client.fields.create({ key: 'firstName', label: 'First name', type: 'text' });
    await client.fields.create({ key: 'city', label: 'City', type: 'text' });
    const source = fixture('latin1.csv');
    const { suggestedMapping } = await client.imports.preview({ source });
    const { jobId } = await client.imports.start({
      source,
      mapping: suggestedMapping,
      existing: 'update',
      defaultCountry: 'DE',
    });
    await waitForImport(client, jobId);
    expect((await client.contacts.get({ customerId: 'l-3' })).contact.attributes).toEqual({
      firstName: 'Renée',
      city: '€uro',
    });
  });

  it('refuses a mapping without customerId, or with a column mapped twice', async () => {
    const { client } = connect();
    const source = fixture('latin1.csv');
    await expect(
      client.imports.start({
        source,
        mapping: { customerId: { to: 'ignore' } },
        existing: 'update',
        defaultCountry: 'DE',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: 'Map a column to customerId: contacts are matched by it.',
    });
    await expect(
      client.imports.start({
        source,
        mapping: { customerId: { to: 'field', key: 'customerId' }, city: { to: 'field', key: 'nope' } },
        existing: 'update',
        defaultCountry: 'DE',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: 'Column "city" is mapped to "nope", which is not a customer field.',
    });
  });

  it('cancelling leaves whole batches only, and says how many rows that was', async () => {
    const { client, core } = connect({ importBatchSize: 1000 });
    const source = { path: writeGeneratedCsv(tempDir(), 30_000) };
    const mapping = {
      customerId: { to: 'field' as const, key: 'customerId' },
      email: { to: 'field' as const, key: 'email' },
      language: { to: 'field' as const, key: 'language' },
    };
    const { jobId } = await client.imports.start({ source, mapping, existing: 'update', defaultCountry: 'DE' });
    while ((await client.imports.status({ jobId })).rowsImported === 0)
      await new Promise((resolve) => setImmediate(resolve));
    await client.imports.cancel({ jobId });
    const summary = await waitForImport(client, jobId);
    const db = core.context.store.db;
    const stored = db.prepare('SELECT count(*) FROM contacts').pluck().get() as number;
    expect(summary).toMatchObject({ state: 'cancelled' });
    expect(stored).toBe(summary.rowsImported);
    expect(stored % 1000).toBe(0);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(30_000);
    expect(db.prepare('SELECT count(*) FROM contacts WHERE email IS NULL OR language IS NULL').pluck().get()).toBe(0);
    expect(summary.message).toBe(
      `${stored.toLocaleString('en-US')} rows were imported in whole batches before you cancelled; nothing else was changed.`,
    );
  });

  it('a batch that fails midway is rolled back whole; earlier batches stay', async () => {
    const { client, core } = connect({ importBatchSize: 1000 });
    // A real failure inside the database, on the 2,500th row (the third batch).
    core.context.store.db.exec(
      "CREATE TEMP TRIGGER boom BEFORE INSERT ON contacts WHEN NEW.customer_id = 'g-02500' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END",
    );
    const source = { path: writeGeneratedCsv(tempDir(), 5000) };
    const mapping = {
      customerId: { to: 'field' as const, key: 'customerId' },
      email: { to: 'field' as const, key: 'email' },
    };
    const { jobId } = await client.imports.start({
      source,
      mapping,
      existing: 'skip',
      defaultCountry: 'DE',
      addToList: { newListName: 'Batchy' },
    });
    const summary = await waitForImport(client, jobId);
    expect(summary).toMatchObject({ state: 'failed', rowsImported: 2000 });
    expect(summary.message).toBe(
      'The import failed in the batch starting on line 2002: disk on fire. 2,000 rows were imported in whole batches before it; that batch and the rest of the file were not imported.',
    );
    expect(core.context.store.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(2000);
    expect((await client.lists.list())[0]).toMatchObject({ name: 'Batchy', size: 2000 });
  });
});
