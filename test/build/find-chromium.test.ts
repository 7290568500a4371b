import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  findChromium,
  MISSING_CHROMIUM,
  systemChromiumCandidates,
  type ChromiumProbe,
} from '../e2e/support/find-chromium';

const PLAYWRIGHT_CHROMIUM = '/home/ada/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine with exactly these executables; installing Playwright's Chromium adds it when `network` is on. */
function fakeMachine(options: {
  platform?: NodeJS.Platform;
  env?: Record<string, string>;
  files?: string[];
  network?: boolean;
}) {
  const files = new Set(options.files ?? []);
  const install = vi.fn(() => {
    if (!options.network) return false;
    files.add(PLAYWRIGHT_CHROMIUM);
    return true;
  });
  const probe: ChromiumProbe = {
    platform: options.platform ?? 'linux',
    env: options.env ?? {},
    isExecutable: (file) => files.has(file),
    playwrightChromium: () => PLAYWRIGHT_CHROMIUM,
    installPlaywrightChromium: install,
  };
  return { probe, install };
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, over any installed browser', () => {
    const { probe, install } = fakeMachine({
      env: { CHROMIUM_PATH: '/opt/chromium/chrome' },
      files: ['/opt/chromium/chrome', '/usr/bin/chromium', PLAYWRIGHT_CHROMIUM],
    });
    expect(findChromium(probe)).toEqual({ path: '/opt/chromium/chrome', source: 'CHROMIUM_PATH' });
    expect(install).not.toHaveBeenCalled();
  });

  it('says so when CHROMIUM_PATH names nothing runnable, instead of quietly using another browser', () => {
    const { probe } = fakeMachine({ env: { CHROMIUM_PATH: '/nowhere/chrome' }, files: ['/usr/bin/chromium'] });
    expect(findChromium(probe)).toEqual({
      missing: 'CHROMIUM_PATH is set to "/nowhere/chrome", which is not an executable file.',
    });
  });

  it.each([
    ['/usr/bin/chromium'],
    ['/usr/bin/chromium-browser'],
    ['/usr/bin/google-chrome'],
    ['/usr/bin/google-chrome-stable'],
  ])('finds %s on Linux', (file) => {
    const { probe, install } = fakeMachine({ files: [file, PLAYWRIGHT_CHROMIUM] });
    expect(findChromium(probe)).toEqual({ path: file, source: 'system' });
    expect(install).not.toHaveBeenCalled();
  });

  it('prefers Debian’s Chromium to Chrome when both are there', () => {
    const { probe } = fakeMachine({ files: ['/usr/bin/google-chrome', '/usr/bin/chromium'] });
    expect(findChromium(probe)).toMatchObject({ path: '/usr/bin/chromium' });
  });

  it('finds Chrome on macOS, in /Applications or the user’s own Applications folder', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium(fakeMachine({ platform: 'darwin', files: [chrome] }).probe)).toEqual({
      path: chrome,
      source: 'system',
    });
    const own = '/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium';
    const { probe } = fakeMachine({ platform: 'darwin', env: { HOME: '/Users/ada' }, files: [own] });
    expect(findChromium(probe)).toEqual({ path: own, source: 'system' });
    // A Linux path means nothing on a Mac.
    expect(findChromium(fakeMachine({ platform: 'darwin', files: ['/usr/bin/chromium'] }).probe)).toEqual({
      missing: MISSING_CHROMIUM,
    });
  });

  it('finds Chrome on Windows under Program Files or the user’s local programs', () => {
    const env = {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local',
    };
    for (const chrome of [
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    ]) {
      expect(findChromium(fakeMachine({ platform: 'win32', env, files: [chrome] }).probe), chrome).toEqual({
        path: chrome,
        source: 'system',
      });
    }
    expect(systemChromiumCandidates('win32', env)).toContain('C:\\Program Files\\Chromium\\Application\\chrome.exe');
  });

  it('uses Playwright’s Chromium when no system browser is there, without installing it again', () => {
    const { probe, install } = fakeMachine({ files: [PLAYWRIGHT_CHROMIUM] });
    expect(findChromium(probe)).toEqual({ path: PLAYWRIGHT_CHROMIUM, source: 'playwright' });
    expect(install).not.toHaveBeenCalled();
  });

  it('installs Playwright’s Chromium once when nothing else is there and the network allows', () => {
    const { probe, install } = fakeMachine({ network: true });
    expect(findChromium(probe)).toEqual({ path: PLAYWRIGHT_CHROMIUM, source: 'playwright' });
    expect(install).toHaveBeenCalledTimes(1);
  });

  it('stops with one line saying what to install when nothing can be had', () => {
    const { probe, install } = fakeMachine({ network: false });
    const choice = findChromium(probe);
    expect(choice).toEqual({ missing: MISSING_CHROMIUM });
    expect(install).toHaveBeenCalledTimes(1);
    expect(MISSING_CHROMIUM).not.toContain('\n');
    expect(MISSING_CHROMIUM).toMatch(
      /install Chromium or Google Chrome.*npx playwright install chromium.*CHROMIUM_PATH/,
    );
  });
});

describe('playwright.config.ts', () => {
  it('stops the end-to-end run with that one line when the browser it was given is not there', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/@playwright/test/cli.js'), 'test', '--list'],
      {
        cwd: root,
        env: { ...process.env, CHROMIUM_PATH: path.join(root, 'no-such-chromium') },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `CHROMIUM_PATH is set to "${path.join(root, 'no-such-chromium')}", which is not an executable file.`,
    );
  });
});
