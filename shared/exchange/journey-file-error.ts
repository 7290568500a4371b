import type { FormattedIssue } from '../model/index';

/**
 * Why a journey file cannot be read, as a whole: `message` says it in a sentence, `issues` lists
 * every problem with its JSON path in the file ("journey.nodes[3].config.channel"). The codes are
 * the API's, so services pass them on unchanged.
 */
export class JourneyFileError extends Error {
  override readonly name = 'JourneyFileError';

  constructor(
    readonly code: 'BAD_INPUT' | 'TOO_LARGE',
    message: string,
    readonly issues: FormattedIssue[],
  ) {
    super(message);
  }
}
