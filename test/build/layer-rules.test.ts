import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

/** Lints a snippet as if it were the given file, and returns the layer-rule messages. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules (eslint)', () => {
  it('keep shared/ free of electron/, renderer/, React, Node built-ins and SQLite', async () => {
    expect(await layerErrors('shared/model/x.ts', "import '../../electron/services/app-services';\n")).not.toEqual([]);
    expect(await layerErrors('shared/model/x.ts', "import '../../renderer/src/main';\n")).not.toEqual([]);
    expect(await layerErrors('shared/model/x.ts', "import 'react';\n")).not.toEqual([]);
    expect(await layerErrors('shared/model/x.ts', "import 'node:fs';\n")).not.toEqual([]);
    expect(await layerErrors('shared/model/x.ts', "import 'better-sqlite3';\n")).not.toEqual([]);
    expect(await layerErrors('shared/model/x.ts', "import 'zod';\n")).toEqual([]);
  });

  it('keep renderer/ away from electron/ and Node', async () => {
    expect(await layerErrors('renderer/src/x.ts', "import '../../electron/services/app-services';\n")).not.toEqual([]);
    expect(await layerErrors('renderer/src/x.ts', "import 'electron';\n")).not.toEqual([]);
    expect(await layerErrors('renderer/src/x.ts', "import 'node:path';\n")).not.toEqual([]);
    expect(await layerErrors('renderer/src/x.ts', "import '../../shared/model/index';\n")).toEqual([]);
  });

  it("allow 'electron' only in electron/main and electron/preload", async () => {
    expect(await layerErrors('electron/services/x.ts', "import 'electron';\n")).not.toEqual([]);
    expect(await layerErrors('electron/host/x.ts', "import 'electron';\n")).not.toEqual([]);
    expect(await layerErrors('electron/cli/x.ts', "import 'electron';\n")).not.toEqual([]);
    expect(await layerErrors('electron/main/x.ts', "import 'electron';\n")).toEqual([]);
    expect(await layerErrors('electron/preload/x.ts', "import 'electron';\n")).toEqual([]);
  });
});
