// Audience estimates over a generated contacts table, each the median of several runs: the SQL path
// and the evaluator path (used whenever a filter cannot become SQL). ROWS sets the table size
// (200,000 by default, so it runs in seconds); the target scales with it from "under one second
// for a million contacts". contacts-import.bench.ts measures the same over its imported million.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allFields } from '../../shared/audience/index';
import type { Filter } from '../../shared/model/index';
import { GENERATED_CUSTOM_FIELDS, generateContact } from '../support/generate-contacts';
import { CONTACT_INSERT_SQL, contactToRow } from '../../electron/services/audience/contacts-table';
import { estimateAudience } from '../../electron/services/audience/contacts-query';
import { openStore } from '../../electron/services/store/store';
import { check, note } from './support/report';
import { median } from './support/stats';

const ROWS = Number(process.env.ROWS ?? 200_000);
const RUNS = 5;
const TARGET_MS = (1000 * ROWS) / 1_000_000;

const rule = (field: string, operator: string, value: unknown): Filter =>
  ({
    combinator: 'and',
    groups: [{ combinator: 'and', rules: [{ field, operator, value }] }],
  }) as Filter;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-estimate-bench-'));
const store = openStore(dir);
const insert = store.db.prepare(CONTACT_INSERT_SQL);
const started = performance.now();
store.db.transaction(() => {
  for (let index = 0; index < ROWS; index += 1) insert.run(contactToRow(generateContact(index)));
})();
note(`${ROWS.toLocaleString('en-US')} contacts written in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const fields = allFields(GENERATED_CUSTOM_FIELDS);
const filters: [string, Filter][] = [
  ['tier is Gold', rule('tier', 'equals', 'Gold')],
  ['city starts with "Ber"', rule('city', 'startsWith', 'Ber')],
  ['email ends with @gmail.com', rule('email', 'endsWith', '@gmail.com')],
];
const estimate = (filter: Filter, forceEvaluator: boolean) =>
  estimateAudience(store, { filter }, { fields, now: new Date(), forceEvaluator });
for (const [name, filter] of filters) {
  // The evaluator's runs alternate with the same filter's SQL runs, so both see the same load.
  const sqlMs: number[] = [];
  const evaluatorMs: number[] = [];
  let outcome = '';
  for (let run = 0; run < RUNS; run += 1) {
    sqlMs.push(estimate(filter, false).ms);
    const result = estimate(filter, true);
    evaluatorMs.push(result.ms);
    outcome = `${result.count.toLocaleString('en-US')} of ${result.total.toLocaleString('en-US')}`;
  }
  note(
    `${name}: SQL runs ${sqlMs.map((ms) => ms.toFixed(0)).join(', ')} ms; evaluator runs ${evaluatorMs.map((ms) => ms.toFixed(0)).join(', ')} ms`,
  );
  check(
    `estimate ${name} via the evaluator: ${outcome}, median of ${RUNS}`,
    { ours: median(evaluatorMs), baseline: median(sqlMs), baselineName: 'the same estimate via SQL', unit: 'ms' },
    { atMost: TARGET_MS },
  );
}
store.db.close();
fs.rmSync(dir, { recursive: true, force: true });
