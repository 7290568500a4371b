import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { useTempDir } from '../../support/temp-dir';
import { step, useEngineCores } from '../services/engine/support/engine-harness';
import { captureIo } from './support/capture-io';

const tempDir = useTempDir('journey-studio-cli-stats-');
const connect = useEngineCores(tempDir);

describe('journey-studio stats', () => {
  it('prints every counter per step, as JSON and as a table', async () => {
    const dataDir = tempDir();
    const e = connect({ dataDir });
    const sms = await e.smsTemplate();
    await e.contact({ customerId: 'a', phone: '+34600000001' });
    await e.contact({ customerId: 'b' });
    await e.launch(
      [
        step('entry', 'entry', { audience: { type: 'all' } }, { next: 'msg' }),
        step('msg', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
        step('exit', 'exit'),
      ],
      {},
      'Welcome',
    );
    await e.core.stop();

    const io = captureIo();
    expect(await runCli(['stats', 'welcome', '--json', '--data-dir', dataDir], io)).toBe(0);
    const stats = JSON.parse(io.outText()) as { name: string; steps: Record<string, unknown>[] };
    expect(stats.name).toBe('Welcome');
    expect(stats.steps.find((s) => s.nodeId === 'msg')).toMatchObject({
      version: 1,
      kind: 'message',
      entered: 2,
      sent: 1,
      delivered: 1,
      failed: 1,
      fellBack: 0,
      clicked: 0,
      converted: 0,
      exited: 0,
    });
    expect(stats.steps.find((s) => s.nodeId === 'exit')).toMatchObject({ entered: 2, exited: 2 });

    const text = captureIo();
    expect(await runCli(['stats', 'Welcome', '--data-dir', dataDir], text)).toBe(0);
    const lines = text.outText().split('\n');
    expect(lines[1]).toMatch(
      /^version\s+step\s+entered\s+sent\s+delivered\s+failed\s+fell back\s+clicked\s+converted\s+exited$/,
    );
    expect(lines.find((line) => line.includes('(msg)'))).toMatch(/\s2\s+1\s+1\s+1\s+0\s+0\s+0\s+0$/);

    const missing = captureIo();
    expect(await runCli(['stats', 'nope', '--data-dir', dataDir], missing)).toBe(2);
    expect(missing.errText()).toContain('no journey has the id or name "nope"');
  });
});
