/** What conversion needs of a step: how many entered it and how many are on it now. */
export interface StepFlow {
  nodeId: string;
  entered: number;
  inFlight: number;
}

export interface FlowEdge {
  source: string;
  target: string;
}

/**
 * Conversion into each step: of the contacts who have left the steps right before it (entered
 * minus still there), the share who entered it. Contacts still waiting on a step before it are
 * left out, so a long wait does not read as a loss. Null for a step nothing leads to (an entry)
 * and while nobody has left the steps before it. Above 1 only where loops or merges bring the
 * same contact in twice: clamped there.
 */
export function stepConversions(steps: readonly StepFlow[], edges: readonly FlowEdge[]): Map<string, number | null> {
  const byId = new Map(steps.map((step) => [step.nodeId, step]));
  const predecessors = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (!byId.has(edge.source) || !byId.has(edge.target) || edge.source === edge.target) continue;
    let set = predecessors.get(edge.target);
    if (set === undefined) predecessors.set(edge.target, (set = new Set()));
    set.add(edge.source);
  }
  const result = new Map<string, number | null>();
  for (const step of steps) {
    const before = predecessors.get(step.nodeId);
    if (before === undefined) {
      result.set(step.nodeId, null);
      continue;
    }
    let left = 0;
    for (const id of before) {
      const previous = byId.get(id)!;
      left += Math.max(0, previous.entered - previous.inFlight);
    }
    result.set(step.nodeId, left === 0 ? null : Math.min(1, step.entered / left));
  }
  return result;
}

/** The step with the lowest conversion; the first in the given order on a tie; null when none has one. */
export function lowestConversion(
  steps: readonly StepFlow[],
  conversions: ReadonlyMap<string, number | null>,
): string | null {
  let lowest: { nodeId: string; rate: number } | null = null;
  for (const step of steps) {
    const rate = conversions.get(step.nodeId);
    if (rate === null || rate === undefined) continue;
    if (lowest === null || rate < lowest.rate) lowest = { nodeId: step.nodeId, rate };
  }
  return lowest?.nodeId ?? null;
}
