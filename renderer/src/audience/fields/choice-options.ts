/** Choice options are edited one per line: blank lines are dropped, spaces around an option trimmed. */
export function parseOptionLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function formatOptionLines(options: readonly string[] | undefined): string {
  return (options ?? []).join('\n');
}

/** A usage entry as a person reads it: 'journey “Welcome”'. */
export function describeUsage(usage: { kind: 'journey' | 'template'; name: string }): string {
  return `${usage.kind} “${usage.name}”`;
}
