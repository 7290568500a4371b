import { afterEach } from 'vitest';
import { contract, createClient } from '../../../../shared/contract/index';
import { inProcessTransport } from '../../../support/in-process-transport';
import { startCore, type AppCore, type StartCoreOptions } from '../../../../electron/services/app-services';
import { MJML_WORKER_PATH } from '../rendering/support/workers';

/**
 * The services through the same dispatcher both hosts use, over an in-process transport, with
 * the MJML worker from the source tree. Cores are closed after each test.
 */
export function useCores(tempDir: () => string) {
  const cores: AppCore[] = [];
  afterEach(() => Promise.all(cores.splice(0).map((core) => core.stop())));
  return (options: Partial<StartCoreOptions> = {}) => {
    const core = startCore({
      dataDir: tempDir(),
      host: 'browser',
      appVersion: 'test',
      mjmlWorkerPath: MJML_WORKER_PATH,
      ...options,
    });
    cores.push(core);
    const events: { event: string; payload: unknown }[] = [];
    core.events.subscribe((event, payload) => events.push({ event, payload }));
    return { client: createClient(contract, inProcessTransport(core)), events, core };
  };
}
