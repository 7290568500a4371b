/**
 * Run as its own process by backup-kill.test.ts: opens the database given as argv[2] with a
 * migration list that backs it up and then does a slow upgrade, so the test can kill it anywhere.
 */
import { openDatabase } from '../../../../../electron/services/store/database';
import { upgradeMigrations } from './upgrade-migrations';

const file = process.argv[2]!;
process.stdout.write('opening\n');
openDatabase(file, { migrations: upgradeMigrations }).close();
process.stdout.write('upgraded\n');
