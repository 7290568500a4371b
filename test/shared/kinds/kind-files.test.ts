import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NODE_KIND_DEFINITIONS } from '../../../shared/model/index';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function kebab(kind: string): string {
  return kind.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * Where a kind's own code lives, by each folder's naming rule: the model and the shared behaviour
 * are named by the kind exactly, the editor's side is a folder named so, and the engine's
 * executors folder names its files in kebab case like the rest of electron/. These are the files a
 * new kind adds (besides one line in each folder's registry).
 */
function filesOf(kind: string): string[] {
  return [
    `shared/model/nodes/${kind}.ts`,
    `shared/kinds/${kind}.ts`,
    `renderer/src/editor/kinds/${kind}/index.ts`,
    `renderer/src/editor/kinds/${kind}/view.tsx`,
    `renderer/src/editor/kinds/${kind}/form.tsx`,
    `electron/services/engine/executors/${kebab(kind)}.ts`,
  ];
}

describe('the files of each step kind', () => {
  it.each(NODE_KIND_DEFINITIONS.map((definition) => definition.kind))(
    '%s has its model, behaviour, editor and executor files where the naming rule puts them',
    (kind) => {
      expect(filesOf(kind).filter((file) => !fs.existsSync(`${root}${file}`))).toEqual([]);
    },
  );

  it('names the executor files of kinds with several words in kebab case', () => {
    expect(kebab('waitForEvent')).toBe('wait-for-event');
    expect(filesOf('randomSplit')).toContain('electron/services/engine/executors/random-split.ts');
  });
});
