import { ApiError, type Envelope } from '../../shared/contract/index';
import type { JourneyStatus } from '../../shared/model/index';
import type { AppCore } from '../services/app-services';
import { CliError, reportFailure } from './cli-error';
import { commandArgs } from './command-args';
import { findJourneyId } from './export';
import type { CliIo } from './main';
import { withCore } from './open-core';

export type LifecycleCommand = 'activate' | 'pause' | 'resume' | 'stop';

const TARGET: Record<Exclude<LifecycleCommand, 'activate'>, JourneyStatus> = {
  pause: 'paused',
  resume: 'active',
  stop: 'stopped',
};

interface Moved {
  journey: { name: string; status: JourneyStatus };
  liveVersion: number | null;
}

/** The answer of a call through the dispatcher, as the UI gets it; a refusal becomes a CliError. */
function valueOf(envelope: Envelope): Moved {
  if (envelope.ok) return envelope.value as Moved;
  const { code, message, issues = [] } = envelope.error;
  const details = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
  // A state that does not allow the move, or a journey with errors, is a refusal the user can act on.
  throw new CliError(code === 'INTERNAL' ? 1 : 2, message, details);
}

async function move(core: AppCore, command: LifecycleCommand, id: string, exitInFlight: boolean): Promise<Moved> {
  const { dispatcher, context } = core;
  if (command === 'activate') {
    const stored = context.store.journeys.require(id);
    return valueOf(await dispatcher.dispatch('journeys', 'activate', { id, expectedRevision: stored.revision }));
  }
  const input = command === 'stop' ? { id, to: TARGET[command], exitInFlight } : { id, to: TARGET[command] };
  return valueOf(await dispatcher.dispatch('journeys', 'transition', input));
}

/**
 * `journey-studio activate|pause|resume|stop <id|name> [--exit-in-flight] [--data-dir DIR]`: the
 * same calls the editor's lifecycle buttons make, with the same checks and refusals.
 */
export async function runLifecycle(command: LifecycleCommand, args: string[], io: CliIo, help: string) {
  try {
    const options = {
      'data-dir': { type: 'string' as const },
      ...(command === 'stop' ? { 'exit-in-flight': { type: 'boolean' as const } } : {}),
    };
    const { values, positional, help: wantsHelp } = commandArgs(command, args, 'id or name', options);
    if (wantsHelp) {
      io.out(help);
      return 0;
    }
    const exitInFlight = (values as { 'exit-in-flight'?: boolean })['exit-in-flight'] === true;
    const moved = await withCore({ dataDir: values['data-dir'], mustExist: true }, (core) =>
      move(core, command, findJourneyId(core, positional, command), exitInFlight),
    );
    const version = moved.liveVersion === null ? '' : ` (version ${moved.liveVersion})`;
    const inFlight =
      command === 'stop' ? (exitInFlight ? '; contacts in flight exit now' : '; contacts in flight finish') : '';
    io.out(`"${moved.journey.name}" is now ${moved.journey.status}${version}${inFlight}.`);
    return 0;
  } catch (error) {
    if (error instanceof ApiError) return reportFailure(io, command, new CliError(2, error.message));
    return reportFailure(io, command, error);
  }
}
