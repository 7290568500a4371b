/** One side of a comparison: a frozen version, or the document as it is now. */
export type CompareSide = number | 'current';

export interface Comparison {
  before: CompareSide;
  after: CompareSide;
}

/**
 * What "Compare" offers first: an open draft against what is live, else the two newest versions,
 * else the only version against the current document. Versions come newest first.
 */
export function defaultComparison(
  versions: readonly number[],
  state: { liveVersion: number | null; draftOpen: boolean },
): Comparison | null {
  if (versions.length === 0) return null;
  if (state.draftOpen && state.liveVersion !== null) return { before: state.liveVersion, after: 'current' };
  if (versions.length >= 2) return { before: versions[1]!, after: versions[0]! };
  return { before: versions[0]!, after: 'current' };
}

/** Older first, whatever order they were picked in; "current" is newer than every version. */
export function inOrder({ before, after }: Comparison): Comparison {
  const rank = (side: CompareSide) => (side === 'current' ? Number.POSITIVE_INFINITY : side);
  return rank(before) <= rank(after) ? { before, after } : { before: after, after: before };
}

/** "Version 2", or what the current document is: an open draft, a draft, or the live version itself. */
export function sideLabel(
  side: CompareSide,
  state: { status: string; liveVersion: number | null; draftOpen: boolean },
): string {
  if (side !== 'current') return `Version ${side}`;
  if (state.draftOpen && state.liveVersion !== null) return `Draft version ${state.liveVersion + 1}`;
  return state.status === 'draft' || state.status === 'ready' ? 'Current draft' : 'Current document';
}

export function parseSide(value: string): CompareSide | null {
  if (value === 'current') return 'current';
  const version = Number(value);
  return Number.isInteger(version) && version > 0 ? version : null;
}
