import path from 'node:path';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { DATA_DIR_ENV, defaultDataDir, resolveDataDir } from '../../../electron/services/data-dir';

describe('data directory', () => {
  it('matches where Electron keeps userData on each platform', () => {
    expect(defaultDataDir({}, 'linux')).toBe(path.join(os.homedir(), '.config', 'Journey Studio'));
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux')).toBe(path.join('/xdg', 'Journey Studio'));
    expect(defaultDataDir({}, 'darwin')).toBe(
      path.join(os.homedir(), 'Library', 'Application Support', 'Journey Studio'),
    );
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toContain('Journey Studio');
  });

  it('prefers the flag, then the environment, then the default', () => {
    const fallback = () => '/default';
    expect(resolveDataDir('rel/dir', fallback, { [DATA_DIR_ENV]: '/env' })).toBe(path.resolve('rel/dir'));
    expect(resolveDataDir(undefined, fallback, { [DATA_DIR_ENV]: '/env' })).toBe(path.resolve('/env'));
    expect(resolveDataDir(undefined, fallback, {})).toBe('/default');
  });
});
