import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BaseWindow } from 'electron';
import { createNativeDialogs, type NativeDialogs } from '../../../electron/main/dialogs';
import { asElectronMain, createFakeElectron, type FakeElectron } from '../../__mocks__/electron';
import { useTempDir } from '../../support/temp-dir';

vi.mock('electron', () => import('../../__mocks__/electron'));

const tempDir = useTempDir('journey-studio-dialogs-');
const JSON_FILTER = [{ name: 'Journey', extensions: ['json'] }];

describe('createNativeDialogs', () => {
  let electron: FakeElectron;
  let win: InstanceType<FakeElectron['BrowserWindow']> | null;
  let dialogs: NativeDialogs;
  let dir: string;

  beforeEach(() => {
    electron = createFakeElectron();
    win = new electron.BrowserWindow({});
    dialogs = createNativeDialogs(asElectronMain(electron).dialog, () => win as unknown as BaseWindow | null);
    dir = tempDir();
  });

  describe('saveFile', () => {
    it('writes the content where the user chose and returns the path', async () => {
      const target = path.join(dir, 'order-shipped.journey.json');
      electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
      const result = await dialogs.saveFile({
        title: 'Export journey',
        defaultPath: 'order-shipped.journey.json',
        filters: JSON_FILTER,
        content: '{"a":1}',
      });
      expect(result).toEqual({ path: target });
      expect(fs.readFileSync(target, 'utf8')).toBe('{"a":1}');
      expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(win, {
        title: 'Export journey',
        defaultPath: 'order-shipped.journey.json',
        filters: JSON_FILTER,
      });
    });

    it.skipIf(process.platform === 'win32')(
      'writes an exported file readable by its owner only, also over an older one readable by everyone',
      async () => {
        const target = path.join(dir, 'welcome.journey.json');
        fs.writeFileSync(target, 'an older export');
        fs.chmodSync(target, 0o644);
        electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
        await dialogs.saveFile({ title: 'Export journey', content: '{"a":1}' });
        expect(fs.readFileSync(target, 'utf8')).toBe('{"a":1}');
        expect((fs.statSync(target).mode & 0o777).toString(8)).toBe('600');
      },
    );

    it('writes binary content unchanged', async () => {
      const target = path.join(dir, 'image.png');
      electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
      await dialogs.saveFile({ title: 'Save', content: new Uint8Array([0, 255, 10]) });
      expect([...fs.readFileSync(target)]).toEqual([0, 255, 10]);
    });

    it('returns null and writes nothing when cancelled', async () => {
      electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
      await expect(dialogs.saveFile({ title: 'Export', content: 'x' })).resolves.toBeNull();
      expect(fs.readdirSync(dir)).toEqual([]);
    });

    it('opens an unattached dialog when there is no live window', async () => {
      win!.destroyed = true;
      await dialogs.saveFile({ title: 'Export', content: 'x' });
      expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith({
        title: 'Export',
        defaultPath: undefined,
        filters: undefined,
      });
    });
  });

  describe('openFile', () => {
    it('reads the chosen file', async () => {
      const source = path.join(dir, 'welcome.journey.json');
      fs.writeFileSync(source, '{"name":"Welcome – ünïcode"}');
      electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [source] });
      await expect(
        dialogs.openFile({ title: 'Import journey', filters: JSON_FILTER, maxBytes: 1024 }),
      ).resolves.toEqual({
        path: source,
        name: 'welcome.journey.json',
        content: '{"name":"Welcome – ünïcode"}',
      });
      expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(win, {
        title: 'Import journey',
        filters: JSON_FILTER,
        properties: ['openFile'],
      });
    });

    it('reads a file of exactly maxBytes', async () => {
      const source = path.join(dir, 'exact.json');
      fs.writeFileSync(source, 'x'.repeat(100));
      electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [source] });
      await expect(dialogs.openFile({ title: 'Import', maxBytes: 100 })).resolves.toMatchObject({
        content: 'x'.repeat(100),
      });
    });

    it('refuses a file larger than maxBytes with a clear error', async () => {
      const source = path.join(dir, 'huge.json');
      fs.writeFileSync(source, 'x'.repeat(3 * 1024 * 1024));
      electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [source] });
      await expect(dialogs.openFile({ title: 'Import', maxBytes: 1024 * 1024 })).rejects.toThrow(
        '"huge.json" is too large to open (3.0 MB): Journey Studio opens files up to 1.0 MB.',
      );
    });

    it('returns null when cancelled', async () => {
      electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
      await expect(dialogs.openFile({ title: 'Import', maxBytes: 10 })).resolves.toBeNull();
    });
  });
});
