import type { NodeKind } from '../../../../shared/model/index';
import { kindUis } from './registry';

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
      <path d={kindUis[kind].iconPath} />
    </svg>
  );
}
