import { parseArgs } from 'node:util';
import type { AppCore } from '../services/app-services';
import { listOutboxChronologically } from '../services/outbox/outbox-queries';
import { renderedOf } from '../services/outbox/outbox-service';
import { CliError, reportFailure } from './cli-error';
import type { CliIo } from './main';
import { withCore } from './open-core';

/** One outbox message as the command prints it (a JSON line with --json). */
export interface OutboxLine {
  createdAt: string;
  journey: string | null;
  journeyId: string | null;
  version: number | null;
  stepId: string | null;
  contact: string | null;
  channel: string;
  recipient: string;
  idempotencyKey: string;
  subject: string | null;
  body: string;
  openedAt: string | null;
  clickedAt: string | null;
  isTest: boolean;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** What a person reads first and then as the message itself, per channel's rendered output. */
function subjectAndBody(channel: string, output: Record<string, unknown>): { subject: string | null; body: string } {
  const subject = text(output['subject']) ?? text(output['title']) ?? text(output['headerText']);
  switch (channel) {
    case 'email':
      return { subject, body: text(output['text']) ?? '' };
    case 'telegram':
      return { subject, body: text(output['text']) ?? '' };
    case 'marketing':
      return { subject, body: text(output['payload']) ?? '' };
    case 'wallet':
      return { subject, body: JSON.stringify(output) };
    default:
      return { subject, body: text(output['body']) ?? '' };
  }
}

function resolveJourney(core: AppCore, idOrName: string): string {
  const { store } = core.context;
  if (store.journeys.find(idOrName) !== undefined) return idOrName;
  const wanted = idOrName.toLocaleLowerCase();
  const matches = store.journeys.list().filter((journey) => journey.name.toLocaleLowerCase() === wanted);
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length === 0) throw new CliError(2, `no journey has the id or name "${idOrName}".`);
  throw new CliError(
    2,
    `${matches.length} journeys are named "${idOrName}"; name one of them by its id:`,
    matches.map((journey) => `${journey.id}  ${journey.name}`),
  );
}

function parseSince(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const time = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(time))
    throw new CliError(2, `--since must be an ISO 8601 time such as 2026-03-01T09:00:00Z, not "${value}".`);
  return time;
}

function cell(value: string, width: number): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

function tableLine(line: OutboxLine): string {
  return [
    line.createdAt.replace('T', ' ').slice(0, 19),
    cell(line.journey ?? line.journeyId ?? '(none)', 24),
    cell(line.version === null ? '' : `v${line.version}`, 4),
    cell(line.stepId ?? '', 18),
    cell(line.contact ?? '', 18),
    cell(line.channel, 9),
    cell(line.recipient, 26),
    (line.subject ?? line.body).replace(/\s+/g, ' ').trim().slice(0, 80),
  ].join('  ');
}

const HEADER = [
  'TIME (UTC)         ',
  cell('JOURNEY', 24),
  'VER ',
  cell('STEP', 18),
  cell('CONTACT', 18),
  cell('CHANNEL', 9),
  cell('RECIPIENT', 26),
  'SUBJECT / TEXT',
].join('  ');

/** `journey-studio outbox [--journey X] [--since ISO] [--json] [--data-dir DIR]`: the outbox, oldest first. */
export async function runOutbox(args: string[], io: CliIo, help: string): Promise<number> {
  try {
    let values: { journey?: string; since?: string; json?: boolean; 'data-dir'?: string; help?: boolean };
    try {
      ({ values } = parseArgs({
        args,
        options: {
          journey: { type: 'string' },
          since: { type: 'string' },
          json: { type: 'boolean' },
          'data-dir': { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
        strict: true,
      }));
    } catch (error) {
      throw new CliError(2, (error as Error).message);
    }
    if (values.help) {
      io.out(help);
      return 0;
    }
    const since = parseSince(values.since);
    const json = values.json === true;
    await withCore({ dataDir: values['data-dir'], mustExist: true }, (core) => {
      const journeyId = values.journey === undefined ? undefined : resolveJourney(core, values.journey);
      let count = 0;
      if (!json) io.out(HEADER);
      for (const row of listOutboxChronologically(core.context.store.db, { journeyId, since })) {
        const { subject, body } = subjectAndBody(row.channel, renderedOf(row.channel, row.rendered).output);
        const line: OutboxLine = {
          createdAt: new Date(row.created_at).toISOString(),
          journey: row.journey_name,
          journeyId: row.journey_id,
          version: row.version,
          stepId: row.node_id,
          contact: row.contact_id,
          channel: row.channel,
          recipient: row.recipient,
          idempotencyKey: row.idempotency_key,
          subject,
          body,
          openedAt: row.opened_at === null ? null : new Date(row.opened_at).toISOString(),
          clickedAt: row.clicked_at === null ? null : new Date(row.clicked_at).toISOString(),
          isTest: row.is_test === 1,
        };
        io.out(json ? JSON.stringify(line) : tableLine(line));
        count++;
      }
      if (!json) io.out(`${count} message${count === 1 ? '' : 's'}`);
    });
    return 0;
  } catch (error) {
    return reportFailure(io, 'outbox', error);
  }
}
