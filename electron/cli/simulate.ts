import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { allFields, type Contact, type CustomField } from '../../shared/audience/index';
import {
  EntryEventSchema,
  ScriptedEventSchema,
  type ScriptedEvent,
  type SimulationResult,
  type Template,
} from '../../shared/contract/index';
import { JourneyFileError, readJourneyFile } from '../../shared/exchange/index';
import { templateIdsOf } from '../../shared/exchange/template-references';
import type { Journey } from '../../shared/model/index';
import { hasErrors, validateJourney, validationTemplateOf } from '../../shared/validation/index';
import type { AppCore } from '../services/app-services';
import { generateProfiles } from '../services/simulation/generated-profiles';
import { simulate, SimulationError } from '../services/simulation/simulate';
import { CliError, reportFailure } from './cli-error';
import { commandArgs } from './command-args';
import { journeyFileFailure } from './journey-file-failure';
import type { CliIo } from './main';
import { withCore } from './open-core';
import { readInputFile } from './read-input-file';
import { bundledWorkerPath } from './serve';
import { formatDiagnostics } from './validate';

/** Beside the bundled CLI (dist/node), else the source tree's worker (running from source). */
function mjmlWorkerPath(): string {
  const bundled = bundledWorkerPath('mjml-worker.mjs');
  if (fs.existsSync(bundled)) return bundled;
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'services', 'rendering', 'mjml-worker.mjs');
}

/** An events file: the script alone, or with the entry event every profile starts with. */
const EventsFileSchema = z.union([
  z.array(ScriptedEventSchema),
  z.object({ entryEvent: EntryEventSchema.optional(), events: z.array(ScriptedEventSchema).default([]) }).strict(),
]);

const ProfilesSchema = z.union([
  z.record(z.string(), z.unknown()),
  z.array(z.record(z.string(), z.unknown())).min(1, 'give at least one profile'),
]);

