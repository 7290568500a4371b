import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createImportsService } from '../../../../electron/services/import/imports-service';
import { deferContactIndexes } from '../../../../electron/services/import/deferred-indexes';
import { openStore } from '../../../../electron/services/store/store';
import type { Db } from '../../../../electron/services/store/database';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';
import { READING_MODES, useImportWorker, type ReadingMode } from './support/import-worker';
import { writeGeneratedCsv } from './support/run-import';

const tempDir = useTempDir();
const connect = useCores(tempDir);
const readingOptions = useImportWorker();

const MAPPING = {
  customerId: { to: 'field' as const, key: 'customerId' },
  email: { to: 'field' as const, key: 'email' },
  language: { to: 'field' as const, key: 'language' },
};

function contactIndexes(db: Db): string[] {
  return db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'contacts' AND sql IS NOT NULL ORDER BY name",
    )
    .pluck()
    .all() as string[];
}

function deferred(db: Db): number {
  return db.prepare('SELECT count(*) FROM deferred_indexes').pluck().get() as number;
}

/** The imports service with a bulk threshold small enough for a test file, and what it saw while running. */
function bulkImports(options: { bulkMinRows: number; batchSize?: number; mode: ReadingMode }) {
  const { core, client } = connect({ host: 'electron' });
  const db = core.context.store.db;
  const { importWorkerPath, importWorkerMinBytes } = readingOptions(options.mode);
  const imports = createImportsService(core.context, {
    batchSize: options.batchSize ?? 1000,
    bulkMinRows: options.bulkMinRows,
    workerPath: importWorkerPath,
    workerMinBytes: importWorkerMinBytes,
  });
  const seenWhileRunning: string[][] = [];
  core.events.subscribe((event, payload) => {
    if (
      event === 'importProgress' &&
      (payload as { state: string; rowsImported: number }).state === 'running' &&
      (payload as { rowsImported: number }).rowsImported > 0
    ) {
      seenWhileRunning.push(contactIndexes(db));
    }
  });
  const run = async (file: string, extra: Partial<Parameters<typeof imports.start>[0]> = {}) => {
    const { jobId } = await imports.start({
      source: { path: file },
      mapping: MAPPING,
      existing: 'update',
      defaultCountry: 'DE',
      ...extra,
    });
    for (;;) {
      const summary = await imports.status({ jobId });
      if (summary.state !== 'running') return summary;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  };
  return { core, client, db, imports, run, seenWhileRunning };
}

describe.each(READING_MODES)('bulk imports, files read %s,', (mode) => {
  it('set the contact indexes aside while a large file is written, and rebuild them before the import ends', async () => {
    const { db, run, seenWhileRunning, client } = bulkImports({ bulkMinRows: 5000, mode });
    const before = contactIndexes(db);
    expect(before).toEqual([
      'contacts_by_created',
      'contacts_by_email',
      'contacts_by_email_folded',
      'contacts_by_language',
      'contacts_by_phone',
      'contacts_by_time_zone',
    ]);

    const summary = await run(writeGeneratedCsv(tempDir(), 20_000));
    expect(summary).toMatchObject({
      state: 'done',
      rowsImported: 20_000,
      message: 'Imported 20,000 new, updated 0, skipped 0 existing; 0 rejected.',
    });
    expect(seenWhileRunning.length).toBeGreaterThan(0);
    expect(seenWhileRunning[0]).toEqual([]);
    expect(contactIndexes(db)).toEqual(before);
    expect(deferred(db)).toBe(0);
    // The rebuilt index serves the search again.
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT * FROM contacts AS c WHERE lower(c.email) >= 'g19' AND lower(c.email) < 'g19z'",
      )
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain('contacts_by_email_folded');
    expect(
      (await client.contacts.query({ search: 'G1999', offset: 0, limit: 10 })).rows.map((row) => row.customerId),
    ).toEqual([
      'g-01999',
      'g-19990',
      'g-19991',
      'g-19992',
      'g-19993',
      'g-19994',
      'g-19995',
      'g-19996',
      'g-19997',
      'g-19998',
    ]);
  });

  it('keep the indexes for a file smaller than what is stored', async () => {
    const { run, seenWhileRunning } = bulkImports({ bulkMinRows: 5000, mode });
    await run(writeGeneratedCsv(tempDir(), 12_000));
    const smaller = path.join(tempDir(), 'smaller.csv');
    fs.writeFileSync(
      smaller,
      `customerId,email,language\n${Array.from({ length: 6000 }, (_, i) => `n-${i},n${i}@example.com,de`).join('\n')}\n`,
    );
    seenWhileRunning.length = 0;
    expect(await run(smaller)).toMatchObject({ state: 'done', rowsImported: 6000 });
    expect(seenWhileRunning.length).toBeGreaterThan(0);
    expect(seenWhileRunning.every((names) => names.length === 6)).toBe(true);
  });

  it('rebuild the indexes after a cancel, keeping whole batches only', async () => {
    const { db, imports, seenWhileRunning } = bulkImports({ bulkMinRows: 5000, mode });
    const { jobId } = await imports.start({
      source: { path: writeGeneratedCsv(tempDir(), 30_000) },
      mapping: MAPPING,
      existing: 'update',
      defaultCountry: 'DE',
    });
    while ((await imports.status({ jobId })).rowsImported === 0) await new Promise((resolve) => setImmediate(resolve));
    await imports.cancel({ jobId });
    let summary = await imports.status({ jobId });
    while (summary.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 2));
      summary = await imports.status({ jobId });
    }
    const stored = db.prepare('SELECT count(*) FROM contacts').pluck().get() as number;
    expect(summary.state).toBe('cancelled');
    expect(stored).toBe(summary.rowsImported);
    expect(stored % 1000).toBe(0);
    expect(seenWhileRunning[0]).toEqual([]);
    expect(contactIndexes(db)).toHaveLength(6);
    expect(deferred(db)).toBe(0);
  });

  it('change nothing, indexes included, when the first batch fails', async () => {
    const { db, core, run } = bulkImports({ bulkMinRows: 5000, mode });
    db.exec(
      "CREATE TEMP TRIGGER boom BEFORE INSERT ON contacts WHEN NEW.customer_id = 'g-00500' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END",
    );
    const summary = await run(writeGeneratedCsv(tempDir(), 20_000), { addToList: { newListName: 'Bulk' } });
    expect(summary).toMatchObject({
      state: 'failed',
      rowsImported: 0,
      message: 'The import failed in the batch starting on line 2: disk on fire. Nothing was changed.',
    });
    expect(contactIndexes(db)).toHaveLength(6);
    expect(deferred(db)).toBe(0);
    expect(core.context.store.lists.list()).toEqual([]);
  });
});

describe('bulk imports', () => {
  it('that a crash stopped are repaired at the next start', () => {
    const dir = tempDir();
    const store = openStore(dir);
    store.db
      .prepare(
        "INSERT INTO contacts (customer_id, email, created_at) VALUES ('c-1', 'A@example.com', '2025-01-01T00:00:00.000Z')",
      )
      .run();
    const before = contactIndexes(store.db);
    store.transaction(() => deferContactIndexes(store.db));
    expect(contactIndexes(store.db)).toEqual([]);
    expect(deferred(store.db)).toBe(6);
    // The process dies here: nothing rebuilds the indexes before the file is closed.
    store.close();

    const { core } = connect({ dataDir: dir });
    expect(contactIndexes(core.context.store.db)).toEqual(before);
    expect(deferred(core.context.store.db)).toBe(0);
  });
});
