import type { NodeKind } from '../../../../shared/model/index';
import { kindUis } from './registry';

export function KindIcon({ kind, size = 16 }: { kind: NodeKind; size?: number }) {
  const Icon = kindUis[kind].Icon;
  return <Icon size={size} strokeWidth={2} aria-hidden="true" className="kind-icon" />;
}
