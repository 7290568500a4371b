import { positionAt } from '../../../shared/templates/limits/fields';

export type JsonCheck = { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number };

/** Parses JSON, and on failure says what and where in words a person can act on: line and column. */
export function checkJson(text: string): JsonCheck {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    // V8: "… in JSON at position 42 (line 3 column 5)"; Firefox: "… at line 3 column 5 of the JSON data".
    const offset = /at position (\d+)/.exec(raw);
    const lineColumn = /at line (\d+) column (\d+)/.exec(raw);
    const { line, column } = offset
      ? positionAt(text, Number(offset[1]))
      : lineColumn
        ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
        : positionAt(text, text.length);
    const message = raw
      .replace(/,? in JSON at position \d+.*$/, '')
      .replace(/ at line \d+ column \d+.*$/, '')
      .replace(/^JSON\.parse: /, '');
    return { ok: false, message, line, column };
  }
}
