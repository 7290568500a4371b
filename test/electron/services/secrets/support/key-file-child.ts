// Run as a separate process: waits until the agreed moment, then reads or creates the key file,
// so several processes race for it at once; prints the key it got.
import { loadOrCreateKeyFile } from '../../../../../electron/services/secrets/secret-key-file';

const [dataDir, startAt] = process.argv.slice(2);
while (Date.now() < Number(startAt)) {
  // Busy-wait: every process must reach the file in the same few milliseconds.
}
try {
  process.stdout.write(loadOrCreateKeyFile(dataDir!).toString('base64'));
} catch (error) {
  process.stdout.write(`error: ${(error as Error).message}`);
}
