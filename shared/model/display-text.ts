// Control characters (C0, DEL, C1) are never part of a name; tabs and line breaks read as spaces.
const CONTROL = /\p{Cc}/u;
const CONTROLS = /\p{Cc}+/gu;
const LINE_BREAKS_AND_TABS = /[\t\n\r]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Letters, digits, punctuation, symbols and marks can be seen; spaces, format characters such as
// U+200B ZERO WIDTH SPACE and unassigned code points cannot.
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}\p{M}\p{Co}]/u;

/**
 * The one rule for names and labels people see (journey names, step labels, and the names a
 * journey file brings): a lone UTF-16 surrogate, which UTF-8 cannot store, becomes U+FFFD as
 * the database would make it; control characters go (tabs and line breaks become spaces); the
 * ends are trimmed; and a text with nothing visible left is empty, so the usual "needs a name"
 * check refuses it. Markup such as <script> stays as plain text; the interface escapes it.
 */
export function normaliseDisplayText(text: string): string {
  let result = text.replace(LONE_SURROGATES, '\ufffd');
  if (CONTROL.test(result)) {
    result = result.replace(CONTROLS, (run) => (LINE_BREAKS_AND_TABS.test(run) ? ' ' : ''));
  }
  result = result.trim();
  return result === '' || VISIBLE.test(result) ? result : '';
}
