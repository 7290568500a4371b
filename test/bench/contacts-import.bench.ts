// Importing a 1,000,000-row, 10-column CSV end to end (read, parse, normalise, write) against a
// baseline measured in the same run: the very rows the import wrote, read back from its database
// outside the timing, inserted raw into a new database of the same layout the same way the app
// writes them (same columns, batch size and transactions, secondary indexes set aside and rebuilt at
// the end). Then audience estimates over the million contacts, SQL and evaluator, each the median of
// five runs.
// The import runs in a child process of its own, so its peak RSS is the import's and not that of
// generating the file or of the baseline.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { GENERATED_CUSTOM_FIELDS, generateContact } from '../support/generate-contacts';
import { CONTACT_VALUE_COLUMNS } from '../../electron/services/audience/contacts-table';
import type { Filter } from '../../shared/model/index';
import { startCore } from '../../electron/services/app-services';
import { estimateAudience } from '../../electron/services/audience/contacts-query';
import { currentFields } from '../../electron/services/audience/fields-service';
import { deferContactIndexes, rebuildDeferredIndexes } from '../../electron/services/import/deferred-indexes';
import { BULK_MIN_ROWS, DEFAULT_BATCH_SIZE } from '../../electron/services/import/import-job';
import { DATABASE_FILE_NAME } from '../../electron/services/store/database';
import { openStore } from '../../electron/services/store/store';
import { check, note } from './support/report';
import { median } from './support/stats';

const ROWS = Number(process.env.ROWS ?? 1_000_000);
const ESTIMATE_RUNS = 5;
const COLUMNS = [
  'customerId',
  'email',
  'phone',
  'firstName',
  'lastName',
  'city',
  'loyaltyPoints',
  'isVip',
  'birthday',
  'tier',
] as const;
const IMPORT_ONLY = process.argv[2] === 'import';
const dir = IMPORT_ONLY ? process.argv[3]! : fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-import-bench-'));

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

