import { describe, expect, it } from 'vitest';
import { JourneySchema, createNode } from '../../../shared/model/index';
import {
  checkConnection,
  copySelection,
  deleteElements,
  duplicateElements,
  insertNodeOnEdge,
  moveNodes,
  parseClipboardText,
  pasteClipboard,
  replaceConnection,
} from '../../../shared/graph/index';
import { generateJourney } from '../../support/generate-journey';
import { deepFreeze, sequentialIds } from './sample-journey';
import { medianMs } from '../../support/median-ms';

/**
 * Budgets that catch an accidental O(n²) (a find inside a loop costs seconds at this size) while
 * leaving room for a slow CI machine. The median of several runs after a warm-up keeps one GC
 * pause from failing the test.
 */
// Measured at 7–50 ms on an idle two-core machine; 400 ms still fails any O(n²) by an order of magnitude.
const BUDGET_MS = 400;

describe('operations on a 5,000-step journey', () => {
  const journey = deepFreeze(generateJourney({ nodes: 5000, edges: 7500, seed: 2024 }));
  const everyTenthNode = journey.nodes.filter((_, index) => index % 10 === 5).map((node) => node.id);

  it('deletes 500 steps with reconnection well within budget', () => {
    let result = journey;
    const elapsed = medianMs(() => {
      result = deleteElements(journey, { nodeIds: everyTenthNode, reconnect: true, newId: sequentialIds() });
    });
    expect(elapsed).toBeLessThan(BUDGET_MS);
    expect(result.nodes).toHaveLength(4500);
    expect(result.edges.length).toBeGreaterThan(0);
    expect(JourneySchema.safeParse(result).success).toBe(true);
  });

  it('pastes a copy of the whole journey well within budget', () => {
    const payload = copySelection(journey, { nodeIds: journey.nodes.map((node) => node.id) });
    let pasted = { journey, nodeIds: [] as string[] };
    const elapsed = medianMs(() => {
      pasted = pasteClipboard(journey, payload, { newId: sequentialIds() });
    });
    expect(elapsed).toBeLessThan(BUDGET_MS);
    expect(pasted.journey.nodes).toHaveLength(10_000);
    expect(pasted.journey.edges).toHaveLength(15_000);
  });

  it('copies, reads back and duplicates within budget', () => {
    const nodeIds = journey.nodes.slice(0, 2500).map((node) => node.id);
    expect(medianMs(() => parseClipboardText(JSON.stringify(copySelection(journey, { nodeIds }))))).toBeLessThan(
      BUDGET_MS,
    );
    expect(medianMs(() => duplicateElements(journey, { nodeIds }, { newId: sequentialIds() }))).toBeLessThan(BUDGET_MS);
  });

  it('checks, connects, splits and moves within budget', () => {
    const [first, second] = journey.edges;
    if (first === undefined || second === undefined) throw new Error('generated journey has no edges');
    expect(medianMs(() => checkConnection(journey, { ...first, target: second.target }))).toBeLessThan(BUDGET_MS);
    expect(medianMs(() => replaceConnection(journey, { ...first, target: second.target }, 'replaced'))).toBeLessThan(
      BUDGET_MS,
    );
    const delay = createNode('delay', { id: 'inserted', position: { x: 0, y: 0 } });
    expect(
      medianMs(() => insertNodeOnEdge(journey, { edgeId: first.id, node: delay, newEdgeId: 'inserted-out' })),
    ).toBeLessThan(BUDGET_MS);
    const everywhere = new Map(journey.nodes.map((node) => [node.id, { x: node.position.x + 1, y: node.position.y }]));
    expect(medianMs(() => moveNodes(journey, everywhere))).toBeLessThan(BUDGET_MS);
  });
});
