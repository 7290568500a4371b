import type { NodeKind } from '../../../../shared/model/index';

/** Line icons drawn here rather than taken from fonts, which differ (or lack glyphs) between machines. */
const PATHS: Record<NodeKind, string> = {
  entry: 'M5 3l8 5-8 5z',
  message: 'M2 4h12v8H2z M2 4l6 5 6-5',
  condition: 'M8 2l6 6-6 6-6-6z',
  waitForEvent: 'M4 2h8 M4 14h8 M5 2c0 4 6 4 6 6s-6 2-6 6 M11 2c0 4-6 4-6 6',
  randomSplit: 'M2 8h5 M7 8l6-5 M7 8l6 5 M11 3h2v2 M11 13h2v-2',
  retarget: 'M13 8a5 5 0 1 1-2-4 M11 1v3h3',
  delay: 'M8 2a6 6 0 1 0 0 12a6 6 0 1 0 0-12 M8 5v3l2 2',
  webhook: 'M2 5h10 M9 2l3 3-3 3 M14 11H4 M7 8l-3 3 3 3',
  updateProfile: 'M10 2l4 4-8 8H2v-4z M8 4l4 4',
  exit: 'M4 4h8v8H4z',
};

export function KindIcon({ kind }: { kind: NodeKind }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={PATHS[kind]} />
    </svg>
  );
}
