import fs from 'node:fs';
import path from 'node:path';
import { startCore, type AppCore } from '../services/app-services';
import { APP_VERSION } from '../services/app-version';
import { defaultDataDir, resolveDataDir } from '../services/data-dir';
import { DATABASE_FILE_NAME } from '../services/store/database';
import { CliError } from './cli-error';

export interface CoreOptions {
  dataDir: string | undefined;
  /** Refuse rather than create an empty database (export has nothing to read from a new one). */
  mustExist: boolean;
  /** For commands that render email (test-send); without it email renders answer with an error. */
  mjmlWorkerPath?: string;
}

/**
 * Runs `work` with the services over the data directory's database (resolved as serve does) and
 * stops the core (its background work and the database) afterwards, whatever happens.
 */
export async function withCore<T>(options: CoreOptions, work: (core: AppCore) => Promise<T> | T): Promise<T> {
  const dataDir = resolveDataDir(options.dataDir, defaultDataDir);
  if (options.mustExist && !fs.existsSync(path.join(dataDir, DATABASE_FILE_NAME))) {
    throw new CliError(2, `there is no Journey Studio database in "${dataDir}" (choose another with --data-dir).`);
  }
  let core: AppCore;
  try {
    core = startCore({ dataDir, host: 'browser', appVersion: APP_VERSION, mjmlWorkerPath: options.mjmlWorkerPath });
  } catch (error) {
    throw new CliError(1, (error as Error).message);
  }
  try {
    return await work(core);
  } finally {
    await core.stop();
  }
}
