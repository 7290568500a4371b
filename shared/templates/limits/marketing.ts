import type { RenderDiagnostic } from '../render-result';
import { positionAt, readString, type LimitCheck } from './fields';

/**
 * The payload is sent as JSON, so it must still parse once Liquid has inserted the data: a quote or
 * a line break in a customer's value is the usual way it breaks, which `| json` avoids.
 */
export const checkMarketingLimits: LimitCheck = (output) => {
  const payload = readString(output, 'payload');
  try {
    JSON.parse(payload);
    return [];
  } catch (error) {
    return [jsonDiagnostic(payload, error)];
  }
};

function jsonDiagnostic(payload: string, error: unknown): RenderDiagnostic {
  const text = error instanceof Error ? error.message : String(error);
  const reason = text.replace(/ in JSON at position \d+.*$/, '').replace(/ at line \d+ column \d+.*$/, '');
  // V8 says "at position N" (newer versions add "(line L column C)"), Firefox "at line L column C";
  // "Unexpected end of JSON input" has no position: the problem is at the end.
  const offset = /at position (\d+)/.exec(text);
  const lineColumn = /at line (\d+) column (\d+)/.exec(text);
  const { line, column } = offset
    ? positionAt(payload, Number(offset[1]))
    : lineColumn
      ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
      : positionAt(payload, payload.length);
  return {
    severity: 'error',
    source: 'json',
    field: 'payload',
    message: `The payload is not valid JSON after rendering: ${reason}. Insert text values with the json filter, e.g. "name": {{ customer.first_name | json }}.`,
    line,
    column,
  };
}
