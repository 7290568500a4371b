import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { startCore } from '../../../electron/services/app-services';
import { useTempDir } from '../../support/temp-dir';
import { MJML_WORKER_PATH } from '../services/rendering/support/workers';
import { captureIo } from './support/capture-io';

const tempDir = useTempDir('journey-studio-cli-test-send-');

/** A data folder with an email and an SMS template, a sample profile "Ann" and a contact. */
async function seededDataDir(): Promise<string> {
  const dataDir = tempDir();
  const core = startCore({ dataDir, host: 'browser', appVersion: 'test', mjmlWorkerPath: MJML_WORKER_PATH });
  try {
    const call = (service: string, method: string, input: unknown) =>
      core.dispatcher.dispatch(service, method, input).then((envelope) => {
        if (!envelope.ok) throw new Error(envelope.error.message);
        return envelope.value;
      });
    await call('fields', 'create', { key: 'firstName', label: 'First name', type: 'text' });
    await call('templates', 'create', {
      channel: 'email',
      name: 'Welcome mail',
      content: {
        subject: 'Welcome, {{ customer.firstName }}',
        preheader: '',
        fromName: 'Shop',
        mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>Dear {{ customer.firstName }}</mj-text></mj-column></mj-section></mj-body></mjml>',
      },
    });
    await call('templates', 'create', {
      channel: 'sms',
      name: 'Reminder SMS',
      content: { body: 'Still there, {{ customer.firstName }}?', senderId: 'SHOP' },
    });
    await call('profiles', 'create', { name: 'Ann', data: { customer: { firstName: 'Ann' }, order: {}, event: {} } });
    await call('contacts', 'save', { contact: { customerId: 'cus_bo', firstName: 'Bo', phone: '+4915112345678' } });
  } finally {
    await core.stop();
  }
  return dataDir;
}

async function outboxOf(dataDir: string) {
  const core = startCore({ dataDir, host: 'browser', appVersion: 'test' });
  try {
    return core.context.store.db
      .prepare('SELECT channel, recipient, idempotency_key, is_test, contact_id, rendered FROM outbox_messages')
      .all() as {
      channel: string;
      recipient: string;
      idempotency_key: string;
      is_test: number;
      contact_id: string | null;
      rendered: string;
    }[];
  } finally {
    await core.stop();
  }
}

describe('journey-studio test-send', () => {
  it('renders an email with a sample profile by name and puts it in the outbox as a test', async () => {
    const dataDir = await seededDataDir();
    const io = captureIo();
    const code = await runCli(
      ['test-send', '--template', 'welcome MAIL', '--to', 'ann@example.com', '--profile', 'ann', '--data-dir', dataDir],
      io,
    );
    expect(io.errText()).toBe('');
    expect(code).toBe(0);
    const lines = io.outText().split('\n');
    expect(lines[0]).toBe('sent email to ann@example.com via outbox');
    expect(lines[1]).toMatch(/^message id: \S+$/);
    expect(lines[2]).toBe(`outbox entry: ${lines[1]!.slice('message id: '.length)}`);
    expect(lines[3]).toMatch(/^idempotency key: test:[0-9a-f-]{36}$/);

    const [row] = await outboxOf(dataDir);
    expect(row).toMatchObject({ channel: 'email', recipient: 'ann@example.com', is_test: 1, contact_id: null });
    const output = (JSON.parse(row!.rendered) as { output: { subject: string; html: string; text: string } }).output;
    expect(output.subject).toBe('Welcome, Ann');
    expect(output.html).toContain('Dear Ann');
    expect(JSON.stringify(output)).not.toMatch(/{{|{%/);
  });

  it('renders with a real contact', async () => {
    const dataDir = await seededDataDir();
    const io = captureIo();
    const code = await runCli(
      [
        'test-send',
        '--template',
        'Reminder SMS',
        '--to',
        '+49 151 12345678',
        '--contact',
        'cus_bo',
        '--data-dir',
        dataDir,
      ],
      io,
    );
    expect(code).toBe(0);
    expect(io.outText()).toContain('sent sms to +4915112345678 via outbox');
    const [row] = await outboxOf(dataDir);
    expect(row).toMatchObject({ recipient: '+4915112345678', contact_id: 'cus_bo', is_test: 1 });
    expect(JSON.parse(row!.rendered)).toMatchObject({ output: { body: 'Still there, Bo?' } });
  });

  it.each([
    [['--template', 'Reminder SMS'], 'journey-studio test-send: name the recipient: --to ADDRESS.'],
    [['--to', '+4915112345678'], 'journey-studio test-send: name the template: --template <id|name>.'],
    [
      ['--template', 'Reminder SMS', '--to', 'ann@example.com'],
      'journey-studio test-send: recipient.address: "ann@example.com" is not a phone number',
    ],
    [
      ['--template', 'Nope', '--to', '+4915112345678'],
      'journey-studio test-send: no template has the id or name "Nope".',
    ],
    [
      ['--template', 'Reminder SMS', '--to', '+4915112345678', '--profile', 'Ann', '--contact', 'cus_bo'],
      'journey-studio test-send: render with a sample profile (--profile) or a contact (--contact), not both.',
    ],
    [
      ['--template', 'Reminder SMS', '--to', '+4915112345678', '--contact', 'cus_nobody'],
      'journey-studio test-send: There is no contact with customerId "cus_nobody".',
    ],
  ])('refuses %j with exit code 2 and says why', async (args, message) => {
    const dataDir = await seededDataDir();
    const io = captureIo();
    expect(await runCli(['test-send', ...args, '--data-dir', dataDir], io)).toBe(2);
    expect(io.errText()).toContain(message);
    expect(await outboxOf(dataDir)).toEqual([]);
  });
});
