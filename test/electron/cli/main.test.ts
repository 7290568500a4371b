import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../electron/cli/main';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

function captureIo(): CliIo & { outText(): string; errText(): string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    outText: () => out.join('\n'),
    errText: () => err.join('\n'),
  };
}

describe('journey-studio CLI', () => {
  it('prints help with the serve command and its options', async () => {
    const io = captureIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.outText()).toMatch(/journey-studio serve \[--port N\] \[--data-dir DIR\]/);
  });

  it('prints help and fails when no command is given', async () => {
    const io = captureIo();
    expect(await runCli([], io)).toBe(2);
    expect(io.outText()).toContain('Usage:');
  });

  it('names an unknown command', async () => {
    const io = captureIo();
    expect(await runCli(['publish-everything'], io)).toBe(2);
    expect(io.errText()).toContain('unknown command "publish-everything"');
  });

  it('refuses a bad port and unknown options with a clear line', async () => {
    const badPort = captureIo();
    expect(await runCli(['serve', '--port', 'eighty'], badPort)).toBe(2);
    expect(badPort.errText()).toContain('--port must be a whole number from 0 to 65535, not "eighty"');
    const unknown = captureIo();
    expect(await runCli(['serve', '--colour', 'blue'], unknown)).toBe(2);
    expect(unknown.errText()).toMatch(/--colour/);
  });

  it('says which port is taken instead of crashing', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const io = captureIo();
      expect(await runCli(['serve', '--port', String(port), '--data-dir', tempDir()], io)).toBe(1);
      expect(io.errText()).toContain(`port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});
