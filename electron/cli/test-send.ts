import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ApiErrorPayload, TestSendInput, TestSendResult } from '../../shared/contract/index';
import type { AppCore } from '../services/app-services';
import { CliError, reportFailure } from './cli-error';
import type { CliIo } from './main';
import { withCore } from './open-core';
import { bundledWorkerPath } from './serve';

/** Beside the bundled CLI (dist/node), else the source tree's worker (running from source). */
function mjmlWorkerPath(): string {
  const bundled = bundledWorkerPath('mjml-worker.mjs');
  if (fs.existsSync(bundled)) return bundled;
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'services', 'rendering', 'mjml-worker.mjs');
}

/** One template or sample profile by id, or by a name that exactly one of them has (ignoring case). */
function findByIdOrName<T extends { id: string; name: string }>(
  what: string,
  items: readonly T[],
  idOrName: string,
): T {
  const byId = items.find((item) => item.id === idOrName);
  if (byId !== undefined) return byId;
  const wanted = idOrName.toLocaleLowerCase();
  const matches = items.filter((item) => item.name.toLocaleLowerCase() === wanted);
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new CliError(2, `no ${what} has the id or name "${idOrName}".`);
  throw new CliError(
    2,
    `${matches.length} ${what}s are named "${idOrName}"; name one of them by its id:`,
    matches.map((item) => `${item.id}  ${item.name}`),
  );
}

async function send(core: AppCore, input: TestSendInput): Promise<TestSendResult> {
  const envelope = await core.dispatcher.dispatch('testSend', 'send', input);
  if (envelope.ok) return envelope.value as TestSendResult;
  const error: ApiErrorPayload = envelope.error;
  const usage = error.code === 'BAD_INPUT' || error.code === 'NOT_FOUND';
  throw new CliError(usage ? 2 : 1, error.message);
}

/**
 * `journey-studio test-send --template <id|name> --to ADDRESS [--profile NAME|--contact ID] [--data-dir DIR]`:
 * the Test send of the app, from the command line.
 */
export async function runTestSend(args: string[], io: CliIo, help: string): Promise<number> {
  try {
    let values: { template?: string; to?: string; profile?: string; contact?: string; 'data-dir'?: string };
    try {
      const parsed = parseArgs({
        args,
        options: {
          template: { type: 'string' },
          to: { type: 'string' },
          profile: { type: 'string' },
          contact: { type: 'string' },
          'data-dir': { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
        strict: true,
      });
      if (parsed.values.help) {
        io.out(help);
        return 0;
      }
      values = parsed.values;
    } catch (error) {
      throw new CliError(2, (error as Error).message);
    }
    const { template, to, profile, contact } = values;
    if (template === undefined) throw new CliError(2, 'name the template: --template <id|name>.');
    if (to === undefined) throw new CliError(2, 'name the recipient: --to ADDRESS.');
    if (profile !== undefined && contact !== undefined)
      throw new CliError(2, 'render with a sample profile (--profile) or a contact (--contact), not both.');
    const result = await withCore(
      { dataDir: values['data-dir'], mustExist: true, mjmlWorkerPath: mjmlWorkerPath() },
      (core) => {
        const { store } = core.context;
        return send(core, {
          templateId: findByIdOrName('template', store.templates.list(), template).id,
          recipient: { type: 'address', address: to },
          profile:
            contact !== undefined
              ? { type: 'contact', customerId: contact }
              : profile !== undefined
                ? { type: 'sample', profileId: findByIdOrName('sample profile', store.profiles.list(), profile).id }
                : { type: 'sample' },
        });
      },
    );
    if (result.status === 'failed') {
      io.err(`journey-studio test-send: not sent (${result.provider}): ${result.error}`);
      return 1;
    }
    io.out(`sent ${result.channel} to ${result.recipient} via ${result.provider}`);
    io.out(`message id: ${result.providerMessageId}`);
    if (result.outboxMessageId !== null) io.out(`outbox entry: ${result.outboxMessageId}`);
    io.out(`idempotency key: ${result.idempotencyKey}`);
    return 0;
  } catch (error) {
    return reportFailure(io, 'test-send', error);
  }
}
