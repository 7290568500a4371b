import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const sharedDir = fileURLToPath(new URL('../../../shared', import.meta.url));
const audienceDir = join(sharedDir, 'audience');
const IMPORT_SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g;
// libphonenumber-js only through its small metadata build: the full one would add ~150 kB to the renderer.
const PACKAGES = new Set(['zod', 'libphonenumber-js/min']);

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

// The sender engine (Node), the CLI and the renderer all run this code.
describe('shared/audience imports', () => {
  it('are zod, libphonenumber-js/min or relative files inside shared/', () => {
    const files = sourceFiles(audienceDir);
    expect(files.length).toBeGreaterThan(10);
    const offending = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT_SPECIFIER)]
        .map(([, specifier = '']) => specifier)
        .filter((specifier) => !PACKAGES.has(specifier) && !staysInShared(file, specifier))
        .map((specifier) => `${relative(audienceDir, file)}: ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});
