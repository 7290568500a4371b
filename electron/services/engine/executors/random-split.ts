import { createHash } from 'node:crypto';
import type { StepExecutor } from './executor';

/** A number in [0, 100) from the contact and the node alone: replays and re-runs pick the same path. */
export function splitPoint(contactId: string, nodeId: string): number {
  const digest = createHash('sha256').update(`${contactId}\u0000${nodeId}`).digest();
  return (digest.readUInt32BE(0) / 2 ** 32) * 100;
}

export const randomSplitExecutor: StepExecutor<'randomSplit'> = {
  step: ({ node, contact }) => {
    const branches = node.config.branches;
    const total = branches.reduce((sum, branch) => sum + branch.percent, 0);
    const point = splitPoint(contact.customerId, node.id);
    let cumulative = 0;
    for (const branch of branches) {
      cumulative += total > 0 ? (branch.percent / total) * 100 : 100 / branches.length;
      if (point < cumulative)
        return { type: 'go', output: branch.id, decision: 'path', detail: { branch: branch.id, point } };
    }
    const last = branches[branches.length - 1];
    if (last === undefined) return { type: 'end', outcome: 'completed', decision: 'no paths' };
    return { type: 'go', output: last.id, decision: 'path', detail: { branch: last.id, point } };
  },
};
