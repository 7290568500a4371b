import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFinding, findingsAboveLow, runElectronegativity } from '../../build/electronegativity.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function projectWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-eng-'));
  dirs.push(dir);
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'probe', devDependencies: { electron: '45.0.0' } }),
  );
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The lint step's checker, run offline on small projects written for the test. */
describe('build/electronegativity.mjs', () => {
  it('fails a window without context isolation or sandbox, and an unchecked openExternal', async () => {
    const dir = projectWith({
      'main.ts': [
        "import { BrowserWindow, shell } from 'electron';",
        'export function open(url: string) {',
        '  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });',
        '  win.webContents.on("will-navigate", () => shell.openExternal(url));',
        '}',
      ].join('\n'),
    });
    const { issues } = await runElectronegativity(dir);
    const serious = findingsAboveLow(issues).map((issue) => issue.id);
    expect(serious).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK']),
    );
    const isolation = findingsAboveLow(issues).find((issue) => issue.id === 'CONTEXT_ISOLATION_JS_CHECK')!;
    expect(describeFinding(isolation)).toMatch(/^main\.ts:3:\d+ CONTEXT_ISOLATION_JS_CHECK \(HIGH, FIRM\): /);
  });

  it('finds nothing above LOW in the app, reading every file of it', async () => {
    const { issues, errors } = await runElectronegativity();
    expect(findingsAboveLow(issues).map(describeFinding)).toEqual([]);
    expect(errors).toEqual([]);
    // Only the app's own sources are scanned: no build output, no test fakes.
    expect(issues.every((issue) => /^(package\.json|electron\/|renderer\/|shared\/|N\/A)/.test(issue.file))).toBe(true);
  });

  it('accepts a reviewed openExternal marked beside the call, and only that one', async () => {
    const dir = projectWith({
      'links.ts': [
        "import { shell } from 'electron';",
        'export const reviewed = (url: string) => shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK',
        'export const unreviewed = (url: string) => shell.openExternal(url);',
      ].join('\n'),
    });
    const { issues } = await runElectronegativity(dir);
    // The project-wide checks (no CSP, no navigation limits) have nothing to look at in one file.
    const inFile = findingsAboveLow(issues).filter((issue) => issue.file === 'links.ts');
    expect(inFile.map((issue) => [issue.id, issue.location.line])).toEqual([['OPEN_EXTERNAL_JS_CHECK', 3]]);
  });
});
