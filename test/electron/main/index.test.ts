import { expect, it, vi } from 'vitest';
import { fakeElectron } from '../../__mocks__/electron';

vi.mock('electron', () => import('../../__mocks__/electron'));
vi.mock('../../../electron/main/bootstrap', () => ({ bootstrap: vi.fn(() => Promise.resolve()) }));

it('the entry hands the electron module to bootstrap and does nothing else', async () => {
  const { bootstrap } = await import('../../../electron/main/bootstrap');
  await import('../../../electron/main/index');
  expect(bootstrap).toHaveBeenCalledTimes(1);
  const given = vi.mocked(bootstrap).mock.calls[0]![0];
  expect(given.app).toBe(fakeElectron.app);
  expect(given.ipcMain).toBe(fakeElectron.ipcMain);
  expect(given.BrowserWindow).toBe(fakeElectron.BrowserWindow);
});
