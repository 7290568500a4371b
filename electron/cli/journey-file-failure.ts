import type { FormattedIssue } from '../../shared/model/index';
import { CliError } from './cli-error';

/**
 * A file refused by readJourneyFile or the import, as exit code 2: the message names the file, and
 * when there are several problems each gets a line of its own with its JSON path.
 */
export function journeyFileFailure(
  file: string,
  message: string,
  issues: readonly FormattedIssue[] = [],
  /** Problems beyond the listed ones, which are only counted. */
  unlisted = 0,
): CliError {
  const details =
    issues.length > 1
      ? issues.map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`))
      : [];
  if (unlisted > 0) details.push(`… and ${unlisted.toLocaleString('en-US')} more problems`);
  return new CliError(2, `${file}: ${message}`, details, issues, unlisted);
}
