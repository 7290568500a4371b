// Importing a 1,000,000-row, 10-column CSV end to end (read, parse, normalise, write) against a
// baseline measured in the same run: the same rows inserted raw in batches with better-sqlite3,
// split outside the timing. Then audience estimates over the million contacts, SQL and evaluator.
// The import runs in a child process of its own, so its peak RSS is the import's and not that of
// generating the file or of the baseline.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { GENERATED_CUSTOM_FIELDS, generateContact } from '../support/generate-contacts';
import type { Filter } from '../../shared/model/index';
import { startCore } from '../../electron/services/app-services';
import { estimateAudience } from '../../electron/services/audience/contacts-query';
import { currentFields } from '../../electron/services/audience/fields-service';
import { openDatabase } from '../../electron/services/store/database';
import { report } from './support/stats';

const ROWS = Number(process.env.ROWS ?? 1_000_000);
const BATCH = 5000;
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

/** Raw inserts of the same rows: the file is split (no quotes handling, no checks) outside the timing. */
async function baseline(file: string): Promise<number> {
  const db = openDatabase(path.join(dir, 'baseline', 'db.sqlite'));
  const insert = db.prepare(
    'INSERT INTO contacts (customer_id, email, phone, created_at, attributes) VALUES (?, ?, ?, ?, ?)',
  );
  const now = new Date().toISOString();
  const write = db.transaction((rows: string[][]) => {
    for (const cells of rows) {
      const attributes: Record<string, string> = {};
      for (let c = 3; c < COLUMNS.length; c += 1) if (cells[c]) attributes[COLUMNS[c]!] = cells[c]!;
      insert.run(cells[0], cells[1] || null, cells[2] || null, now, JSON.stringify(attributes));
    }
  });
  let timed = 0;
  let batch: string[][] = [];
  let first = true;
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    if (first) {
      first = false;
      continue;
    }
    batch.push(line.split(','));
    if (batch.length === BATCH) {
      const started = performance.now();
      write(batch);
      timed += performance.now() - started;
      batch = [];
    }
  }
  const started = performance.now();
  write(batch);
  timed += performance.now() - started;
  db.close();
  return ROWS / (timed / 1000);
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

/** The child's part: import the file, then estimate audiences over what it imported. */
async function importAndEstimate(): Promise<void> {
  const result = await ours(file);
  const { core, ...measured } = result;
  console.log(`RESULT ${JSON.stringify(measured)}`);
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
  for (const [name, filter, forceEvaluator] of filters) {
    const estimate = estimateAudience(store, { filter }, { fields, now: new Date(), forceEvaluator });
    report(
      `estimate ${name}: ${estimate.count.toLocaleString('en-US')} of ${estimate.total.toLocaleString('en-US')} via ${estimate.method}`,
      estimate.ms,
      countMs,
      'ms',
      '< 1000 ms (baseline: SELECT count(*))',
      estimate.ms < 1000,
    );
  }
  core.close();
}

if (IMPORT_ONLY) {
  await importAndEstimate();
} else {
  const started = performance.now();
  await writeCsv(file);
  console.log(
    `generated ${ROWS.toLocaleString('en-US')} rows, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const baselineRate = await baseline(file);
  const child = spawnSync(process.execPath, [process.argv[1]!, 'import', dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ROWS: String(ROWS) },
  });
  const lines = child.stdout.split('\n');
  const line = lines.find((candidate) => candidate.startsWith('RESULT '));
  if (child.status !== 0 || line === undefined)
    throw new Error(`The import process failed (exit ${child.status}):\n${child.stdout}`);
  const result = JSON.parse(line.slice('RESULT '.length)) as {
    rate: number;
    seconds: number;
    peakRss: number;
    summary: { state: string; rowsImported: number; rowsRejected: number };
  };
  console.log(
    `import: ${result.summary.state}, ${result.summary.rowsImported.toLocaleString('en-US')} imported, ${result.summary.rowsRejected} rejected, ${result.seconds.toFixed(1)} s`,
  );
  report(
    'CSV import rows/s (end to end vs raw inserts)',
    result.rate,
    baselineRate,
    'rows/s',
    '≥ 50,000 rows/s',
    result.rate >= 50_000,
  );
  console.log(
    `${result.peakRss < 400e6 ? 'PASS' : 'MISS'}  peak RSS of the importing process: ${(result.peakRss / 1e6).toFixed(0)} MB (target < 400 MB)`,
  );
  for (const estimateLine of lines.filter((candidate) => candidate !== '' && !candidate.startsWith('RESULT ')))
    console.log(estimateLine);
  fs.rmSync(dir, { recursive: true, force: true });
}
