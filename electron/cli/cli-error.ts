import type { FormattedIssue } from '../../shared/model/index';
import type { CliIo } from './main';

/**
 * A command that cannot go on, with its exit code: 2 for wrong usage or an input file that cannot
 * be used, 1 for a failure while doing the work (database, writing the output).
 */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    readonly exitCode: 1 | 2,
    message: string,
    /** Further lines: the problems of a file, one JSON path each, or the candidates of a name. */
    readonly details: readonly string[] = [],
    /** The problems of an input file with their JSON paths, for --json output. */
    readonly issues: readonly FormattedIssue[] = [],
    /** How many more problems the input has beyond `issues`. */
    readonly unlistedIssues = 0,
  ) {
    super(message);
  }
}

/** Prints a failure on stderr as `journey-studio <command>: <message>` and returns its exit code. */
export function reportFailure(io: CliIo, command: string, error: unknown): number {
  if (error instanceof CliError) {
    io.err(`journey-studio ${command}: ${error.message}`);
    for (const line of error.details) io.err(`  ${line}`);
    return error.exitCode;
  }
  io.err(`journey-studio ${command}: ${(error as Error)?.message ?? String(error)}`);
  return 1;
}
