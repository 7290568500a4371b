// Finds the Electron runtime installed with the electron package, or tries once to download it.
// The electron package downloads lazily, so requiring it offline would throw mid-start; this asks first.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export function electronPackageDir(root) {
  return path.join(root, 'node_modules', 'electron');
}

/** The binary's path if it is on disk, else null. Never triggers a download. */
export function installedElectronBinary(root) {
  const dir = electronPackageDir(root);
  const pathFile = path.join(dir, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(
      process.env.ELECTRON_OVERRIDE_DIST_PATH,
      fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8') : 'electron',
    );
    return fs.existsSync(candidate) ? candidate : null;
  }
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

/** Returns { binary } or { reason } after one bounded download attempt. */
export function obtainElectronBinary(root, { timeoutMs = 180_000 } = {}) {
  const existing = installedElectronBinary(root);
  if (existing) return { binary: existing };
  const installer = path.join(electronPackageDir(root), 'install.js');
  if (!fs.existsSync(installer)) return { reason: 'the electron package is not installed (run npm install)' };
  const result = spawnSync(process.execPath, [installer], { encoding: 'utf8', timeout: timeoutMs });
  const binary = installedElectronBinary(root);
  if (binary) return { binary };
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  const firstError = output
    .split('\n')
    .map((line) => line.trim())
    .find((line) => /error|failed/i.test(line));
  const why =
    result.error?.code === 'ETIMEDOUT'
      ? 'the download timed out'
      : `its download failed${firstError ? `: ${firstError}` : ''}`;
  return { reason: why };
}
