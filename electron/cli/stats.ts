import { journeyStats, type StepStats } from '../services/engine/journey-stats';
import { reportFailure } from './cli-error';
import { commandArgs } from './command-args';
import { findJourneyId } from './export';
import type { CliIo } from './main';
import { withCore } from './open-core';

const COLUMNS: [keyof StepStats, string][] = [
  ['entered', 'entered'],
  ['sent', 'sent'],
  ['delivered', 'delivered'],
  ['failed', 'failed'],
  ['fellBack', 'fell back'],
  ['clicked', 'clicked'],
  ['converted', 'converted'],
  ['exited', 'exited'],
];

function table(steps: readonly StepStats[]): string[] {
  const header = ['version', 'step', ...COLUMNS.map(([, title]) => title)];
  const rows = steps.map((s) => [
    `v${s.version}`,
    `${s.label} (${s.nodeId})`,
    ...COLUMNS.map(([key]) => String(s[key])),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)];
}

/** `journey-studio stats <id|name> [--json] [--data-dir DIR]`: what happened at every step, per version. */
export async function runStats(args: string[], io: CliIo, help: string): Promise<number> {
  try {
    const {
      values,
      positional,
      help: wantsHelp,
    } = commandArgs('stats', args, 'id or name', { json: { type: 'boolean' }, 'data-dir': { type: 'string' } });
    if (wantsHelp) {
      io.out(help);
      return 0;
    }
    const stats = await withCore({ dataDir: values['data-dir'], mustExist: true }, (core) => {
      return journeyStats(core.context.store, core.engineStore, findJourneyId(core, positional));
    });
    if (values.json) {
      io.out(JSON.stringify(stats));
      return 0;
    }
    io.out(`${stats.name} (${stats.journeyId})`);
    if (stats.steps.length === 0) io.out('Nothing has run yet.');
    else for (const line of table(stats.steps)) io.out(line);
    return 0;
  } catch (error) {
    return reportFailure(io, 'stats', error);
  }
}