function parseJson<T>(schema: z.ZodType<T>, text: string, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliError(2, `${what} is not JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map(
    (issue) =>
      `${['$', ...issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))].join('')}: ${issue.message}`,
  );
  throw new CliError(2, `${what} is not valid: ${lines[0]}`, lines.slice(1));
}

interface JourneyToRun {
  journey: Journey;
  templates: Template[];
  fields: CustomField[];
  version: number | null;
}

/** One journey by id, or by a name exactly one journey has (ignoring case): its live version, else its draft. */
function journeyFromStore(core: AppCore, idOrName: string): JourneyToRun {
  const { store } = core.context;
  const summaries = store.journeys.list();
  const byId = summaries.find((summary) => summary.id === idOrName);
  const matches = byId
    ? [byId]
    : summaries.filter((summary) => summary.name.toLocaleLowerCase() === idOrName.toLocaleLowerCase());
  if (matches.length === 0) throw new CliError(2, `no journey file or journey has the id or name "${idOrName}".`);
  if (matches.length > 1)
    throw new CliError(
      2,
      `${matches.length} journeys are named "${idOrName}"; name one of them by its id:`,
      matches.map((summary) => `${summary.id}  ${summary.name}`),
    );
  const stored = store.journeys.require(matches[0]!.id);
  const fields = store.fields.list();
  if (stored.liveVersion !== null) {
    const frozen = store.versions.find(stored.journey.id, stored.liveVersion)!;
    return { journey: frozen.journey, templates: frozen.templates, fields, version: frozen.version };
  }
  const all = new Map(store.templates.list().map((template) => [template.id, template]));
  const templates = templateIdsOf(stored.journey).flatMap((id) => all.get(id) ?? []);
  return { journey: stored.journey, templates, fields, version: null };
}

function isJourneyFilePath(target: string): boolean {
  return target.endsWith('.json') || fs.existsSync(target);
}

/** One line per step, message and event, in the contact's time; then how many took each path. */
export function formatSimulation(result: SimulationResult, journeyName: string): string[] {
  const lines = [
    `Simulated "${journeyName}" for ${result.contacts.length} profile${result.contacts.length === 1 ? '' : 's'} from ${result.startedAt} to ${result.endedAt}`,
  ];
  for (const contact of result.contacts) {
    const ending = !contact.entered ? 'did not enter' : (contact.outcome ?? 'still in the journey');
    lines.push('', `${contact.customerId} (${contact.timeZone}): ${ending}`);
    for (const step of contact.steps) {
      const time = step.localTime.replace(/ \(.*\)$/, '');
      if (step.kind === 'event') lines.push(`  ${time}  event ${step.label}`);
      else if (step.kind === 'message') {
        const rendered = step.message!.rendered as { output?: Record<string, unknown> };
        const output = rendered.output ?? {};
        const text = [output.subject, output.body, output.text, output.title].find((part) => typeof part === 'string');
        lines.push(
          `  ${time}  message ${step.message!.channel} to ${step.message!.recipient}${text === undefined ? '' : `: ${JSON.stringify(text)}`}`,
        );
      } else lines.push(`  ${time}  [${step.label}] ${step.reason}`);
    }
  }
  lines.push('', 'Paths:');
  for (const path of result.paths) lines.push(`  ${String(path.count).padStart(5)}  ${path.labels.join(' → ')}`);
  return lines;
}

/**
 * `journey-studio simulate <file.journey.json|id> --profile JSON|--contact ID|--generate N [--events FILE] [--json]`:
 * runs the journey on a simulated clock in a scratch database and prints every contact's timeline.
 * 0 when it ran, 1 when the journey has errors or the run failed, 2 when the input cannot be used.
 */
export async function runSimulate(args: string[], io: CliIo, help: string): Promise<number> {
  try {
    const {
      values,
      positional,
      help: wantsHelp,
    } = commandArgs('simulate', args, 'file.journey.json|id', {
      profile: { type: 'string' },
      contact: { type: 'string' },
      generate: { type: 'string' },
      events: { type: 'string' },
      start: { type: 'string' },
      days: { type: 'string' },
      json: { type: 'boolean' },
      'data-dir': { type: 'string' },
    });
    if (wantsHelp) {
      io.out(help);
      return 0;
    }
    if (values.profile === undefined && values.contact === undefined && values.generate === undefined)
      throw new CliError(2, 'say who to simulate: --profile JSON, --contact ID[,ID…] and/or --generate N.');
    const generated = values.generate === undefined ? 0 : Number(values.generate);
    if (values.generate !== undefined && (!Number.isInteger(generated) || generated < 1 || generated > 10_000))
      throw new CliError(2, `--generate must be a whole number from 1 to 10000, not "${values.generate}".`);
    const start = values.start === undefined ? Date.now() : Date.parse(values.start);
    if (Number.isNaN(start))
      throw new CliError(2, `--start must be an ISO 8601 time such as 2026-03-01T09:00:00Z, not "${values.start}".`);
    const days = values.days === undefined ? 60 : Number(values.days);
    if (!Number.isInteger(days) || days < 1 || days > 366)
      throw new CliError(2, `--days must be a whole number from 1 to 366, not "${values.days}".`);
    const eventsFile =
      values.events === undefined
        ? []
        : parseJson(EventsFileSchema, await readInputFile(values.events), `--events ${values.events}`);
    const script: { entryEvent?: { name: string; properties?: Record<string, unknown> }; events: ScriptedEvent[] } =
      Array.isArray(eventsFile) ? { events: eventsFile } : eventsFile;
    const typedProfiles =
      values.profile === undefined ? [] : [parseJson(ProfilesSchema, values.profile, '--profile')].flat();
    const contactIds =
      values.contact === undefined
        ? []
        : values.contact
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean);

    let toRun: JourneyToRun | null = null;
    if (isJourneyFilePath(positional)) {
      const text = await readInputFile(positional);
      try {
        const file = readJourneyFile(text);
        toRun = { journey: file.journey, templates: file.templates, fields: file.fields, version: null };
      } catch (error) {
        if (error instanceof JourneyFileError)
          throw journeyFileFailure(positional, error.message, error.issues, error.unlisted);
        throw error;
      }
    }
    const needsDatabase = toRun === null || contactIds.length > 0;
    const load = async (core: AppCore | null) => {
      const chosen = toRun ?? journeyFromStore(core!, positional);
      const contacts: Contact[] = contactIds.map((id) => {
        const contact = core!.context.store.contacts.find(id);
        if (contact === undefined) throw new CliError(2, `there is no contact "${id}".`);
        return contact;
      });
      return { chosen, contacts };
    };
    const { chosen, contacts } = needsDatabase
      ? await withCore({ dataDir: values['data-dir'], mustExist: true }, (core) => load(core))
      : await load(null);

    const templates = new Map(chosen.templates.map((template) => [template.id, validationTemplateOf(template)]));
    const diagnostics = validateJourney(chosen.journey, {
      templates,
      fields: allFields(chosen.fields),
      now: new Date(start),
    });
    if (hasErrors(diagnostics)) {
      const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
      throw new CliError(
        1,
        `"${chosen.journey.name}" has errors; fix them before simulating it:`,
        formatDiagnostics(errors, chosen.journey.nodes),
      );
    }
    let result: SimulationResult;
    try {
      result = await simulate({
        journey: chosen.journey,
        templates: chosen.templates,
        fields: chosen.fields,
        profiles: [
          ...contacts,
          ...typedProfiles.map((profile, index) => ({ customerId: `profile-${index + 1}`, ...profile })),
          ...generateProfiles(chosen.journey, allFields(chosen.fields), generated, 1),
        ],
        entryEvent: script.entryEvent,
        events: script.events,
        start,
        horizonMs: days * 86_400_000,
        version: chosen.version,
        mjmlWorkerPath: mjmlWorkerPath(),
      });
    } catch (error) {
      if (error instanceof SimulationError) throw new CliError(2, error.message);
      throw error;
    }
    if (values.json === true) io.out(JSON.stringify(result, null, 2));
    else formatSimulation(result, chosen.journey.name).forEach((line) => io.out(line));
    return 0;
  } catch (error) {
    return reportFailure(io, 'simulate', error);
  }
}
