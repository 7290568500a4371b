import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/exchange/index';
import { useTempDir } from '../../support/temp-dir';
import { sampleFileData, sampleFileText } from '../../shared/exchange/support/sample-file';
import { bundleCli, runCliProcess } from './support/bundled-cli';

const tempDir = useTempDir();
let cli = '';
let bundleDir = '';

beforeAll(async () => {
  bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-cli-bundle-'));
  cli = await bundleCli(bundleDir);
  return () => fs.rmSync(bundleDir, { recursive: true, force: true });
}, 60_000);

function writeTemp(name: string, content: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

describe('the journey-studio command as a process', () => {
  it('exits 0, 1 and 2 from validate, with --json on stdout', async () => {
    const clean = writeTemp(
      'clean.journey.json',
      fs.readFileSync(new URL('../../fixtures/exchange/v1-welcome.journey.json', import.meta.url), 'utf8'),
    );
    expect(await runCliProcess(cli, ['validate', clean])).toMatchObject({
      code: 0,
      stdout: '0 errors, 0 warnings\n',
      stderr: '',
    });

    const withErrors = await runCliProcess(cli, [
      'validate',
      '--json',
      writeTemp('cart.journey.json', sampleFileText()),
    ]);
    expect(withErrors.code).toBe(1);
    expect(JSON.parse(withErrors.stdout)).toMatchObject({
      valid: false,
      diagnostics: expect.arrayContaining([expect.objectContaining({ severity: 'error' })]),
    });

    const data = sampleFileData();
    data.format = 'something-else';
    const notAJourney = await runCliProcess(cli, ['validate', '--json', writeTemp('other.json', JSON.stringify(data))]);
    expect(notAJourney.code).toBe(2);
    expect(JSON.parse(notAJourney.stdout)).toMatchObject({
      valid: false,
      error: expect.stringContaining('"format" is "something-else"'),
    });
    expect(notAJourney.stderr).toContain('journey-studio validate: ');
  }, 60_000);

  it('imports, then exports to stdout as the canonical text, and the process ends by itself', async () => {
    const dataDir = tempDir();
    const imported = await runCliProcess(cli, [
      'import',
      writeTemp('cart.journey.json', sampleFileText()),
      '--data-dir',
      dataDir,
    ]);
    expect(imported.code).toBe(0);
    const id = /id (\S+)\n/.exec(imported.stdout)![1]!;
    const exported = await runCliProcess(cli, ['export', id, '--data-dir', dataDir]);
    expect(exported.code).toBe(0);
    expect(canonicalJson(JSON.parse(exported.stdout))).toBe(exported.stdout);
    expect(JSON.parse(exported.stdout).journey.id).toBe(id);
    // The file it came from had its secrets left out already, so there is nothing to warn about.
    expect(exported.stderr).toBe('');
    expect(await runCliProcess(cli, ['export', 'no such journey', '--data-dir', dataDir])).toMatchObject({
      code: 2,
      stdout: '',
    });
  }, 60_000);
});
