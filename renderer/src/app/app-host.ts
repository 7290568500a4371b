import type { AppClient } from '../api/client';

export type AppHost = 'electron' | 'browser';

const hosts = new WeakMap<AppClient, Promise<AppHost>>();

/**
 * Which host the page runs in: the desktop app saves and opens files through its own dialogs,
 * a browser downloads and picks files itself. Asked once per client; the host never changes.
 */
export function hostOf(client: AppClient): Promise<AppHost> {
  let host = hosts.get(client);
  if (host === undefined) {
    host = client.app.info().then((info) => info.host);
    // A failed question is asked again next time rather than remembered.
    host.catch(() => hosts.delete(client));
    hosts.set(client, host);
  }
  return host;
}
