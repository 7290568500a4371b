import { parseArgs } from 'node:util';
import { createClientKeys } from '../services/journey-api/client-keys';
import { CliError, reportFailure } from './cli-error';
import type { CliIo } from './main';
import { withCore } from './open-core';

export const CLIENT_KEY_COMMANDS = ['create', 'list', 'revoke'] as const;
type ClientKeyCommand = (typeof CLIENT_KEY_COMMANDS)[number];

export function isClientKeyCommand(word: string | undefined): word is ClientKeyCommand {
  return (CLIENT_KEY_COMMANDS as readonly string[]).includes(word ?? '');
}

/**
 * `journey-studio api-key create <name> | list | revoke <id|name> [--data-dir DIR]`: the journey
 * API's keys, one per client. create prints the key alone on standard output (only its digest is
 * stored, so it is never shown again); revoke stops every key of that id or name at once.
 */
export async function runClientKeys(command: ClientKeyCommand, args: string[], io: CliIo, help: string) {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new CliError(2, (error as Error).message);
    }
    if (parsed.values.help) {
      io.out(help);
      return 0;
    }
    const wanted = command === 'list' ? 0 : 1;
    if (parsed.positionals.length !== wanted)
      throw new CliError(
        2,
        command === 'list'
          ? `"api-key list" takes no argument, got: ${parsed.positionals.join(' ')}`
          : `name the client, e.g. "journey-studio api-key ${command} <${command === 'create' ? 'name' : 'id or name'}>".`,
      );
    const argument = parsed.positionals[0] ?? '';
    return await withCore({ dataDir: parsed.values['data-dir'], mustExist: command !== 'create' }, ({ context }) => {
      const keys = createClientKeys(context.store.db, context.now, context.newId);
      if (command === 'create') {
        let created;
        try {
          created = keys.create(argument);
        } catch (error) {
          throw new CliError(2, (error as Error).message);
        }
        io.out(created.key);
        io.err(
          `API key for "${created.name}" created (id ${created.id}). Keep it now: only its digest is stored, so it cannot be shown again.`,
        );
        return 0;
      }
      if (command === 'list') {
        const all = keys.list();
        if (all.length === 0) io.err('No client API keys yet: "journey-studio api-key create <name>" makes one.');
        for (const key of all)
          io.out(
            `${key.id}\t${key.name}\t${key.hint}\tcreated ${key.createdAt}\t${key.revokedAt ? `revoked ${key.revokedAt}` : 'active'}`,
          );
        return 0;
      }
      const revoked = keys.revoke(argument);
      if (revoked.length === 0) throw new CliError(2, `no active client API key has the id or name "${argument}".`);
      for (const key of revoked) io.out(`Revoked ${key.id} (${key.name}, ${key.hint}).`);
      return 0;
    });
  } catch (error) {
    return reportFailure(io, `api-key ${command}`, error);
  }
}
