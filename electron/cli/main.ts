import { parseArgs } from 'node:util';
import { runServe } from './serve';
import { APP_VERSION } from '../services/app-version';

const HELP = `Journey Studio ${APP_VERSION}: design customer-communication journeys.

Usage:
  journey-studio serve [--port N] [--data-dir DIR]   Serve the app in a browser on 127.0.0.1 (also headless)
  journey-studio --help                              Show this help
  journey-studio --version                           Show the version

Options:
  --port N        Port to listen on (0 picks a free one; default 0)
  --data-dir DIR  Where the database lives (default: $JOURNEY_STUDIO_DATA_DIR,
                  else the desktop app's data folder)
`;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

/** Returns the exit code, or null when a long-running command (serve) keeps the process alive. */
export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number | null> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.out(APP_VERSION);
    return 0;
  }
  if (command === 'serve') {
    let values: { port?: string; 'data-dir'?: string; help?: boolean };
    try {
      ({ values } = parseArgs({
        args: rest,
        options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        strict: true,
      }));
    } catch (error) {
      io.err(`journey-studio serve: ${(error as Error).message}`);
      return 2;
    }
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      io.err(`journey-studio serve: --port must be a whole number from 0 to 65535, not "${values.port}".`);
      return 2;
    }
    return runServe({ port, dataDir: values['data-dir'] }, io);
  }
  io.err(`journey-studio: unknown command "${command}". Run "journey-studio --help" for the list.`);
  return 2;
}
