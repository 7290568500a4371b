import type { SimulatedContact } from '../../../../shared/contract/index';

/**
 * For each timeline line, how many steps of the path are lit when the canvas shows it: the path
 * lists each visit once, the timeline every line logged during it, in the same order.
 */
export function pathPositions(contact: SimulatedContact): (number | null)[] {
  let at = 0;
  return contact.steps.map((step) => {
    if (step.nodeId === null) return null;
    if (contact.path[at] !== step.nodeId && contact.path[at + 1] === step.nodeId) at += 1;
    return contact.path[at] === step.nodeId ? at + 1 : null;
  });
}
