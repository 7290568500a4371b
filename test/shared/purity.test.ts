import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const sharedDir = fileURLToPath(new URL('../../shared', import.meta.url));
const IMPORT_SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g;

/**
 * What each part of shared/ may import besides its own files. Everything here runs in the renderer,
 * the Node side and the CLI alike; the packages are pure JavaScript. libphonenumber-js only through
 * its small metadata build: the full one would add ~150 kB to the renderer.
 */
const ALLOWED_PACKAGES: Record<string, readonly string[]> = {
  model: ['zod'],
  audience: ['zod', 'libphonenumber-js/min'],
  exchange: ['zod'],
  // Liquid (for template variables) only through shared/templates.
  validation: ['zod'],
  kinds: ['zod'],
};

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

describe('shared/ imports', () => {
  it.each(Object.entries(ALLOWED_PACKAGES))('shared/%s imports only %j or files inside shared/', (part, packages) => {
    const dir = join(sharedDir, part);
    const files = sourceFiles(dir);
    expect(files.length).toBeGreaterThan(10);
    const offending = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT_SPECIFIER)]
        .map(([, specifier = '']) => specifier)
        .filter((specifier) => !packages.includes(specifier) && !staysInShared(file, specifier))
        .map((specifier) => `${relative(dir, file)}: ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});
