import { loadOrCreateKeyFile, parseSecretKey } from './secret-key-file';

/** Where `serve`, the command line and (when set) the desktop app take the secret key from instead of a file. */
export const SECRET_KEY_ENV = 'JOURNEY_STUDIO_SECRET_KEY';

/** The key given in the environment (base64, 32 bytes), or undefined when the variable is unset or empty. */
export function secretKeyFromEnvironment(env: NodeJS.ProcessEnv): Buffer | undefined {
  const text = env[SECRET_KEY_ENV];
  if (text === undefined || text.trim() === '') return undefined;
  return parseSecretKey(text, `The ${SECRET_KEY_ENV} environment variable`);
}

/**
 * The key of `serve` and the command line: JOURNEY_STUDIO_SECRET_KEY when set (nothing is written
 * to the data folder then), else the data folder's key file, created on first use.
 */
export function nodeSecretKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  return secretKeyFromEnvironment(env) ?? loadOrCreateKeyFile(dataDir);
}
