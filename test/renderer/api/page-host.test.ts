import { describe, expect, it } from 'vitest';
import { BRIDGE_GLOBAL, type PreloadBridge } from '../../../shared/contract/index';
import { createAppClient } from '../../../renderer/src/api/client';
import { nativePathOf, pageHost } from '../../../renderer/src/api/page-host';
import { authorizationHeaders, takeTokenFromLocation } from '../../../renderer/src/api/token';
import { MemoryStorage } from '../../support/memory-storage';

/** Just enough of a window for the host question: a location, a history and session storage. */
function browserWindow(href: string, extra: Record<string, unknown> = {}) {
  const url = new URL(href);
  const location = { href: url.href, hash: url.hash, pathname: url.pathname, search: url.search };
  const replaced: string[] = [];
  const history = { replaceState: (_state: unknown, _title: string, to: string) => void replaced.push(to) };
  return {
    win: { location, history, sessionStorage: new MemoryStorage(), ...extra } as unknown as Window,
    replaced,
  };
}

const bridge: PreloadBridge = {
  invoke: () => Promise.resolve({ ok: true, value: null }),
  on: () => () => {},
  pathForFile: (file) => (file.name === 'picked.csv' ? '/home/me/picked.csv' : ''),
};

describe('which host the page runs in', () => {
  it('is the desktop app when the preload bridge is on the window, and the client says so', () => {
    const { win } = browserWindow('app://journey-studio/index.html', { [BRIDGE_GLOBAL]: bridge });
    const host = pageHost(win);
    expect(host).toEqual({ kind: 'electron', bridge });
    expect(createAppClient(win).host).toBe('electron');
    expect(nativePathOf(new File(['x'], 'picked.csv'), host)).toBe('/home/me/picked.csv');
    expect(nativePathOf(new File(['x'], 'made-in-page.csv'), host)).toBeNull();
  });

  it('is a browser otherwise, whose files have no path', () => {
    const { win } = browserWindow('http://127.0.0.1:4000/#token=abc');
    expect(pageHost(win)).toEqual({ kind: 'browser' });
    expect(createAppClient(win).host).toBe('browser');
    expect(nativePathOf(new File(['x'], 'picked.csv'), pageHost(win))).toBeNull();
  });
});

describe('the access token', () => {
  it('is taken from the address once, kept for the tab and sent as a bearer token', () => {
    const { win, replaced } = browserWindow('http://127.0.0.1:4000/?x=1#token=Ab-9_z');
    expect(takeTokenFromLocation(win.location, win.history, win.sessionStorage)).toBe('Ab-9_z');
    expect(replaced).toEqual(['/?x=1#/']);

    const reloaded = browserWindow('http://127.0.0.1:4000/#/journeys');
    reloaded.win.sessionStorage.setItem('journey-studio.token', 'Ab-9_z');
    expect(takeTokenFromLocation(reloaded.win.location, reloaded.win.history, reloaded.win.sessionStorage)).toBe(
      'Ab-9_z',
    );
    expect(reloaded.replaced).toEqual([]);
    expect(authorizationHeaders('Ab-9_z')).toEqual({ Authorization: 'Bearer Ab-9_z' });
  });

  it('is absent from a tab that was never given one', () => {
    const { win } = browserWindow('http://127.0.0.1:4000/');
    expect(takeTokenFromLocation(win.location, win.history, win.sessionStorage)).toBeNull();
  });
});
