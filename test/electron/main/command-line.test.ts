import { describe, expect, it } from 'vitest';
import { parseDataDirFlag } from '../../../electron/main/command-line';

describe('parseDataDirFlag', () => {
  it('reads --data-dir=DIR', () => {
    expect(parseDataDirFlag(['/opt/journey-studio/journey-studio', '--data-dir=/tmp/js data'])).toBe('/tmp/js data');
  });

  it('reads --data-dir DIR among Electron and Chromium switches', () => {
    expect(parseDataDirFlag(['electron', '.', '--no-sandbox', '--data-dir', '/tmp/js', '--inspect'])).toBe('/tmp/js');
  });

  it('is undefined when absent, empty or missing its value', () => {
    expect(parseDataDirFlag(['electron', '.'])).toBeUndefined();
    expect(parseDataDirFlag(['electron', '--data-dir='])).toBeUndefined();
    expect(parseDataDirFlag(['electron', '--data-dir'])).toBeUndefined();
    expect(parseDataDirFlag(['electron', '--data-dir', '--inspect'])).toBeUndefined();
  });
});
