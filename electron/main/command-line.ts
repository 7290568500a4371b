/**
 * Reads "--data-dir=DIR" or "--data-dir DIR". Scanned by hand rather than with util.parseArgs
 * because Electron and Chromium put their own switches (and the app path in development) into
 * argv, which a strict parser would reject.
 */
export function parseDataDirFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg.startsWith('--data-dir=')) {
      const value = arg.slice('--data-dir='.length);
      return value === '' ? undefined : value;
    }
    if (arg === '--data-dir') {
      const value = argv[i + 1];
      return value === undefined || value.startsWith('--') ? undefined : value;
    }
  }
  return undefined;
}
