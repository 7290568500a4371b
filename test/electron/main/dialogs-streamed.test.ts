import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BaseWindow } from 'electron';
import { createNativeDialogs, type NativeDialogs } from '../../../electron/main/dialogs';
import { asElectronMain, createFakeElectron, type FakeElectron } from '../../__mocks__/electron';
import { useTempDir } from '../../support/temp-dir';

vi.mock('electron', () => import('../../__mocks__/electron'));

const tempDir = useTempDir('journey-studio-dialogs-streamed-');

describe('createNativeDialogs saveFile with content made while writing', () => {
  let electron: FakeElectron;
  let dialogs: NativeDialogs;
  let dir: string;

  beforeEach(() => {
    electron = createFakeElectron();
    const win = new electron.BrowserWindow({});
    dialogs = createNativeDialogs(asElectronMain(electron).dialog, () => win as unknown as BaseWindow);
    dir = tempDir();
  });

  it('writes the chunks of a generator in order', async () => {
    const target = path.join(dir, 'contacts.csv');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const taken: string[] = [];
    function* chunks() {
      for (const chunk of ['customerId,email\r\n', 'c-1,a@example.com\r\n', 'c-2,ü@example.com\r\n']) {
        taken.push(chunk);
        yield chunk;
      }
    }
    await expect(dialogs.saveFile({ title: 'Export contacts', content: chunks() })).resolves.toEqual({ path: target });
    expect(fs.readFileSync(target, 'utf8')).toBe('customerId,email\r\nc-1,a@example.com\r\nc-2,ü@example.com\r\n');
    expect(taken).toHaveLength(3);
    if (process.platform !== 'win32') expect((fs.statSync(target).mode & 0o777).toString(8)).toBe('600');
  });

  it('leaves no half-written file when making the chunks fails', async () => {
    const target = path.join(dir, 'contacts.csv');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    async function* failing() {
      yield 'customerId\r\n';
      await Promise.resolve();
      throw new Error('The database is locked');
    }
    await expect(dialogs.saveFile({ title: 'Export contacts', content: failing() })).rejects.toThrow(
      'The database is locked',
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('does not start making chunks when the dialog is cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    let started = false;
    function* chunks() {
      started = true;
      yield 'x';
    }
    await expect(dialogs.saveFile({ title: 'Export contacts', content: chunks() })).resolves.toBeNull();
    expect(started).toBe(false);
  });
});
