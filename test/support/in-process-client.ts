import { afterEach } from 'vitest';
import { contract, createClient, type Envelope, type Transport } from '../../shared/contract/index';
import { inProcessTransport } from './in-process-transport';
import { startCore, type AppCore } from '../../electron/services/app-services';

export interface InProcessClient {
  client: ReturnType<typeof createClient<typeof contract>>;
  /** What the client calls through (counted in `calls`, failing on `failNext`). */
  transport: Transport;
  core: AppCore;
  /** Makes the next `count` calls fail as if the server were unreachable. */
  failNext(count: number): void;
  calls: string[];
}

/** The real services over a real SQLite file, reached without HTTP: for renderer-side logic tests. */
export function useInProcessClient(tempDir: () => string) {
  const cores: AppCore[] = [];
  afterEach(() => Promise.all(cores.splice(0).map((core) => core.stop())));
  return (dataDir = tempDir()): InProcessClient => {
    const core = startCore({ dataDir, host: 'browser', appVersion: 'test' });
    cores.push(core);
    let failures = 0;
    const calls: string[] = [];
    const transport: Transport = {
      ...inProcessTransport(core),
      async invoke(service, method, input): Promise<Envelope> {
        calls.push(`${service}.${method}`);
        if (failures > 0) {
          failures--;
          return { ok: false, error: { code: 'UNAVAILABLE', message: 'Journey Studio is not reachable.' } };
        }
        return core.dispatcher.dispatch(service, method, input);
      },
    };
    return {
      client: createClient(contract, transport),
      transport,
      core,
      failNext: (count) => (failures = count),
      calls,
    };
  };
}
