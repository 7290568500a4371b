import { formatIssuePath } from '../model/format-zod-issues';

/**
 * A diagnostic about one output of a step (DEAD_END, WAIT_WITHOUT_TIMEOUT on a free "timeout")
 * names the output in its path, after the node: "nodes[3].outputs.timeout", or
 * 'nodes[3].outputs["path-b"]' for ids that are not identifiers. Quick fixes read it back from there.
 */
export function outputPath(nodeIndex: number, handle: string): string {
  return formatIssuePath(['nodes', nodeIndex, 'outputs', handle]);
}

const OUTPUT_SEGMENT = /\.outputs(?:\.([A-Za-z_$][A-Za-z0-9_$]*)|\[("(?:[^"\\]|\\.)*")\])$/;

/** The output handle an output path names, or null when the path does not name one. */
export function handleOfOutputPath(path: string | undefined): string | null {
  if (path === undefined) return null;
  const match = OUTPUT_SEGMENT.exec(path);
  if (match === null) return null;
  if (match[1] !== undefined) return match[1];
  return JSON.parse(match[2] ?? '""') as string;
}
