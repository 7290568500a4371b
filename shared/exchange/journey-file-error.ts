import type { FormattedIssue } from '../model/index';

/**
 * Why a journey file cannot be read, as a whole: `message` says it in a sentence, `issues` lists
 * every problem with its JSON path in the file ("journey.nodes[3].config.channel"), up to a limit. The codes are
 * the API's, so services pass them on unchanged.
 */
export class JourneyFileError extends Error {
  override readonly name = 'JourneyFileError';

  constructor(
    readonly code: 'BAD_INPUT' | 'TOO_LARGE',
    message: string,
    readonly issues: FormattedIssue[],
    /** Problems beyond those listed in `issues` (at most MAX_REPORTED_ISSUES are), counted only. */
    readonly unlisted = 0,
  ) {
    super(message);
  }
}
