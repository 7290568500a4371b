import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_FIELDS, type FieldDefinition } from '../../../../shared/audience/index';
import { readCsvInBatches, type CsvBatch, type CsvReadSetup } from '../../../../electron/services/import/csv-batches';
import { readCsvInWorker } from '../../../../electron/services/import/worker-reading';
import { useTempDir } from '../../../support/temp-dir';
import { useImportWorker, type ReadingMode } from './support/import-worker';
import { FIXTURES, writeGeneratedCsv } from './support/run-import';

const tempDir = useTempDir();
const readingOptions = useImportWorker();

const field = (key: string): FieldDefinition => BUILTIN_FIELDS.find((candidate) => candidate.key === key)!;
const LOYALTY: FieldDefinition = {
  key: 'loyaltyPoints',
  label: 'Loyalty points',
  description: '',
  type: 'number',
  builtIn: false,
};

function messySetup(batchSize: number): CsvReadSetup {
  return {
    file: path.join(FIXTURES, 'messy.csv'),
    encoding: 'utf-8',
    delimiter: ',',
    columnCount: 7,
    plan: [
      { index: 0, field: field('customerId') },
      { index: 1, field: field('email') },
      { index: 2, field: field('phone') },
      { index: 4, field: LOYALTY },
    ],
    defaultCountry: 'DE',
    now: '2026-11-21T10:00:00.000Z',
    batchSize,
  };
}

/**
 * Every batch the reading hands over, taken after `delayMs` (a slow writer). How far the file had
 * been read when a batch was cut depends on timing, so bytesRead is kept for the last batch only.
 */
async function readAll(mode: ReadingMode, setup: CsvReadSetup, delayMs = 0): Promise<CsvBatch[]> {
  const batches: CsvBatch[] = [];
  const take = async (batch: CsvBatch) => {
    batches.push(batch);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  };
  const workerPath = readingOptions(mode).importWorkerPath;
  const reading = workerPath === undefined ? readCsvInBatches(setup, take) : readCsvInWorker(workerPath, setup, take);
  await reading.finished;
  return batches.map((batch, index) => (index === batches.length - 1 ? batch : { ...batch, bytesRead: -1 }));
}

describe('reading a CSV in batches', () => {
  it('hands over whole batches of normalised rows, with rejects, lines and the header', async () => {
    const batches = await readAll('in-process', messySetup(2));
    expect(batches.map((batch) => batch.rows.map((row) => row.values[0]))).toEqual([['m-1', 'm-1'], ['m-6']]);
    // papaparse hands the small file over in one chunk: every reject and read row comes with the first batch.
    expect(batches[0]).toMatchObject({
      firstLine: 2,
      rowsRead: 8,
      header: ['customer_id', 'email', 'phone', 'first name', 'Loyalty Points', 'Favourite colour', 'Internal note'],
    });
    expect(batches[0]!.rows[0]).toEqual({
      values: [
        'm-1',
        'ok1@example.com',
        '+4915123456789',
        null,
        '[]',
        null,
        null,
        '2026-11-21T10:00:00.000Z',
        '{"loyaltyPoints":10}',
      ],
      createdAtGiven: false,
    });
    expect(batches[0]!.rejects.map((reject) => [reject.line, reject.reason.slice(0, 20)])).toEqual([
      [3, 'email: "not-an-email'],
      [4, 'phone: "12" is not a'],
      [5, 'customerId is empty'],
      [8, 'loyaltyPoints: "many'],
      [9, 'The row has 9 values'],
    ]);
    expect(batches[1]).toMatchObject({
      firstLine: 10,
      rowsRead: 0,
      rejects: [],
      header: null,
      bytesRead: fs.statSync(messySetup(2).file).size,
    });
  });

  it('gives the same batches on the worker thread as in-process, even when the writer is slow', async () => {
    const inProcess = await readAll('in-process', messySetup(1));
    expect(await readAll('on the worker', messySetup(1), 5)).toEqual(inProcess);
    const file = writeGeneratedCsv(tempDir(), 12_000);
    const generated: CsvReadSetup = {
      ...messySetup(1000),
      file,
      columnCount: 3,
      plan: [
        { index: 0, field: field('customerId') },
        { index: 1, field: field('email') },
        { index: 2, field: field('language') },
      ],
    };
    const expected = await readAll('in-process', generated);
    expect(expected).toHaveLength(12);
    expect(await readAll('on the worker', generated, 2)).toEqual(expected);
  });

  it.each(['in-process', 'on the worker'] as const)(
    'rejects with what went wrong when the file cannot be read (%s)',
    async (mode) => {
      const missing = { ...messySetup(2), file: path.join(tempDir(), 'gone.csv') };
      await expect(readAll(mode, missing)).rejects.toThrow(/ENOENT/);
    },
  );

  it.each(['in-process', 'on the worker'] as const)(
    'stops at a batch the writer refuses, and rejects with its error (%s)',
    async (mode) => {
      const file = writeGeneratedCsv(tempDir(), 5000);
      const setup: CsvReadSetup = {
        ...messySetup(1000),
        file,
        columnCount: 3,
        plan: [{ index: 0, field: field('customerId') }],
      };
      const taken: number[] = [];
      const take = (batch: CsvBatch) => {
        if (taken.length === 2) throw new Error('disk on fire');
        taken.push(batch.firstLine);
      };
      const workerPath = readingOptions(mode).importWorkerPath;
      const reading =
        workerPath === undefined ? readCsvInBatches(setup, take) : readCsvInWorker(workerPath, setup, take);
      await expect(reading.finished).rejects.toThrow('disk on fire');
      expect(taken).toEqual([2, 1002]);
    },
  );

  it('hands rejects over as they pile up, so a file of bad rows neither hoards them nor goes silent', async () => {
    const file = path.join(tempDir(), 'bad.csv');
    fs.writeFileSync(
      file,
      `customerId,email\n${Array.from({ length: 30_000 }, (_, i) => `b-${i},not-an-email-${i}`).join('\n')}\n`,
    );
    const setup: CsvReadSetup = {
      ...messySetup(1000),
      file,
      columnCount: 2,
      plan: [
        { index: 0, field: field('customerId') },
        { index: 1, field: field('email') },
      ],
    };
    for (const mode of ['in-process', 'on the worker'] as const) {
      const batches = await readAll(mode, setup);
      expect(batches.every((batch) => batch.rows.length === 0)).toBe(true);
      expect(batches.reduce((sum, batch) => sum + batch.rejects.length, 0)).toBe(30_000);
      expect(batches.reduce((sum, batch) => sum + batch.rowsRead, 0)).toBe(30_000);
      expect(batches.length).toBeGreaterThan(2);
      expect(Math.max(...batches.map((batch) => batch.rejects.length))).toBeLessThan(15_000);
    }
  });

  it('tells when the worker thread dies', async () => {
    const crashing = path.join(tempDir(), 'crashing-worker.mjs');
    fs.writeFileSync(crashing, 'process.exit(3);\n');
    await expect(readCsvInWorker(crashing, messySetup(2), () => {}).finished).rejects.toThrow(
      'The file reader stopped unexpectedly (exit code 3)',
    );
    const throwing = path.join(tempDir(), 'throwing-worker.mjs');
    fs.writeFileSync(throwing, "throw new Error('no metadata');\n");
    await expect(readCsvInWorker(throwing, messySetup(2), () => {}).finished).rejects.toThrow(
      'The file could not be read: no metadata',
    );
  });
});
