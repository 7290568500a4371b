import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMjmlWorker, MJML_WORKER_FILE } from '../../build/build.mjs';
import { unpackedPath } from '../../electron/main/unpacked-path';
import { createMjmlRenderer } from '../../electron/services/rendering/mjml-renderer';

/**
 * In the packaged app the MJML worker runs from app.asar.unpacked, where no node_modules folder
 * can be reached: the bundle build.mjs makes must carry mjml and html-to-text inside.
 */
describe('the MJML worker as packaged', () => {
  let dir: string;
  let workerPath: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-packed-'));
    const electronDir = path.join(dir, 'resources', 'app.asar.unpacked', 'dist', 'electron');
    fs.mkdirSync(electronDir, { recursive: true });
    await buildMjmlWorker(path.join(electronDir, MJML_WORKER_FILE));
    workerPath = unpackedPath(path.join(dir, 'resources', 'app.asar', 'dist', 'electron', MJML_WORKER_FILE));
  }, 60_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('renders email from beside the archive, with no node_modules in reach', async () => {
    expect(fs.existsSync(workerPath)).toBe(true);
    const renderer = createMjmlRenderer({ workerPath, timeoutMs: 30_000 });
    try {
      const outcome = await renderer.render(
        '<mjml><mj-body><mj-section><mj-column><mj-text>Hello <a href="https://example.com/">there</a></mj-text></mj-column></mj-section></mj-body></mjml>',
      );
      expect(outcome).toMatchObject({ kind: 'rendered', issues: [] });
      if (outcome.kind !== 'rendered') return;
      expect(outcome.html).toContain('Hello');
      expect(outcome.text).toBe('Hello there [https://example.com/]');
    } finally {
      await renderer.close();
    }
  });
});
