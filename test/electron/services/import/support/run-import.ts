import fs from 'node:fs';
import path from 'node:path';
import type { contract, createClient } from '../../../../../shared/contract/index';

type Client = ReturnType<typeof createClient<typeof contract>>;

export const FIXTURES = path.resolve(import.meta.dirname, '../../../../fixtures/csv');

/** Polls until the import has ended: jobs run in the background and yield between batches. */
export async function waitForImport(client: Client, jobId: string) {
  for (;;) {
    const summary = await client.imports.status({ jobId });
    if (summary.state !== 'running') return summary;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** A CSV of `count` simple rows (g-00001 …) written into `dir`. */
export function writeGeneratedCsv(dir: string, count: number): string {
  const file = path.join(dir, 'generated.csv');
  const lines = ['customerId,email,language'];
  for (let i = 1; i <= count; i += 1) lines.push(`g-${String(i).padStart(5, '0')},g${i}@example.com,en`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
