import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { bootstrap } from '../../../electron/main/bootstrap';
import { unpackedPath } from '../../../electron/main/unpacked-path';
import type { AppCore, StartCoreOptions } from '../../../electron/services/app-services';
import { EventBus } from '../../../electron/services/event-bus';
import { createDispatcher } from '../../../shared/contract/dispatch';
import { asElectronMain, createFakeElectron } from '../../__mocks__/electron';
import { useTempDir } from '../../support/temp-dir';

vi.mock('electron', () => import('../../__mocks__/electron'));

const tempDir = useTempDir('journey-studio-unpacked-');

describe('unpackedPath', () => {
  it.each([
    [
      '/opt/Journey Studio/resources/app.asar/dist/electron/mjml-worker.mjs',
      '/opt/Journey Studio/resources/app.asar.unpacked/dist/electron/mjml-worker.mjs',
    ],
    [
      'C:\\Program Files\\Journey Studio\\resources\\app.asar\\dist\\electron\\import-worker.mjs',
      'C:\\Program Files\\Journey Studio\\resources\\app.asar.unpacked\\dist\\electron\\import-worker.mjs',
    ],
    [
      '/Applications/Journey Studio.app/Contents/Resources/app.asar/dist/electron/mjml-worker.mjs',
      '/Applications/Journey Studio.app/Contents/Resources/app.asar.unpacked/dist/electron/mjml-worker.mjs',
    ],
  ])('moves %s out of the archive', (inside, outside) => expect(unpackedPath(inside)).toBe(outside));

  it.each([
    '/home/ada/journey-studio/dist/electron/mjml-worker.mjs',
    '/opt/app.asar.unpacked/dist/electron/mjml-worker.mjs',
    '/home/ada/my-app.asar/dist/electron/mjml-worker.mjs',
  ])('leaves %s as it is', (file) => expect(unpackedPath(file)).toBe(file));
});

describe('the packaged app', () => {
  it('starts the workers from app.asar.unpacked, where electron-builder puts them', async () => {
    const electron = createFakeElectron();
    electron.app.paths.userData = tempDir();
    // Only the dispatcher and events are used by the window; the rest of the core is never reached.
    const startCore = vi.fn(
      (_options: StartCoreOptions) =>
        ({
          context: {} as AppCore['context'],
          dispatcher: createDispatcher({ services: {}, events: {} }, {}),
          events: new EventBus(),
          stop: async () => {},
        }) as unknown as AppCore,
    );
    const resources = path.join('/opt', 'Journey Studio', 'resources');
    await bootstrap(asElectronMain(electron), {
      argv: ['journey-studio'],
      env: {},
      platform: 'linux',
      baseDir: path.join(resources, 'app.asar', 'dist', 'electron'),
      startCore,
      log: () => {},
    });
    expect(startCore).toHaveBeenCalledWith(
      expect.objectContaining({
        mjmlWorkerPath: path.join(resources, 'app.asar.unpacked', 'dist', 'electron', 'mjml-worker.mjs'),
        importWorkerPath: path.join(resources, 'app.asar.unpacked', 'dist', 'electron', 'import-worker.mjs'),
      }),
    );
  });
});