async function writeCsv(file: string): Promise<void> {
  const out = fs.createWriteStream(file);
  out.write(`${COLUMNS.join(',')}\n`);
  let chunk = '';
  for (let i = 0; i < ROWS; i += 1) {
    const contact = generateContact(i);
    const values = [
      contact.customerId,
      contact.email,
      contact.phone,
      ...COLUMNS.slice(3).map((key) => contact.attributes[key]),
    ];
    chunk += `${values.map(csvCell).join(',')}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise<void>((resolve) => out.once('finish', () => resolve()));
}

const INSERT_RAW = `INSERT INTO contacts (${CONTACT_VALUE_COLUMNS.join(', ')}) VALUES (${CONTACT_VALUE_COLUMNS.map(() => '?').join(', ')})`;

function contactIndexes(db: Database.Database): string[] {
  return (
    db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'contacts' ORDER BY name")
      .pluck()
      .all() as string[]
  ).filter((name) => !name.startsWith('sqlite_autoindex_'));
}

/**
 * The floor under the import: the rows it wrote, in the order it wrote them, inserted raw into a
 * new store. Only the inserts, the index set-aside and the rebuild are timed; reading the rows
 * back from the import's database is not. Like the app's writer it skips the CHECKs' JSON re-parse.
 */
function baseline(importedFile: string): { rate: number; seconds: number; rows: number; indexes: string[] } {
  const source = new Database(importedFile, { readonly: true });
  const read = source
    .prepare(`SELECT rowid, ${CONTACT_VALUE_COLUMNS.join(', ')} FROM contacts WHERE rowid > ? ORDER BY rowid LIMIT ?`)
    .raw();
  const store = openStore(path.join(dir, 'baseline'));
  const { db } = store;
  const insert = db.prepare(INSERT_RAW);
  let first = true;
  // The app sets the indexes aside from BULK_MIN_ROWS rows on (into an empty table, as here).
  const bulk = ROWS >= BULK_MIN_ROWS;
  const write = db.transaction((rows: unknown[][]) => {
    if (first && bulk) deferContactIndexes(db);
    first = false;
    for (const row of rows) insert.run(row);
  });
  let timed = 0;
  let rows = 0;
  let after = 0;
  db.pragma('ignore_check_constraints = ON');
  for (;;) {
    const batch = read.all(after, DEFAULT_BATCH_SIZE) as unknown[][];
    if (batch.length === 0) break;
    after = batch[batch.length - 1]![0] as number;
    const values = batch.map((row) => row.slice(1));
    const started = performance.now();
    write(values);
    timed += performance.now() - started;
    rows += values.length;
  }
  db.pragma('ignore_check_constraints = OFF');
  const started = performance.now();
  rebuildDeferredIndexes(db);
  timed += performance.now() - started;
  const indexes = contactIndexes(db);
  store.close();
  source.close();
  return { rate: rows / (timed / 1000), seconds: timed / 1000, rows, indexes };
}

async function ours(file: string) {
  // The worker as the app ships it: `npm run bench` builds dist/ first.
  const importWorkerPath = path.resolve('dist', 'node', 'import-worker.mjs');
  const core = startCore({ dataDir: path.join(dir, 'ours'), host: 'electron', appVersion: 'bench', importWorkerPath });
  for (const field of GENERATED_CUSTOM_FIELDS) await core.dispatcher.dispatch('fields', 'create', field);
  const mapping = Object.fromEntries(COLUMNS.map((key) => [key, { to: 'field', key }]));
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const started = performance.now();
  const envelope = await core.dispatcher.dispatch('imports', 'start', {
    source: { path: file },
    mapping,
    existing: 'update',
    defaultCountry: 'DE',
  });
  if (!envelope.ok) throw new Error(envelope.error.message);
  const { jobId } = envelope.value as { jobId: string };
  let summary: { state: string; rowsImported: number; rowsRejected: number; message?: string };
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const status = await core.dispatcher.dispatch('imports', 'status', { jobId });
    summary = (status as { ok: true; value: typeof summary }).value;
    if (summary.state !== 'running') break;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  return { core, rate: ROWS / seconds, seconds, peakRss, summary };
}

const rule = (field: string, operator: string, value?: unknown): Filter =>
  ({
    combinator: 'and',
    groups: [{ combinator: 'and', rules: [{ field, operator, ...(value === undefined ? {} : { value }) }] }],
  }) as Filter;

const file = path.join(dir, 'contacts.csv');

interface EstimateResult {
  name: string;
  count: number;
  total: number;
  method: string;
  /** The median of the runs. */
  ms: number;
  runsMs: number[];
}

interface ChildResult {
  rate: number;
  seconds: number;
  peakRss: number;
  summary: { state: string; rowsImported: number; rowsRejected: number; message?: string };
  countMs: number;
  estimates: EstimateResult[];
}

/** The child's part: import the file, then estimate audiences over what it imported; one RESULT line. */
async function importAndEstimate(): Promise<void> {
  const { core, ...measured } = await ours(file);
  const store = core.context.store;
  const fields = currentFields(store);
  const started = performance.now();
  store.db.prepare('SELECT count(*) FROM contacts').pluck().get();
  const countMs = performance.now() - started;
  const filters: [string, Filter, boolean][] = [
    ['tier is Gold', rule('tier', 'equals', 'Gold'), false],
    [
      'city starts with "Ber" (and VIP)',
      {
        combinator: 'and',
        groups: [
          {
            combinator: 'and',
            rules: [
              { field: 'city', operator: 'startsWith', value: 'Ber' },
              { field: 'isVip', operator: 'equals', value: true },
            ],
          },
        ],
      },
      false,
    ],
    ['loyaltyPoints > 4000', rule('loyaltyPoints', 'greaterThan', 4000), false],
    ['email ends with @gmail.com', rule('email', 'endsWith', '@gmail.com'), false],
    ['tier is Gold (evaluator forced)', rule('tier', 'equals', 'Gold'), true],
    ['city starts with "Ber" (evaluator forced)', rule('city', 'startsWith', 'Ber'), true],
  ];
  const estimates: EstimateResult[] = [];
  for (const [name, filter, forceEvaluator] of filters) {
    // One measurement says little on a busy machine: the median of several.
    const runs = Array.from({ length: ESTIMATE_RUNS }, () =>
      estimateAudience(store, { filter }, { fields, now: new Date(), forceEvaluator }),
    );
    const { count, total, method } = runs[0]!;
    estimates.push({
      name,
      count,
      total,
      method,
      ms: median(runs.map((run) => run.ms)),
      runsMs: runs.map((run) => run.ms),
    });
  }
  await core.stop();
  const result: ChildResult = { ...measured, countMs, estimates };
  console.log(`RESULT ${JSON.stringify(result)}`);
}

if (IMPORT_ONLY) {
  await importAndEstimate();
} else {
  const started = performance.now();
  await writeCsv(file);
  note(
    `generated ${ROWS.toLocaleString('en-US')} rows, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const child = spawnSync(process.execPath, [process.argv[1]!, 'import', dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ROWS: String(ROWS) },
  });
  const line = child.stdout.split('\n').find((candidate) => candidate.startsWith('RESULT '));
  if (child.status !== 0 || line === undefined)
    throw new Error(`The import process failed (exit ${child.status}):\n${child.stdout}`);
  const result = JSON.parse(line.slice('RESULT '.length)) as ChildResult;
  note(
    `import: ${result.summary.state}, ${result.summary.rowsImported.toLocaleString('en-US')} imported, ${result.summary.rowsRejected} rejected, ${result.seconds.toFixed(1)} s`,
  );
  if (result.summary.state !== 'done' || result.summary.rowsImported !== ROWS)
    throw new Error(`The import did not import every row: ${result.summary.message ?? result.summary.state}`);

  const importedFile = path.join(dir, 'ours', DATABASE_FILE_NAME);
  const imported = new Database(importedFile, { readonly: true });
  const appIndexes = contactIndexes(imported);
  imported.close();
  const raw = baseline(importedFile);
  if (raw.rows !== ROWS) throw new Error(`The baseline wrote ${raw.rows} rows, not ${ROWS}`);
  if (raw.indexes.join() !== appIndexes.join())
    throw new Error(`The baseline ended with indexes ${raw.indexes.join(', ')}, the app with ${appIndexes.join(', ')}`);
  note(
    `raw inserts of the same rows: ${raw.seconds.toFixed(1)} s, batches of ${DEFAULT_BATCH_SIZE.toLocaleString('en-US')}, ` +
      `indexes ${ROWS >= BULK_MIN_ROWS ? 'set aside and rebuilt' : 'kept'} (${appIndexes.join(', ')})`,
  );
  check(
    'CSV import rows/s (end to end vs raw inserts)',
    { ours: result.rate, baseline: raw.rate, unit: 'rows/s' },
    { atLeast: 50_000 },
  );
  check('peak RSS of the importing process', { ours: result.peakRss / 1e6, unit: 'MB' }, { atMost: 400 });
  for (const estimate of result.estimates) {
    note(`estimate ${estimate.name} runs: ${estimate.runsMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    check(
      `estimate ${estimate.name}: ${estimate.count.toLocaleString('en-US')} of ${estimate.total.toLocaleString('en-US')} via ${estimate.method}, median of ${ESTIMATE_RUNS}`,
      { ours: estimate.ms, baseline: result.countMs, baselineName: 'SELECT count(*)', unit: 'ms' },
      { atMost: 1000 },
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
