import { parseArgs } from 'node:util';
import { CliError } from './cli-error';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/**
 * parseArgs for one command with exactly one positional argument (`what`), refusing anything
 * else with exit code 2. --help is understood by every command.
 */
export function commandArgs<O extends OptionSpec>(command: string, args: string[], what: string, options: O) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(2, (error as Error).message);
  }
  const values = parsed.values as { [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean } & {
    help?: boolean;
  };
  if (values.help) return { values, positional: '', help: true };
  if (parsed.positionals.length === 0)
    throw new CliError(2, `name the ${what}, e.g. "journey-studio ${command} <${what}>".`);
  if (parsed.positionals.length > 1)
    throw new CliError(2, `expected one ${what}, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`);
  return { values, positional: parsed.positionals[0]!, help: false };
}
