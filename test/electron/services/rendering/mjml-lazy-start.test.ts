import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../../electron/services/app-services';
import { useTempDir } from '../../../support/temp-dir';
import { MJML_WORKER_PATH } from './support/workers';

// Vitest runs each test file in a fresh process, so nothing else can have loaded mjml here.
const require = createRequire(import.meta.url);
const mjmlInThisThread = () =>
  Object.keys(require.cache).some((file) => /[\\/]node_modules[\\/]mjml(-[a-z-]+)?[\\/]/.test(file));

const tempDir = useTempDir();
let core: AppCore | undefined;
afterEach(() => core?.stop());

describe('MJML stays off the startup path', () => {
  it('is not loaded by starting the core; the first email render starts the worker, which alone loads it', async () => {
    core = startCore({ dataDir: tempDir(), host: 'browser', appVersion: 'test', mjmlWorkerPath: MJML_WORKER_PATH });
    const mjml = core.context.renderer.mjml!;
    expect(mjml.workersStarted).toBe(0);

    const sms = await core.dispatcher.dispatch('templates', 'render', {
      channel: 'sms',
      content: { body: 'Order {{ order.id }}', senderId: '' },
    });
    expect(sms).toMatchObject({ ok: true, value: { output: { body: 'Order ORD-58213' } } });
    expect(mjml.workersStarted).toBe(0);

    const template = await core.dispatcher.dispatch('templates', 'create', { channel: 'email', name: 'Welcome' });
    const email = await core.dispatcher.dispatch('templates', 'render', {
      channel: 'email',
      content: (template as { value: { content: unknown } }).value.content,
    });
    expect(email).toMatchObject({
      ok: true,
      value: { ok: true, output: { html: expect.stringContaining('<!doctype html>') } },
    });
    expect(mjml.workersStarted).toBe(1);
    expect(mjmlInThisThread()).toBe(false);

    // The check itself works: loading mjml here is seen.
    require('mjml');
    expect(mjmlInThisThread()).toBe(true);
  });
});
