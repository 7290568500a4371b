// The full crash run (see run.mjs): 10,000 contacts through the crash journey while the engine
// process is killed with SIGKILL at random moments, at least 20 times, then every check of
// runCrashScenario. Exits non-zero when a check fails, keeping the data folder to look into.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { crashSummary, runCrashScenario } from '../electron/services/engine/support/crash-scenario';

const { values } = parseArgs({
  options: {
    contacts: { type: 'string', default: '10000' },
    kills: { type: 'string', default: '20' },
    seed: { type: 'string' },
  },
});
const contacts = Number(values.contacts);
const minKills = Number(values.kills);
const seed = values.seed === undefined ? Date.now() % 1_000_000 : Number(values.seed);
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-reliability-'));

console.log(`Crash run: ${contacts} contacts, at least ${minKills} kills, seed ${seed}`);
const report = await runCrashScenario({
  root: process.cwd(),
  workDir,
  contacts,
  minKills,
  // 1 wall-clock second is 5 journey minutes: the 10-minute delay takes 2 s, the 6-hour wait for
  // the purchase about 72 s; a process lives 0.5–3 s, so the kills land (20 and more) while
  // contacts wait, even when the engine gets through the rest of the journey quickly.
  batchSize: 200,
  speed: 300,
  delayMinutes: 10,
  waitMinutes: 360,
  uptimeMs: [500, 3000],
  deadlineMs: 15 * 60_000,
  seed,
  onProgress: (line) => console.log(`  ${line}`),
});
console.log(crashSummary(report));
if (report.problems.length > 0) {
  console.log(`The data folder is kept in ${workDir}`);
  process.exit(1);
}
fs.rmSync(workDir, { recursive: true, force: true });
