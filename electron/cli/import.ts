import path from 'node:path';
import { isApiError } from '../../shared/contract/index';
import { importJourney } from '../services/exchange/import-journey';
import { CliError, reportFailure } from './cli-error';
import { commandArgs } from './command-args';
import { journeyFileFailure } from './journey-file-failure';
import type { CliIo } from './main';
import { withCore } from './open-core';
import { readInputFile } from './read-input-file';

/** `journey-studio import <file> [--data-dir DIR]`: a new draft journey; prints its name and id. */
export async function runImport(args: string[], io: CliIo, help: string): Promise<number> {
  try {
    const {
      values,
      positional,
      help: wantsHelp,
    } = commandArgs('import', args, 'file.journey.json', { 'data-dir': { type: 'string' } });
    if (wantsHelp) {
      io.out(help);
      return 0;
    }
    const content = await readInputFile(positional);
    const result = await withCore({ dataDir: values['data-dir'], mustExist: false }, (core) => {
      try {
        return importJourney(core.context, content, path.basename(positional));
      } catch (error) {
        if (isApiError(error) && (error.code === 'BAD_INPUT' || error.code === 'TOO_LARGE'))
          throw journeyFileFailure(positional, error.message, error.issues);
        if (isApiError(error)) throw new CliError(1, error.message);
        throw error;
      }
    });
    for (const warning of result.warnings) io.err(`warning: ${warning}`);
    io.out(`Imported "${result.journey.name}" as a new draft journey, id ${result.journey.id}`);
    io.out(
      `Templates: ${result.templatesImported} imported, ${result.templatesReused} reused. ` +
        `Customer fields created: ${result.fieldsCreated.length === 0 ? 'none' : result.fieldsCreated.join(', ')}.`,
    );
    return 0;
  } catch (error) {
    return reportFailure(io, 'import', error);
  }
}
