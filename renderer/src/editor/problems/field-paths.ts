import { isPathPrefix, parseJsonPath, type PathSegment } from './json-path';

/**
 * Inspector controls are marked with `data-path` relative to the nearest marked ancestor
 * ("config" › "branches" › "[1]" › "percent"), inside a root marked `data-path-root` ("node",
 * with `data-node-id`, or "journey"). The full path of a control is the join of those marks.
 */
export const PATH_ATTRIBUTE = 'data-path';
export const PATH_ROOT_ATTRIBUTE = 'data-path-root';
export const NODE_ID_ATTRIBUTE = 'data-node-id';

/** Joins relative path marks: ("config", "branches") → "config.branches"; ("branches", "[1]") → "branches[1]". */
export function joinPathMarks(marks: readonly string[]): string {
  return marks.reduce((path, mark) => {
    if (mark === '') return path;
    if (path === '' || mark.startsWith('[')) return path + mark;
    return `${path}.${mark}`;
  }, '');
}

/**
 * Which of the marked paths best stands for the target: the path itself; else the first thing
 * inside it (a list whose rows are marked but which is not); else the closest thing around it (a
 * field of a row whose own control is not marked). -1 when nothing relates to the target.
 */
export function closestPathIndex(
  candidates: readonly (readonly PathSegment[] | null)[],
  target: readonly PathSegment[],
): number {
  let inside = -1;
  let around = -1;
  let aroundDepth = -1;
  for (let index = 0; index < candidates.length; index += 1) {
    const candidate = candidates[index];
    if (!candidate) continue;
    if (candidate.length === target.length && isPathPrefix(candidate, target)) return index;
    if (inside === -1 && isPathPrefix(target, candidate)) inside = index;
    else if (candidate.length > aroundDepth && isPathPrefix(candidate, target)) {
      around = index;
      aroundDepth = candidate.length;
    }
  }
  return inside !== -1 ? inside : around;
}

/** The full path of a marked element within its root, or null when a mark does not parse. */
export function markedPathOf(element: Element, root: Element): PathSegment[] | null {
  const marks: string[] = [];
  for (let current: Element | null = element; current; current = current.parentElement) {
    const mark = current.getAttribute(PATH_ATTRIBUTE);
    if (mark !== null) marks.unshift(mark);
    if (current === root) break;
  }
  return parseJsonPath(joinPathMarks(marks));
}
