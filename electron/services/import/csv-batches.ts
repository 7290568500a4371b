import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import Papa from 'papaparse';
import { type CountryCode } from '../../../shared/audience/index';
import { contactValues } from '../audience/contacts-table';
import { decodingStream, type CsvEncoding } from './csv-encoding';
import { rowToContact, type ColumnPlan } from './import-rows';

/** A row ready for the database: its values in CONTACT_VALUE_COLUMNS order (customerId first). */
export interface ImportRow {
  values: (string | null)[];
  createdAtGiven: boolean;
}

export interface RejectedRow {
  line: number;
  reason: string;
  cells: readonly string[];
}

/** What one batch brings: whole rows to write in one transaction, and what was refused on the way. */
export interface CsvBatch {
  rows: ImportRow[];
  /** The file line of rows[0] (1-based; 0 when the batch has no rows). */
  firstLine: number;
  rejects: RejectedRow[];
  /** Rows read since the previous batch, rejected ones included. */
  rowsRead: number;
  /** Bytes of the file read so far. */
  bytesRead: number;
  /** The header row, in the first batch only. */
  header: string[] | null;
}

/** Everything the reading needs; plain data, so it can be handed to a worker thread as it is. */
export interface CsvReadSetup {
  file: string;
  encoding: CsvEncoding;
  delimiter: string;
  columnCount: number;
  plan: readonly ColumnPlan[];
  defaultCountry: CountryCode;
  /** createdAt for new contacts whose row has none (ISO). */
  now: string;
  batchSize: number;
}

export interface CsvReading {
  /** Settles once every batch was handed over and taken, or the reading was stopped; rejects with what broke it. */
  readonly finished: Promise<void>;
  /** Stops reading at once; batches not handed over yet are dropped. */
  stop(): void;
}

/** Receives a batch; the next one comes only when the returned promise settles. A throw stops the reading. */
export type BatchHandler = (batch: CsvBatch) => Promise<void> | void;

function newlinesIn(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    if (cell.length === 0 || (!cell.includes('\n') && !cell.includes('\r'))) continue;
    // A quoted cell spanning lines: \r\n and \n count once each, a lone \r too.
    count += (cell.match(/\r\n|\n|\r/g) ?? []).length;
  }
  return count;
}

/**
 * Streams the CSV through papaparse and hands it over in batches of `batchSize` accepted rows
 * (smaller ones when rejects pile up, and at the end), each row checked and normalised by its
 * field types. Reading pauses while a batch is being taken, so memory holds about one batch
 * however large the file is.
 */
export function readCsvInBatches(setup: CsvReadSetup, onBatch: BatchHandler): CsvReading {
  const rowOptions = { defaultCountry: setup.defaultCountry, now: setup.now, columnCount: setup.columnCount };
  let header: string[] | null = null;
  let headerSent = false;
  let lineOfNext = 1;
  let bytesRead = 0;
  let rows: ImportRow[] = [];
  let lines: number[] = [];
  let rejects: RejectedRow[] = [];
  let rowsRead = 0;

  const takeRows = (chunk: readonly string[][], errorRows: ReadonlyMap<number, string>) => {
    chunk.forEach((cells, index) => {
      const line = lineOfNext;
      lineOfNext += 1 + newlinesIn(cells);
      if (header === null) {
        header = cells;
        return;
      }
      if (cells.length === 1 && cells[0] === '') return; // a blank line
      rowsRead += 1;
      const parseError = errorRows.get(index);
      const result = parseError
        ? { ok: false as const, reason: parseError }
        : rowToContact(cells, setup.plan, rowOptions);
      if (!result.ok) {
        rejects.push({ line, reason: result.reason, cells });
        return;
      }
      rows.push({ values: contactValues(result.contact), createdAtGiven: result.createdAtGiven });
      lines.push(line);
    });
  };

  /** The next batch: up to `count` rows, with every reject and read row counted since the last one. */
  const cut = (count: number): CsvBatch => {
    const batch: CsvBatch = {
      rows: count === rows.length ? rows : rows.slice(0, count),
      firstLine: lines[0] ?? 0,
      rejects,
      rowsRead,
      bytesRead,
      header: headerSent ? null : header,
    };
    headerSent ||= header !== null;
    rows = count === rows.length ? [] : rows.slice(count);
    lines = count === lines.length ? [] : lines.slice(count);
    rejects = [];
    rowsRead = 0;
    return batch;
  };

  // A file of mostly bad rows hands its rejects over as they pile up: memory stays bounded, and
  // progress and a cancel still get their turn.
  const batchDue = () => rows.length >= setup.batchSize || rejects.length >= setup.batchSize;

  const input = fs.createReadStream(setup.file, { highWaterMark: 256 * 1024 });
  const text = decodingStream(setup.encoding, (count) => (bytesRead += count));
  let failure: unknown;
  // Destroying the input is how a stop or a failed batch ends the reading; the stream errors
  // that follow ("Premature close") are that stop, not a failure of their own.
  let stopped = false;
  let parser: Papa.Parser | undefined;
  let settle: () => void = () => {};
  const stop = () => {
    if (stopped) return;
    stopped = true;
    parser?.abort();
    input.destroy();
    settle();
  };

  const piping = pipeline(input, text).catch((error: unknown) => {
    if (!stopped) failure ??= error;
  });
  const parsed = new Promise<void>((resolve) => {
    settle = resolve;
    Papa.parse<string[]>(text, {
      delimiter: setup.delimiter,
      skipEmptyLines: false,
      chunk(results, chunkParser) {
        parser = chunkParser;
        if (stopped) return;
        try {
          const errorRows = new Map<number, string>();
          for (const error of results.errors)
            if (error.row !== undefined) errorRows.set(error.row, `The row could not be read as CSV: ${error.message}`);
          takeRows(results.data, errorRows);
        } catch (error) {
          failure = error;
          return stop();
        }
        if (!batchDue()) return;
        // Hand whole batches over, then read on.
        chunkParser.pause();
        void (async () => {
          try {
            while (batchDue() && !stopped) await onBatch(cut(Math.min(rows.length, setup.batchSize)));
          } catch (error) {
            failure = error;
            return stop();
          }
          if (!stopped) chunkParser.resume();
        })();
      },
      complete: () => resolve(),
      error: (error: Error) => {
        if (!stopped) failure ??= error;
        resolve();
      },
    });
  });

  const finished = (async () => {
    await parsed;
    await piping;
    if (failure !== undefined) throw failure;
    if (stopped) return;
    const last = cut(rows.length);
    if (last.rows.length > 0 || last.rowsRead > 0 || last.header !== null) await onBatch(last);
  })();
  return { finished, stop };
}
