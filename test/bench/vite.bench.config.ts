import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Builds the benchmark's baseline page with the same toolchain and settings as the app. */
export default defineConfig({
  root: 'test/bench/pages',
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: '../../../dist/bench/pages',
    emptyOutDir: true,
    target: 'es2023',
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { bare: 'test/bench/pages/bare-flow.html' } },
  },
});
