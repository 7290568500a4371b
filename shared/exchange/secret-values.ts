/**
 * Recognises credentials by what they look like, whatever they are called: a value under a
 * neutral name, a token in a URL path or a key pasted into a body must not leave in a shared file.
 */

export interface SecretSpan {
  start: number;
  end: number;
  /** What the value looks like, for the warning ("a bearer credential", "a random-looking token"). */
  kind: string;
}

/** `Bearer abc…`, `Basic dXNl…`: a scheme followed by a credential that is not an ordinary word. */
const SCHEME_CREDENTIAL = /\b(?:Bearer|Basic|Digest|Token|Bot)[ \t]+([A-Za-z0-9._~+/=-]{8,})/gi;

const KNOWN_SHAPES: readonly { kind: string; pattern: RegExp }[] = [
  { kind: 'a private key', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g },
  { kind: 'a JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g },
  { kind: 'a signature', pattern: /\bsha(?:1|256|384|512)=[0-9A-Fa-f]{32,}/g },
  { kind: 'an API key', pattern: /\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{8,}/g },
  { kind: 'an API token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{8,}/g },
  {
    kind: 'an API token',
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,})/g,
  },
  { kind: 'an access key', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { kind: 'an API key', pattern: /\bAIza[0-9A-Za-z_-]{35}/g },
];

/** Runs of token characters long enough to be a key; each is then judged by looksRandom. */
const TOKEN_CANDIDATE = /[A-Za-z0-9_+/=~.-]{20,}/g;
const MIN_RANDOM_ENTROPY_BITS = 3.5;
/**
 * In generated keys the character class (lower, upper, digit, other) changes at about every other
 * character; in words, joined words and camelCase names it changes a few times in all.
 */
const MIN_CLASS_CHANGES_PER_CHAR = 0.33;
/** Liquid is a reference to data, not data: `{{ secrets.crm }}` is what a journey should hold. */
const LIQUID = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;

function entropyBitsPerChar(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

function characterClass(char: string): number {
  if (char >= 'a' && char <= 'z') return 0;
  if (char >= 'A' && char <= 'Z') return 1;
  if (char >= '0' && char <= '9') return 2;
  return 3;
}

function classChangesPerChar(text: string): number {
  let changes = 0;
  for (let index = 1; index < text.length; index += 1) {
    if (characterClass(text[index]!) !== characterClass(text[index - 1]!)) changes += 1;
  }
  return changes / text.length;
}

/**
 * A generated key mixes letters and digits with few separators, high entropy and frequent changes
 * of character class; words joined by dashes ("order-confirmation-v2-endpoint") and host names do not.
 */
export function looksRandom(token: string): boolean {
  const core = token.replace(/^[.=~/-]+|[.=~/-]+$/g, '');
  if (core.length < 20) return false;
  if (!/[0-9]/.test(core) || !/[A-Za-z]/.test(core)) return false;
  if ((core.match(/[-_.~/]/g) ?? []).length > 4) return false;
  return entropyBitsPerChar(core) >= MIN_RANDOM_ENTROPY_BITS && classChangesPerChar(core) >= MIN_CLASS_CHANGES_PER_CHAR;
}

function withoutLiquid(text: string): string {
  return text.replace(LIQUID, (match) => ' '.repeat(match.length));
}

function overlaps(spans: readonly SecretSpan[], start: number, end: number): boolean {
  return spans.some((span) => start < span.end && end > span.start);
}

/** The credentials found in text, in order, not overlapping; Liquid expressions are never reported. */
export function findSecretValues(text: string): SecretSpan[] {
  const scanned = withoutLiquid(text);
  const spans: SecretSpan[] = [];
  for (const { kind, pattern } of KNOWN_SHAPES) {
    for (const match of scanned.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!overlaps(spans, start, end)) spans.push({ start, end, kind });
    }
  }
  for (const match of scanned.matchAll(SCHEME_CREDENTIAL)) {
    const credential = match[1]!;
    if (/^[a-z]+$/.test(credential)) continue; // "basic authentication" is prose, not a credential
    const start = match.index;
    const end = start + match[0].length;
    if (!overlaps(spans, start, end)) spans.push({ start, end, kind: 'a credential with its scheme' });
  }
  for (const match of scanned.matchAll(TOKEN_CANDIDATE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (looksRandom(match[0]) && !overlaps(spans, start, end))
      spans.push({ start, end, kind: 'a random-looking token' });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The first kind of credential the value holds, or undefined when it looks like ordinary data. */
export function secretValueKind(value: string): string | undefined {
  return findSecretValues(value)[0]?.kind;
}

/** Text with every credential span removed, and the kind of each removed span. */
export function removeSecretValues(text: string): { text: string; kinds: string[] } {
  const spans = findSecretValues(text);
  let result = '';
  let from = 0;
  for (const span of spans) {
    result += text.slice(from, span.start);
    from = span.end;
  }
  return { text: result + text.slice(from), kinds: spans.map((span) => span.kind) };
}
