import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootstrap } from '../../../electron/main/bootstrap';
import { startCore, type AppCore, type StartCoreOptions } from '../../../electron/services/app-services';
import { IPC_INVOKE_CHANNEL, IPC_PICKED_FILE_CHANNEL } from '../../../shared/contract/bridge';
import {
  asElectronMain,
  createFakeElectron,
  FakeSession,
  FakeWebContents,
  type FakeElectron,
} from '../../__mocks__/electron';
import { useTempDir } from '../../support/temp-dir';

vi.mock('electron', () => import('../../__mocks__/electron'));

const tempDir = useTempDir('journey-studio-picked-');

/**
 * The desktop app as the page sees it: bootstrap on a fake electron module, over a real core with
 * a real database, so an import preview really reads the CSV.
 */
describe('imports from a path the user picked or dropped', () => {
  let electron: FakeElectron;
  let core: AppCore | null;
  let csv: string;
  let secret: string;

  const windowEvent = () => {
    const win = electron.BrowserWindow.instances[0]!;
    return { sender: win.webContents, senderFrame: win.webContents.mainFrame };
  };
  const preview = (file: string, event: unknown = windowEvent()) =>
    electron.ipcMain.call(IPC_INVOKE_CHANNEL, event, 'imports', 'preview', { source: { path: file } });
  const pick = (file: unknown, event: unknown = windowEvent()) =>
    electron.ipcMain.send(IPC_PICKED_FILE_CHANNEL, event, file);

  beforeEach(async () => {
    electron = createFakeElectron();
    const dir = tempDir();
    electron.app.paths.userData = path.join(dir, 'data');
    csv = path.join(dir, 'contacts.csv');
    fs.writeFileSync(csv, 'customerId,email\nc1,ada@example.com\n');
    secret = path.join(dir, 'id_rsa');
    fs.writeFileSync(secret, 'customerId\n-----BEGIN PRIVATE KEY-----\n');
    core = null;
    await bootstrap(asElectronMain(electron), {
      argv: ['electron', '.'],
      env: {},
      platform: 'linux',
      baseDir: path.join(dir, 'dist', 'electron'),
      startCore: (options: StartCoreOptions) => (core = startCore(options)),
      log: () => {},
    });
    expect(electron.BrowserWindow.instances).toHaveLength(1);
  });

  afterEach(async () => {
    await core?.stop();
  });

  it('refuses a path the user never picked, naming the field, without reading the file', async () => {
    const refused = await preview(secret);
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: expect.stringMatching(/^source\.path: .*picked or dropped.*"id_rsa"/),
        issues: [{ path: 'source.path', message: expect.stringContaining('picked or dropped') }],
      },
    });
    expect(JSON.stringify(refused)).not.toContain('PRIVATE KEY');
    const start = await electron.ipcMain.call(IPC_INVOKE_CHANNEL, windowEvent(), 'imports', 'start', {
      source: { path: secret },
      mapping: { customerId: { to: 'field', key: 'customerId' } },
      existing: 'update',
      defaultCountry: 'US',
    });
    expect(start).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('reads a file once the preload has reported it as picked', async () => {
    pick(csv);
    const answer = await preview(csv);
    expect(answer).toMatchObject({ ok: true, value: { columns: ['customerId', 'email'] } });
    // The same file under another spelling of its path is the same file.
    expect(await preview(path.join(path.dirname(csv), '.', 'contacts.csv'))).toMatchObject({ ok: true });
    // Another file in the same folder is not.
    expect(await preview(secret)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('ignores reports from frames other than the app window and reports that are not absolute paths', async () => {
    const stranger = new FakeWebContents(new FakeSession(), 'https://evil.example/');
    pick(secret, { sender: stranger, senderFrame: stranger.mainFrame });
    pick({ path: secret });
    pick('id_rsa');
    expect(await preview(secret)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('leaves uploads (the browser host’s way in) and other calls alone', async () => {
    const upload = await electron.ipcMain.call(IPC_INVOKE_CHANNEL, windowEvent(), 'imports', 'preview', {
      source: { uploadId: 'missing' },
    });
    expect(upload).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await electron.ipcMain.call(IPC_INVOKE_CHANNEL, windowEvent(), 'journeys', 'list', {})).toMatchObject({
      ok: true,
    });
  });
});
