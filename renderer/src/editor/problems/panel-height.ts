/** Where the problems panel's height is kept between sessions, per browser profile. */
export const PROBLEMS_HEIGHT_KEY = 'journey-studio.problems-panel-height';
export const DEFAULT_PROBLEMS_HEIGHT = 220;
export const MIN_PROBLEMS_HEIGHT = 96;
/** The canvas always keeps at least this much of the editor's height. */
export const MIN_CANVAS_HEIGHT = 200;

/** The height the panel may take in a workspace of `available` pixels: never below its minimum nor into the canvas's share. */
export function clampProblemsHeight(height: number, available: number): number {
  const max = Math.max(MIN_PROBLEMS_HEIGHT, available - MIN_CANVAS_HEIGHT);
  return Math.round(Math.min(max, Math.max(MIN_PROBLEMS_HEIGHT, height)));
}

/** The stored height, or the default when none was stored or what is stored is not a height. */
export function readProblemsHeight(storage: Pick<Storage, 'getItem'>): number {
  const stored = Number(storage.getItem(PROBLEMS_HEIGHT_KEY));
  return Number.isFinite(stored) && stored >= MIN_PROBLEMS_HEIGHT ? stored : DEFAULT_PROBLEMS_HEIGHT;
}
