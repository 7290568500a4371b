import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { startCore, type AppCore } from '../../electron/services/app-services';
import { startHost, type RunningHost } from '../../electron/host/server';

export interface HostUnderTest {
  host: RunningHost;
  core: AppCore;
  /** Calls an API method as the renderer does, with the token. */
  call(service: string, method: string, input?: unknown, headers?: Record<string, string>): Promise<Response>;
}

/** A real host on 127.0.0.1 over a real SQLite file; stopped after each test. */
export function useRunningHost(tempDir: () => string) {
  const running: { host: RunningHost; core: AppCore }[] = [];
  afterEach(async () => {
    for (const { host, core } of running.splice(0)) {
      await host.close();
      await core.stop();
    }
  });
  return async (dataDir = tempDir()): Promise<HostUnderTest> => {
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Journey Studio</title>');
    fs.mkdirSync(path.join(staticDir, 'assets'));
    fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    const core = startCore({ dataDir, host: 'browser', appVersion: 'test' });
    const host = await startHost({ core, staticDir, port: 0 });
    running.push({ host, core });
    return {
      host,
      core,
      call: (service, method, input, headers = {}) =>
        fetch(`${host.url}api/call/${service}/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, ...headers },
          body: JSON.stringify(input ?? null),
        }),
    };
  };
}
