import { normaliseDisplayText } from '../model/display-text';

/**
 * A name as it may be stored, by the model's one rule for names and labels (see
 * normaliseDisplayText): no control characters or lone surrogates, trimmed, empty when nothing
 * visible is left. So a file cannot smuggle terminal escapes or invisible names into lists and logs.
 */
export function cleanName(name: string): string {
  return normaliseDisplayText(name);
}
