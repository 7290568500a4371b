// A process that only runs the journey engine over a data folder until it is killed: the crash test's subject.
import { startCore } from '../../../../../electron/services/app-services';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: engine-child DATA_DIR');
startCore({
  dataDir,
  host: 'browser',
  appVersion: 'test',
  engine: { leaseMs: 600, watchMs: 100, batchSize: 20 },
  onInternalError: (error, where) => process.stderr.write(`${where}: ${String(error)}\n`),
});
process.stdout.write('started\n');
setInterval(() => undefined, 1 << 30);
