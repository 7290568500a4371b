import { formatIssuePath } from '../../../../shared/model/index';

export type PathSegment = string | number;

const SEGMENT = /\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/**
 * Reads a path written the way `formatIssuePath` writes it ("nodes[3].config.templateId",
 * 'variables["a.b"]') back into segments. Returns null for text that is not such a path, so a
 * diagnostic with an odd path is still listed, just not focusable.
 */
export function parseJsonPath(path: string): PathSegment[] | null {
  const segments: PathSegment[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < path.length) {
    const start = SEGMENT.lastIndex;
    const match = SEGMENT.exec(path);
    if (!match) return null;
    // Names are joined by dots: none before the first, one before every later one.
    if (start === 0 && match[0].startsWith('.')) return null;
    if (start > 0 && match[1] !== undefined && !match[0].startsWith('.')) return null;
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(JSON.parse(match[3]!) as string);
  }
  return segments;
}

export function formatJsonPath(segments: readonly PathSegment[]): string {
  return formatIssuePath(segments);
}

/** Whether `prefix` names `path` itself or something that contains it, segment by segment. */
export function isPathPrefix(prefix: readonly PathSegment[], path: readonly PathSegment[]): boolean {
  if (prefix.length > path.length) return false;
  return prefix.every((segment, index) => segment === path[index]);
}
