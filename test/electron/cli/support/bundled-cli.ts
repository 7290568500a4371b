import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const requireFromRoot = createRequire(path.join(root, 'package.json'));

/**
 * Bundles the CLI entry the way build/build.mjs does, into `outDir` rather than dist/ (which other
 * builds may be rewriting). Packages the build keeps external are pointed at this checkout's
 * node_modules by absolute path, so the bundle runs from a temp dir.
 */
export async function bundleCli(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'cli.mjs');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['electron/cli/index.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    logLevel: 'silent',
    define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    plugins: [
      {
        name: 'external-from-checkout',
        setup(build) {
          build.onResolve({ filter: /^(better-sqlite3|mjml|electron)$/ }, ({ path: name }) => ({
            path: requireFromRoot.resolve(name),
            external: true,
          }));
        },
      },
    ],
  });
  return outfile;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI in a child process, as a shell would. */
export function runCliProcess(cli: string, args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      resolve({ code, stdout, stderr });
    });
  });
}
