import type { CliIo } from '../../../../electron/cli/main';

export interface CapturedIo extends CliIo {
  outText(): string;
  errText(): string;
  /** What went to stdout, lines and raw writes alike, exactly as a terminal would get it. */
  stdout(): string;
}

export function captureIo(): CapturedIo {
  const stdout: string[] = [];
  const err: string[] = [];
  return {
    out: (line) => stdout.push(`${line}\n`),
    err: (line) => err.push(line),
    write: (text) => stdout.push(text),
    outText: () => stdout.join('').replace(/\n$/, ''),
    errText: () => err.join('\n'),
    stdout: () => stdout.join(''),
  };
}
