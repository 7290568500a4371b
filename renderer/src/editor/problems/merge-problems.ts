import type { Journey } from '../../../../shared/model/index';
import type { Diagnostic, DiagnosticCode } from '../../../../shared/validation/index';

/**
 * Checks only the server can make: which channels have a delivery provider is known to the
 * services, not to the editor. Everything else the editor re-checks itself, more recently.
 */
export const SERVER_ONLY_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['CHANNEL_NOT_CONFIGURED']);

const identity = (diagnostic: Diagnostic) =>
  `${diagnostic.code}\u0000${diagnostic.nodeId ?? ''}\u0000${diagnostic.edgeId ?? ''}\u0000${diagnostic.path ?? ''}`;

/**
 * What the editor shows: its own live result, plus what only the last explicit check could know
 * (while the step it is about still exists). Before the first live check, the explicit result
 * stands on its own.
 */
export function mergeProblems(
  live: readonly Diagnostic[] | null,
  checked: readonly Diagnostic[] | null,
  journey: Journey | null,
): readonly Diagnostic[] {
  if (live === null) return checked ?? [];
  if (!checked?.length) return live;
  const nodeIds = new Set(journey?.nodes.map((node) => node.id));
  const seen = new Set(live.map(identity));
  const extras = checked.filter(
    (diagnostic) =>
      SERVER_ONLY_CODES.has(diagnostic.code) &&
      (diagnostic.nodeId === undefined || nodeIds.has(diagnostic.nodeId)) &&
      !seen.has(identity(diagnostic)),
  );
  if (!extras.length) return live;
  // Errors first, as the validator orders them.
  return [
    ...live.filter((d) => d.severity === 'error'),
    ...extras.filter((d) => d.severity === 'error'),
    ...live.filter((d) => d.severity !== 'error'),
    ...extras.filter((d) => d.severity !== 'error'),
  ];
}
