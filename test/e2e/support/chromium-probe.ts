import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import type { ChromiumProbe } from './find-chromium';

function isExecutable(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The machine itself: its disk, its environment, and Playwright's installer. */
export function machineChromiumProbe(): ChromiumProbe {
  return {
    platform: process.platform,
    env: process.env,
    isExecutable,
    playwrightChromium: () => chromium.executablePath(),
    installPlaywrightChromium() {
      process.stderr.write('No Chromium found on this machine; installing Playwright’s Chromium…\n');
      const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
      const result = spawnSync(process.execPath, [cli, 'install', 'chromium'], { stdio: 'inherit', timeout: 600_000 });
      return result.status === 0;
    },
  };
}
