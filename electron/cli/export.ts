import type { AppCore } from '../services/app-services';
import { exportJourney } from '../services/exchange/export-journey';
import { writePrivateFile } from '../services/private-files';
import { CliError, reportFailure } from './cli-error';
import { commandArgs } from './command-args';
import type { CliIo } from './main';
import { withCore } from './open-core';

/** An id wins over a name; names match whole and without case, and must match one journey only. */
export function findJourneyId(core: AppCore, idOrName: string, verb = 'export'): string {
  const { store } = core.context;
  if (store.journeys.find(idOrName) !== undefined) return idOrName;
  const wanted = idOrName.toLocaleLowerCase();
  const matches = store.journeys.list().filter((journey) => journey.name.toLocaleLowerCase() === wanted);
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length === 0)
    throw new CliError(2, `no journey has the id or name "${idOrName}" (journeys in the trash are found by id only).`);
  throw new CliError(
    2,
    `${matches.length} journeys are named "${idOrName}"; ${verb} one of them by its id:`,
    matches.map((journey) => `${journey.id}  ${journey.name}  (${journey.status}, last changed ${journey.updatedAt})`),
  );
}

/** `journey-studio export <id|name> [-o file] [--data-dir DIR]`: the file to -o or stdout, warnings to stderr. */
export async function runExport(args: string[], io: CliIo, help: string): Promise<number> {
  try {
    const {
      values,
      positional,
      help: wantsHelp,
    } = commandArgs('export', args, 'id or name', {
      output: { type: 'string', short: 'o' },
      'data-dir': { type: 'string' },
    });
    if (wantsHelp) {
      io.out(help);
      return 0;
    }
    const file = await withCore({ dataDir: values['data-dir'], mustExist: true }, (core) =>
      exportJourney(core.context, findJourneyId(core, positional)),
    );
    for (const warning of file.warnings) io.err(`warning: ${warning}`);
    if (values.output === undefined) {
      if (io.write) io.write(file.content);
      else io.out(file.content.replace(/\n$/, ''));
      return 0;
    }
    try {
      await writePrivateFile(values.output, file.content);
    } catch (error) {
      throw new CliError(1, `cannot write "${values.output}": ${(error as Error).message}`);
    }
    io.err(`Exported to ${values.output}`);
    return 0;
  } catch (error) {
    return reportFailure(io, 'export', error);
  }
}
