import { parseArgs } from 'node:util';
import { isClientKeyCommand, runClientKeys } from './client-keys';
import { runApiKey, runSendEvent } from './events';
import { runExport } from './export';
import { runLifecycle } from './lifecycle';
import { runImport } from './import';
import { runOutbox } from './outbox';
import { runServe } from './serve';
import { runSimulate } from './simulate';
import { runStats } from './stats';
import { runTestSend } from './test-send';
import { runValidate } from './validate';
import { APP_VERSION } from '../services/app-version';

const HELP = `Journey Studio ${APP_VERSION}: design customer-communication journeys.

Usage:
  journey-studio serve [--port N] [--data-dir DIR]   Serve the app in a browser on 127.0.0.1 (also headless)
  journey-studio validate <file.journey.json> [--json]
                                                     Check a journey file and list its problems
  journey-studio export <id|name> [-o FILE] [--data-dir DIR]
                                                     Write a journey as a .journey.json file
  journey-studio import <file.journey.json> [--data-dir DIR]
                                                     Import a journey file as a new draft journey
  journey-studio outbox [--journey X] [--since ISO] [--json] [--data-dir DIR]
                                                     List the messages in the local outbox, oldest first
  journey-studio activate <id|name> [--data-dir DIR] Validate and activate a journey (or its draft's changes)
  journey-studio pause <id|name> [--data-dir DIR]    Pause an active journey
  journey-studio resume <id|name> [--data-dir DIR]   Resume a paused journey
  journey-studio stop <id|name> [--exit-in-flight] [--data-dir DIR]
                                                     Stop a journey; contacts in flight finish unless
                                                     --exit-in-flight makes them exit now
  journey-studio send-event --customer ID --name NAME [--properties JSON]
                 [--customer-fields JSON] [--idempotency-key KEY] [--data-dir DIR]
                                                     Record an event, as the events API does
  journey-studio api-key [--regenerate] [--data-dir DIR]
                                                     Print the events API key when it is created
                                                     (--regenerate: replace it with a new one)
  journey-studio api-key create <name> | list | revoke <id|name> [--data-dir DIR]
                                                     Journey API keys, one per client: create prints
                                                     the new key once; revoke stops it at once
  journey-studio stats <id|name> [--json] [--data-dir DIR]
                                                     Per step: entered, sent, delivered, failed,
                                                     fell back, clicked, converted, exited
  journey-studio test-send --template <id|name> --to ADDRESS [--profile NAME|--contact ID]
                 [--data-dir DIR]                    Render a template with a sample profile (the
                                                     default one) or a contact and send it to ADDRESS
                                                     through the channel's provider, as a test
  journey-studio simulate <file.journey.json|id> --profile JSON|--contact ID[,ID…]|--generate N
                 [--events FILE] [--start ISO] [--days N] [--json] [--data-dir DIR]
                                                     Run the journey for test profiles on a simulated
                                                     clock (nothing is sent) and print each timeline
  journey-studio --help                              Show this help
  journey-studio --version                           Show the version

Options:
  --port N        Port to listen on (0 picks a free one; default 0)
  --data-dir DIR  Where the database lives (default: $JOURNEY_STUDIO_DATA_DIR,
                  else the desktop app's data folder)
  -o, --output FILE
                  Where export writes the file (default: standard output; warnings,
                  such as secrets left out, go to standard error)
  --journey X     outbox: only the messages of this journey (id or name)
  --since ISO     outbox: only messages stored at or after this time, e.g. 2026-03-01T09:00:00Z
  --json          outbox prints one JSON object per message and line: createdAt, journey,
                  journeyId, version, stepId, contact, channel, recipient, idempotencyKey,
                  subject, body, openedAt, clickedAt, isTest.
                  validate prints { "valid": true|false, "diagnostics": [...] } instead of
                  one line per problem; when the file cannot be read it prints
                  { "valid": false, "error": "...", "issues": [{ "path", "message" }] }

validate checks the journey with the templates and customer fields in the file itself;
delivery providers are not checked. import never overwrites: the journey, and any template
not already here with the same content, are added as new ones.

The lifecycle commands make the same calls as the editor's buttons, with the same checks: activate
refuses a journey with errors and lists them. A name must match exactly one journey, ignoring case.
send-event checks the event as POST /api/v1/events does; --customer-fields upserts the contact's
fields first. api-key prints the key alone on standard output when it creates it; only a digest
of it is stored, so an existing key cannot be printed again (exit code 1): --regenerate replaces it.

Exit codes:
  0  done (validate: no errors; warnings are allowed)
  1  validate, simulate: the journey has errors; api-key: a key exists (it cannot be shown again); others: the work failed
  2  wrong usage, or the file cannot be read or is not a valid journey file, or no journey
     or several have that name, or the journey's state or errors refuse the change, or the
     event is not valid (the reason is on standard error)
`;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Text exactly as given, no newline added: a file written to stdout (export) stays byte for byte. */
  write?: (text: string) => void;
}

const defaultIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  write: (text) => process.stdout.write(text),
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
  if (command === 'validate') return runValidate(rest, io, HELP);
  if (command === 'export') return runExport(rest, io, HELP);
  if (command === 'import') return runImport(rest, io, HELP);
  if (command === 'outbox') return runOutbox(rest, io, HELP);
  if (command === 'activate' || command === 'pause' || command === 'resume' || command === 'stop')
    return runLifecycle(command, rest, io, HELP);
  if (command === 'send-event') return runSendEvent(rest, io, HELP);
  if (command === 'api-key' && isClientKeyCommand(rest[0])) return runClientKeys(rest[0], rest.slice(1), io, HELP);
  if (command === 'api-key') return runApiKey(rest, io, HELP);
  if (command === 'stats') return runStats(rest, io, HELP);
  if (command === 'test-send') return runTestSend(rest, io, HELP);
  if (command === 'simulate') return runSimulate(rest, io, HELP);
  io.err(`journey-studio: unknown command "${command}". Run "journey-studio --help" for the list.`);
  return 2;
}
