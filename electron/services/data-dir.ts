import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Journey Studio';
export const DATA_DIR_ENV = 'JOURNEY_STUDIO_DATA_DIR';

/**
 * The same folder Electron uses as userData, so the desktop app and the headless server share
 * one database unless told otherwise.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DIR_NAME);
}

/** --data-dir beats the environment, which beats the platform default. */
export function resolveDataDir(
  flag: string | undefined,
  fallback: () => string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const chosen = flag ?? env[DATA_DIR_ENV];
  return chosen ? path.resolve(chosen) : fallback();
}
