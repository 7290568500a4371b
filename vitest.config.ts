import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'test/bench/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    // Each file gets its own temp data dir; two workers fit this machine's two cores.
    pool: 'forks',
    maxWorkers: 2,
  },
});
