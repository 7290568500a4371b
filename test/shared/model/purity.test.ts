import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const sharedDir = fileURLToPath(new URL('../../../shared', import.meta.url));
const modelDir = join(sharedDir, 'model');
const IMPORT_SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function staysInShared(file: string, specifier: string): boolean {
  return specifier.startsWith('.') && !relative(sharedDir, join(dirname(file), specifier)).startsWith('..');
}

// The model runs in the renderer, the Node side and the CLI alike, so it may lean on zod only.
describe('shared/model imports', () => {
  it('are zod or relative files inside shared/', () => {
    const files = sourceFiles(modelDir);
    expect(files.length).toBeGreaterThan(10);
    const offending = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT_SPECIFIER)]
        .map(([, specifier = '']) => specifier)
        .filter((specifier) => specifier !== 'zod' && !staysInShared(file, specifier))
        .map((specifier) => `${relative(modelDir, file)}: ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});
