import {
  createEmptyJourney,
  createNode,
  type Journey,
  type JourneyEdge,
  type JourneyNode,
  type NodeKind,
  type StickyNote,
} from '../../../shared/model/index';
import type { NewId } from '../../../shared/graph/index';
import { deepFreeze } from '../../support/deep-freeze';

export { deepFreeze };

export function node(kind: NodeKind, id: string, label?: string, x = 0, y = 0): JourneyNode {
  return createNode(kind, { id, position: { x, y }, ...(label === undefined ? {} : { label }) });
}

export function edge(id: string, source: string, sourceHandle: string, target: string): JourneyEdge {
  return { id, source, sourceHandle, target };
}

export function note(id: string, x = 0, y = 0, text = 'Remember to check the copy'): StickyNote {
  return { id, text, position: { x, y }, size: { width: 200, height: 120 } };
}

export function journeyWith(nodes: JourneyNode[], edges: JourneyEdge[] = [], notes: StickyNote[] = []): Journey {
  const empty = createEmptyJourney({ id: 'jrn-test', name: 'Test journey', now: '2025-03-01T09:00:00.000Z' });
  return deepFreeze({ ...empty, nodes, edges, notes });
}

/**
 * start → email → vip (Is VIP?) ─yes→ sms → done
 *                               └no→ (free)      wait (free), done2 (unused exit)
 * Frozen, so any operation that mutates its input throws in the test.
 */
export function sampleJourney(): Journey {
  return journeyWith(
    [
      node('entry', 'start', 'Order placed', 0, 0),
      node('message', 'email', 'Welcome email', 300, 0),
      node('condition', 'vip', 'Is VIP?', 600, 0),
      node('message', 'sms', 'VIP SMS', 900, -100),
      node('delay', 'wait', 'Wait a day', 900, 100),
      node('exit', 'done', 'Done', 1200, -100),
      node('exit', 'done2', '', 1200, 100),
    ],
    [
      edge('e-start-email', 'start', 'next', 'email'),
      edge('e-email-vip', 'email', 'next', 'vip'),
      edge('e-vip-sms', 'vip', 'yes', 'sms'),
      edge('e-sms-done', 'sms', 'next', 'done'),
    ],
    [note('note-1', -50, -200)],
  );
}

/** A NewId that hands out "<kind>-new-1", "<kind>-new-2", … */
export function sequentialIds(): NewId {
  let count = 0;
  return (kind) => `${kind}-new-${++count}`;
}

export function edgeKeys(journey: Journey): string[] {
  return journey.edges.map((e) => `${e.source}.${e.sourceHandle}->${e.target}`);
}
