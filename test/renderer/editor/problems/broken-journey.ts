import { connectNodes, addNode } from '../../../../shared/graph/index';
import { createEmptyJourney, createNode, type Journey, type JourneyNode } from '../../../../shared/model/index';

let edgeCounter = 0;
const edgeId = () => `edge_${++edgeCounter}`;

/**
 * Entry → "Welcome" message without a template → random split at 30/30 → path A to an exit, path
 * B to a wait whose "timeout" output leads nowhere → exit. Three errors the editor can fix.
 */
export function brokenJourney(
  base: Journey = createEmptyJourney({ id: 'j_broken', name: 'Broken', now: '2025-01-01T00:00:00.000Z' }),
): Journey {
  const entry = createNode('entry', { id: 'entry', position: { x: 0, y: 0 } });
  const message = createNode('message', { id: 'welcome', position: { x: 300, y: 0 }, label: 'Welcome' });
  const split = createNode('randomSplit', { id: 'split', position: { x: 600, y: 0 } });
  split.config.branches = split.config.branches.map((branch) => ({ ...branch, percent: 30 }));
  const wait = createNode('waitForEvent', { id: 'wait', position: { x: 900, y: 200 }, label: 'Wait for click' });
  const exitA = createNode('exit', { id: 'exit_a', position: { x: 900, y: 0 } });
  const exitB = createNode('exit', { id: 'exit_b', position: { x: 1200, y: 200 } });
  let journey: Journey = base;
  for (const node of [entry, message, split, wait, exitA, exitB] as JourneyNode[]) journey = addNode(journey, node);
  const link = (source: string, sourceHandle: string, target: string) => {
    journey = connectNodes(journey, { source, sourceHandle, target }, edgeId());
  };
  link('entry', 'next', 'welcome');
  link('welcome', 'next', 'split');
  link('split', 'a', 'exit_a');
  link('split', 'b', 'wait');
  link('wait', 'event', 'exit_b');
  return journey;
}
