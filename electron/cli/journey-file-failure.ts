import type { FormattedIssue } from '../../shared/model/index';
import { CliError } from './cli-error';

/**
 * A file refused by readJourneyFile or the import, as exit code 2: the message names the file, and
 * when there are several problems each gets a line of its own with its JSON path.
 */
export function journeyFileFailure(file: string, message: string, issues: readonly FormattedIssue[] = []): CliError {
  const details =
    issues.length > 1
      ? issues.map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`))
      : [];
  return new CliError(2, `${file}: ${message}`, details, issues);
}
