/**
 * Checks from the text itself (JSON.parse would reorder integer-like keys) that the keys of every
 * object appear sorted, in a file indented the canonical way. Returns the keys found out of order.
 */
export function unsortedKeys(text: string): string[] {
  const lastKeyAtIndent = new Map<number, string>();
  const problems: string[] = [];
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length;
    const key = /^\s*("(?:[^"\\]|\\.)*"):/.exec(line);
    if (key) {
      const name = JSON.parse(key[1]!) as string;
      const previous = lastKeyAtIndent.get(indent);
      if (previous !== undefined && !(previous < name)) problems.push(`${previous} before ${name}`);
      lastKeyAtIndent.set(indent, name);
    }
    // A new object starts: its keys are one level deeper and compare only among themselves.
    if (line.trimEnd().endsWith('{')) lastKeyAtIndent.delete(indent + 2);
  }
  return problems;
}
