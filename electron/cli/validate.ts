import { allFields } from '../../shared/audience/index';
import { JourneyFileError, readJourneyFile, type ReadJourneyFile } from '../../shared/exchange/index';
import type { JourneyNode } from '../../shared/model/index';
import { hasErrors, validateJourney, validationTemplateOf, type Diagnostic } from '../../shared/validation/index';
import { CliError, reportFailure } from './cli-error';
import { commandArgs } from './command-args';
import { journeyFileFailure } from './journey-file-failure';
import type { CliIo } from './main';
import { readInputFile } from './read-input-file';

/**
 * Everything the file itself knows: its templates and its fields (with the built-in ones). Provider
 * settings live in an app's database, so CHANNEL_NOT_CONFIGURED is not checked here.
 */
function diagnose(file: ReadJourneyFile): Diagnostic[] {
  const templates = new Map(file.templates.map((template) => [template.id, validationTemplateOf(template)]));
  return validateJourney(file.journey, { templates, fields: allFields(file.fields), now: new Date() });
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function stepOf(diagnostic: Diagnostic, nodes: readonly JourneyNode[]): string {
  if (diagnostic.nodeId === undefined) return '';
  const node = nodes.find((candidate) => candidate.id === diagnostic.nodeId);
  const label = node === undefined || node.label === '' ? diagnostic.nodeId : node.label;
  return `  [step "${label}"]`;
}

/** `error   NO_ENTRY  The journey has no entry step (Add an Entry step …)`, one per diagnostic. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], nodes: readonly JourneyNode[]): string[] {
  const codeWidth = Math.max(0, ...diagnostics.map((diagnostic) => diagnostic.code.length));
  const lines = diagnostics.map((diagnostic) => {
    const hint = diagnostic.hint === '' ? '' : ` (${diagnostic.hint})`;
    return `${diagnostic.severity.padEnd(8)}${diagnostic.code.padEnd(codeWidth)}  ${diagnostic.message}${hint}${stepOf(diagnostic, nodes)}`;
  });
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  lines.push(`${plural(errors, 'error')}, ${plural(diagnostics.length - errors, 'warning')}`);
  return lines;
}

/** `journey-studio validate <file> [--json]`: 0 without errors, 1 with errors, 2 when the file is unusable. */
export async function runValidate(args: string[], io: CliIo, help: string): Promise<number> {
  let json = false;
  try {
    const {
      values,
      positional,
      help: wantsHelp,
    } = commandArgs('validate', args, 'file.journey.json', { json: { type: 'boolean' } });
    json = values.json === true;
    if (wantsHelp) {
      io.out(help);
      return 0;
    }
    const text = await readInputFile(positional);
    let file: ReadJourneyFile;
    try {
      file = readJourneyFile(text);
    } catch (error) {
      if (error instanceof JourneyFileError)
        throw journeyFileFailure(positional, error.message, error.issues, error.unlisted);
      throw error;
    }
    const diagnostics = diagnose(file);
    if (json) io.out(JSON.stringify({ valid: !hasErrors(diagnostics), diagnostics }, null, 2));
    else formatDiagnostics(diagnostics, file.journey.nodes).forEach((line) => io.out(line));
    return hasErrors(diagnostics) ? 1 : 0;
  } catch (error) {
    // Scripts reading --json get an answer on stdout even when there is no journey to judge.
    if (json && error instanceof CliError && error.exitCode === 2) {
      const { message, issues, unlistedIssues } = error;
      io.out(JSON.stringify({ valid: false, error: message, issues, unlistedIssues }, null, 2));
    }
    return reportFailure(io, 'validate', error);
  }
}
