import { parseArgs } from 'node:util';
import { EventInputSchema, eventIssues } from '../../shared/api-v1/events';
import { ApiError } from '../../shared/contract/index';
import { inboundEvent } from '../services/events/events-service';
import { CliError, reportFailure } from './cli-error';
import type { CliIo } from './main';
import { withCore } from './open-core';

function parseOptions<O extends Record<string, { type: 'string' | 'boolean' }>>(args: string[], options: O) {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' }, 'data-dir': { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > 0) throw new CliError(2, `unexpected argument "${positionals[0]}".`);
    return values as { [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean } & {
      help?: boolean;
      'data-dir'?: string;
    };
  } catch (error) {
    throw error instanceof CliError ? error : new CliError(2, (error as Error).message);
  }
}

/** The properties as given on the command line; a JSON error names where it is. */
function parseJsonOption(text: string | undefined, option: string): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(2, `${option} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * `journey-studio send-event --customer ID --name NAME [--properties JSON] [--customer-fields JSON]
 * [--idempotency-key KEY] [--data-dir DIR]`: the events API's checks and ingest path; prints the event id.
 */
export async function runSendEvent(args: string[], io: CliIo, help: string): Promise<number> {
  try {
    const values = parseOptions(args, {
      customer: { type: 'string' },
      name: { type: 'string' },
      properties: { type: 'string' },
      'customer-fields': { type: 'string' },
      'idempotency-key': { type: 'string' },
    });
    if (values.help) {
      io.out(help);
      return 0;
    }
    const candidate = {
      customerId: values.customer,
      name: values.name,
      properties: parseJsonOption(values.properties, '--properties'),
      customer: parseJsonOption(values['customer-fields'], '--customer-fields'),
      idempotencyKey: values['idempotency-key'],
    };
    const parsed = EventInputSchema.safeParse(candidate);
    if (!parsed.success) {
      const option: Record<string, string> = {
        customerId: '--customer',
        name: '--name',
        properties: '--properties',
        customer: '--customer-fields',
        idempotencyKey: '--idempotency-key',
      };
      const details = eventIssues(parsed.error).map((issue) => {
        const [head, ...rest] = issue.path.split(/(?=[.[])/);
        return `${option[head!] ?? head}${rest.join('')}: ${issue.message}`;
      });
      throw new CliError(2, 'the event is not valid:', details);
    }
    const [result] = await withCore({ dataDir: values['data-dir'], mustExist: false }, (core) => {
      try {
        return core.context.eventIngress.ingest([inboundEvent(parsed.data, 'cli', core.clock.now())]);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'BAD_INPUT')
          throw new CliError(
            2,
            'the customer fields are not valid:',
            (error.issues ?? []).map((issue) => `--customer-fields ${issue.path}: ${issue.message}`),
          );
        throw error;
      }
    });
    io.out(
      result!.duplicate
        ? `Already recorded as event ${result!.eventId} (same idempotency key); nothing new was recorded.`
        : `Recorded event ${result!.eventId}.`,
    );
    return 0;
  } catch (error) {
    return reportFailure(io, 'send-event', error);
  }
}

/**
 * `journey-studio api-key [--regenerate] [--data-dir DIR]`: prints the key (alone on standard
 * output, for scripts) when it is created. Only its digest is kept, so an existing key cannot be
 * printed again; --regenerate replaces it.
 */
export async function runApiKey(args: string[], io: CliIo, help: string): Promise<number> {
  try {
    const values = parseOptions(args, { regenerate: { type: 'boolean' } });
    if (values.help) {
      io.out(help);
      return 0;
    }
    return await withCore({ dataDir: values['data-dir'], mustExist: false }, ({ context }) => {
      const created = values.regenerate ? context.apiKeys.regenerate() : context.apiKeys.ensure();
      if (created !== null) {
        io.out(created.key);
        io.err(
          values.regenerate
            ? 'A new API key replaces the old one, which no longer works. Keep it now: it is not shown again.'
            : 'The API key was created. Keep it now: only its digest is stored, so it cannot be shown again.',
        );
        return 0;
      }
      const info = context.apiKeys.info()!;
      throw new CliError(
        1,
        `an API key exists already (${info.hint}, created ${info.createdAt}). Only its digest is stored, so it cannot be shown again; "journey-studio api-key --regenerate" makes a new one (the old one stops working).`,
      );
    });
  } catch (error) {
    return reportFailure(io, 'api-key', error);
  }
}
