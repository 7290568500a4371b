import { MAX_JSON_DEPTH } from './limits';

/** Where and why a text is not JSON; line and column count from 1. */
export class JsonTextError extends Error {
  override readonly name = 'JsonTextError';

  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /^[0-9A-Fa-f]{4}$/;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
/**
 * A key that would reach an object's prototype when code copies the parsed data by assignment.
 * JSON.parse itself is safe, but nothing downstream should have to be careful about it.
 */
const FORBIDDEN_KEY = '__proto__';

/**
 * JSON.parse with what an import needs and JSON.parse lacks: the line and column of the problem in
 * words a person can act on (V8's messages vary by version and often give no position), a depth
 * limit checked while parsing (so a file of nested brackets cannot exhaust the stack of the parser
 * or of the code that walks the result), duplicate keys refused rather than silently dropped, and
 * no "__proto__" keys. A byte order mark at the start is skipped.
 */
export function parseJsonText(text: string, maxDepth: number = MAX_JSON_DEPTH): unknown {
  return new Parser(text, maxDepth).document();
}

class Parser {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  document(): unknown {
    if (this.text.charCodeAt(0) === 0xfeff) this.at = 1;
    this.skipWhitespace();
    if (this.at >= this.text.length) this.fail('The file is empty: expected a JSON object');
    const value = this.value(0);
    this.skipWhitespace();
    if (this.at < this.text.length) this.fail(`Unexpected ${this.found()} after the end of the JSON value`);
    return value;
  }

  private value(depth: number): unknown {
    const char = this.text[this.at];
    switch (char) {
      case '{':
        return this.object(depth + 1);
      case '[':
        return this.array(depth + 1);
      case '"':
        return this.string();
      case 't':
        return this.literal('true', true);
      case 'f':
        return this.literal('false', false);
      case 'n':
        return this.literal('null', null);
      default:
        if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return this.number();
        return this.fail(
          `Expected a value (an object, array, string, number, true, false or null), found ${this.found()}`,
        );
    }
  }

  private object(depth: number): Record<string, unknown> {
    this.checkDepth(depth);
    this.at++;
    const result: Record<string, unknown> = {};
    this.skipWhitespace();
    if (this.text[this.at] === '}') {
      this.at++;
      return result;
    }
    for (;;) {
      if (this.text.charCodeAt(this.at) !== QUOTE)
        this.fail(`Expected a property name in double quotes, found ${this.found()}`);
      const keyAt = this.at;
      const key = this.string();
      if (key === FORBIDDEN_KEY) this.fail('The key "__proto__" is not allowed', keyAt);
      if (Object.hasOwn(result, key))
        this.fail(`The key ${JSON.stringify(key)} appears twice in the same object`, keyAt);
      this.skipWhitespace();
      if (this.text[this.at] !== ':')
        this.fail(`Expected ":" after the property name ${JSON.stringify(key)}, found ${this.found()}`);
      this.at++;
      this.skipWhitespace();
      result[key] = this.value(depth);
      this.skipWhitespace();
      const next = this.text[this.at];
      if (next === '}') {
        this.at++;
        return result;
      }
      if (next !== ',') this.fail(`Expected "," or "}" after a property value, found ${this.found()}`);
      this.at++;
      this.skipWhitespace();
    }
  }

  private array(depth: number): unknown[] {
    this.checkDepth(depth);
    this.at++;
    const result: unknown[] = [];
    this.skipWhitespace();
    if (this.text[this.at] === ']') {
      this.at++;
      return result;
    }
    for (;;) {
      result.push(this.value(depth));
      this.skipWhitespace();
      const next = this.text[this.at];
      if (next === ']') {
        this.at++;
        return result;
      }
      if (next !== ',') this.fail(`Expected "," or "]" after an array item, found ${this.found()}`);
      this.at++;
      this.skipWhitespace();
    }
  }

  private string(): string {
    const start = this.at;
    this.at++;
    let result = '';
    let chunkStart = this.at;
    for (;;) {
      const unit = this.text.charCodeAt(this.at);
      if (Number.isNaN(unit)) this.fail('A string is not closed: the file ends before its closing quote', start);
      if (unit === QUOTE) {
        result += this.text.slice(chunkStart, this.at);
        this.at++;
        return result;
      }
      if (unit < 0x20)
        this.fail(
          'A string cannot contain a line break, tab or other control character; write it as an escape such as \\n',
        );
      if (unit === BACKSLASH) {
        result += this.text.slice(chunkStart, this.at);
        result += this.escape();
        chunkStart = this.at;
        continue;
      }
      this.at++;
    }
  }

  private escape(): string {
    const letter = this.text[this.at + 1];
    if (letter === 'u') {
      const hex = this.text.slice(this.at + 2, this.at + 6);
      if (!HEX4.test(hex)) this.fail('"\\u" must be followed by four hexadecimal digits');
      this.at += 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    const escaped = letter === undefined ? undefined : ESCAPES[letter];
    if (escaped === undefined) this.fail(`Invalid escape "\\${letter ?? ''}" in a string`);
    this.at += 2;
    return escaped;
  }

  private number(): number {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (match === null) this.fail(`Invalid number, found ${this.found()}`);
    this.at += match[0].length;
    return Number(match[0]);
  }

  private literal<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.at))
      this.fail(`Expected a value (an object, array, string, number, true, false or null), found ${this.found()}`);
    this.at += word.length;
    return value;
  }

  private checkDepth(depth: number): void {
    if (depth > this.maxDepth) this.fail(`The JSON is nested more than ${this.maxDepth} levels deep`);
  }

  private skipWhitespace(): void {
    for (;;) {
      const unit = this.text.charCodeAt(this.at);
      if (unit !== 0x20 && unit !== 0x0a && unit !== 0x0d && unit !== 0x09) return;
      this.at++;
    }
  }

  private found(): string {
    if (this.at >= this.text.length) return 'the end of the file';
    const char = String.fromCodePoint(this.text.codePointAt(this.at) ?? 0);
    return JSON.stringify(char);
  }

  private fail(reason: string, at: number = this.at): never {
    let line = 1;
    let lineStart = 0;
    for (let i = this.text.indexOf('\n'); i !== -1 && i < at; i = this.text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    throw new JsonTextError(reason, line, at - lineStart + 1);
  }
}
