import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const sharedDir = fileURLToPath(new URL('../../shared', import.meta.url));

/** Every part of shared/, read from disk so that a new folder is checked without being listed. */
const PARTS = readdirSync(sharedDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/**
 * What each part of shared/ may import besides its own files. Everything here runs in the renderer,
 * the Node side and the CLI alike; the packages are pure JavaScript. A part not named here may import
 * zod only. libphonenumber-js only through its small metadata build: the full one would add ~150 kB
 * to the renderer. Liquid (for template variables) only through shared/templates.
 */
const DEFAULT_PACKAGES: readonly string[] = ['zod'];
const ALLOWED_PACKAGES: Record<string, readonly string[]> = {
  audience: ['zod', 'libphonenumber-js/min'],
  graph: ['zod', 'elkjs/lib/elk-api', 'elkjs/lib/elk.bundled.js'],
  templates: ['zod', 'liquidjs'],
};

/** Never allowed anywhere in shared/, whatever the table above says. */
const FORBIDDEN = /^(node:|electron$|electron\/|react$|react\/|react-dom|better-sqlite3$)/;

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '.cjs'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE_EXTENSIONS.some((extension) => entry.name.endsWith(extension)) ? [path] : [];
  });
}

/** Static imports, re-exports, `import type` and dynamic `import()` alike, as the compiler reads them. */
function importsIn(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((imported) => imported.fileName);
}

function staysInShared(file: string, specifier: string): boolean {
  return specifier.startsWith('.') && !relative(sharedDir, join(dirname(file), specifier)).startsWith('..');
}

function offends(file: string, specifier: string, packages: readonly string[]): boolean {
  return FORBIDDEN.test(specifier) || (!packages.includes(specifier) && !staysInShared(file, specifier));
}

function offendingImports(part: string, packages: readonly string[]): string[] {
  return sourceFiles(join(sharedDir, part)).flatMap((file) =>
    importsIn(readFileSync(file, 'utf8'))
      .filter((specifier) => offends(file, specifier, packages))
      .map((specifier) => `${relative(sharedDir, file)}: ${specifier}`),
  );
}

describe('shared/ imports', () => {
  it('finds every part of shared/, and every part the table names exists', () => {
    expect(PARTS).toEqual(expect.arrayContaining(['audience', 'contract', 'graph', 'model', 'validation']));
    expect(Object.keys(ALLOWED_PACKAGES).filter((part) => !PARTS.includes(part))).toEqual([]);
  });

  it.each(PARTS)('shared/%s imports only its allowed packages or files inside shared/', (part) => {
    expect(offendingImports(part, ALLOWED_PACKAGES[part] ?? DEFAULT_PACKAGES)).toEqual([]);
  });

  it('reads every kind of import, so the check above cannot pass by missing one', () => {
    const file = join(sharedDir, 'model', 'probe.ts');
    const text = [
      "import fs from 'node:fs';",
      "import type { Database } from 'better-sqlite3';",
      "export * from '../../electron/services/audience/contacts-table';",
      "const React = import('react');",
      "const words = ['import', 'from'];",
      "import { z } from 'zod';",
    ].join('\n');
    expect(importsIn(text).filter((specifier) => offends(file, specifier, DEFAULT_PACKAGES))).toEqual([
      'node:fs',
      'better-sqlite3',
      '../../electron/services/audience/contacts-table',
      'react',
    ]);
    expect(offends(file, 'react', ['react'])).toBe(true);
  });
});
