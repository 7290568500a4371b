import path from 'node:path';

/** What the search may look at; the real one reads the disk, tests hand in a fake. */
export interface ChromiumProbe {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  isExecutable(file: string): boolean;
  /** Where Playwright keeps its own Chromium (whether or not it is installed). */
  playwrightChromium(): string;
  /** Runs `playwright install chromium` once; false when it could not (no network, say). */
  installPlaywrightChromium(): boolean;
}

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'playwright';
export type ChromiumChoice = { path: string; source: ChromiumSource } | { missing: string };

export const MISSING_CHROMIUM =
  'No Chromium for the end-to-end tests: install Chromium or Google Chrome, run "npx playwright install chromium", or set CHROMIUM_PATH to a Chromium executable.';

/** Where Chromium and Chrome are installed by the usual packages and installers of each platform. */
export function systemChromiumCandidates(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  if (platform === 'win32') {
    const win = path.win32;
    const roots = [env.PROGRAMFILES ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'];
    if (env.LOCALAPPDATA) roots.push(env.LOCALAPPDATA);
    return roots.flatMap((root) => [
      win.join(root, 'Chromium', 'Application', 'chrome.exe'),
      win.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    ]);
  }
  if (platform === 'darwin') {
    const apps = ['/Applications'];
    if (env.HOME) apps.push(path.posix.join(env.HOME, 'Applications'));
    return apps.flatMap((dir) => [
      path.posix.join(dir, 'Chromium.app', 'Contents', 'MacOS', 'Chromium'),
      path.posix.join(dir, 'Google Chrome.app', 'Contents', 'MacOS', 'Google Chrome'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ];
}

/**
 * The browser the end-to-end tests drive, in order: CHROMIUM_PATH; a Chromium or Chrome installed
 * on the system; Playwright's own Chromium, installed on the spot when it is missing and the
 * network allows. When none can be had, the one line to show the user instead.
 */
export function findChromium(probe: ChromiumProbe): ChromiumChoice {
  const configured = probe.env.CHROMIUM_PATH;
  if (configured !== undefined && configured !== '') {
    return probe.isExecutable(configured)
      ? { path: configured, source: 'CHROMIUM_PATH' }
      : { missing: `CHROMIUM_PATH is set to "${configured}", which is not an executable file.` };
  }
  const system = systemChromiumCandidates(probe.platform, probe.env).find((file) => probe.isExecutable(file));
  if (system) return { path: system, source: 'system' };
  const bundled = probe.playwrightChromium();
  if (probe.isExecutable(bundled)) return { path: bundled, source: 'playwright' };
  if (probe.installPlaywrightChromium() && probe.isExecutable(bundled)) return { path: bundled, source: 'playwright' };
  return { missing: MISSING_CHROMIUM };
}
