import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../support/temp-dir';
import { crashSummary, runCrashScenario } from './support/crash-scenario';

const tempDir = useTempDir('journey-studio-engine-crash-');
const root = path.resolve(__dirname, '../../../..');

// The small run of the crash scenario; `npm run reliability` runs the full one (10,000 contacts, 20+ kills).
describe('crash safety', () => {
  it(
    'engines killed with SIGKILL at random moments and restarted take every contact to its end, each message once',
    { timeout: 90_000 },
    async () => {
      const report = await runCrashScenario({
        root,
        workDir: tempDir(),
        contacts: 1000,
        minKills: 3,
        maxKills: 4,
        // 1 wall-clock second is half a journey hour: the wait for the purchase times out after 4 s.
        batchSize: 50,
        speed: 1800,
        delayMinutes: 10,
        waitMinutes: 120,
        uptimeMs: [300, 1500],
        deadlineMs: 80_000,
        seed: 13,
      });
      expect(report.problems, crashSummary(report)).toEqual([]);
      expect(report.kills).toBeGreaterThanOrEqual(3);
      expect(report.runs).toBe(1000);
      expect(report.messages).toBe(report.expectedMessages);
      expect(report.duplicates).toBe(0);
      expect(report.webhookRedeliveries).toBeGreaterThan(0); // the 503s were retried under their key
      expect(report.purchasesSent).toBeGreaterThan(0);
      expect(report.integrity).toBe('ok');
    },
  );
});
