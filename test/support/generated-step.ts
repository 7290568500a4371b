import { CHANNEL_IDS, type JourneyNode, type Position } from '../../shared/model/index';
import type { SeededRandom } from './seeded-random';

/** How many outputs a generated step has decides its kind; 0 is an exit. */
export type OutputCount = 0 | 1 | 2 | 3 | 4;

const SINGLE_OUTPUT_KINDS = ['message', 'message', 'delay', 'updateProfile'] as const;
const TWO_OUTPUT_KINDS = ['condition', 'waitForEvent', 'retarget', 'webhook', 'randomSplit'] as const;
const BRANCH_IDS = ['a', 'b', 'c', 'd'] as const;
const BRANCH_LABELS = ['Path A', 'Path B', 'Path C', 'Path D'] as const;

function evenSplit(count: number): number[] {
  const share = Math.floor(100 / count);
  return Array.from({ length: count }, (_, index) => (index === 0 ? 100 - share * (count - 1) : share));
}

function randomSplit(id: string, index: number, position: Position, branchCount: number): JourneyNode {
  const percents = evenSplit(branchCount);
  return {
    id,
    kind: 'randomSplit',
    label: `A/B test ${index}`,
    position,
    config: {
      branches: BRANCH_IDS.slice(0, branchCount).map((branchId, branch) => ({
        id: branchId,
        label: BRANCH_LABELS[branch] ?? branchId,
        percent: percents[branch] ?? 0,
      })),
    },
  };
}

/** The first step: a custom-event trigger, as most real journeys have. */
export function generatedEntry(id: string, position: Position): JourneyNode {
  return {
    id,
    kind: 'entry',
    label: 'Order placed',
    position,
    config: { audience: { type: 'customEvent', eventName: 'order_placed', propertyRules: [] } },
  };
}

/**
 * A step with `outputs` outputs and a plausible, complete config (templates chosen, URLs filled),
 * so generated journeys look like real ones to the canvas, the validator and the benchmarks.
 */
export function generatedStep(
  outputs: OutputCount,
  id: string,
  index: number,
  position: Position,
  random: SeededRandom,
): JourneyNode {
  if (outputs === 0) return { id, kind: 'exit', label: `Done ${index}`, position, config: {} };
  if (outputs > 2) return randomSplit(id, index, position, outputs);
  const kind = outputs === 1 ? random.pick(SINGLE_OUTPUT_KINDS) : random.pick(TWO_OUTPUT_KINDS);
  switch (kind) {
    case 'message': {
      const channel = random.pick(CHANNEL_IDS);
      return {
        id,
        kind,
        label: `Send ${channel} ${index}`,
        position,
        config: { channel, templateId: `template-${index % 50}`, variables: {}, fallbacks: [] },
      };
    }
    case 'delay':
      return {
        id,
        kind,
        label: `Wait ${index}`,
        position,
        config: { mode: 'duration', duration: { amount: 1 + random.int(3), unit: random.pick(['hours', 'days']) } },
      };
    case 'updateProfile':
      return {
        id,
        kind,
        label: `Tag contact ${index}`,
        position,
        config: { updates: [{ field: 'journey.stage', value: `step-${index}` }] },
      };
    case 'condition':
      return {
        id,
        kind,
        label: `Is VIP? ${index}`,
        position,
        config: {
          source: 'profile',
          filter: {
            combinator: 'and',
            groups: [{ combinator: 'and', rules: [{ field: 'vip', operator: 'equals', value: true }] }],
          },
        },
      };
    case 'waitForEvent':
      return {
        id,
        kind,
        label: `Opened? ${index}`,
        position,
        config: {
          event: random.pick(['opened', 'clicked']),
          customEventName: '',
          timeout: { amount: 2, unit: 'days' },
        },
      };
    case 'retarget':
      return {
        id,
        kind,
        label: `Bought? ${index}`,
        position,
        config: { conversionEvent: 'purchase', window: { amount: 3, unit: 'days' } },
      };
    case 'webhook':
      return {
        id,
        kind,
        label: `Notify CRM ${index}`,
        position,
        config: { method: 'POST', url: `https://crm.example.com/hooks/${index}`, headers: [], bodyTemplate: '{}' },
      };
    case 'randomSplit':
      return randomSplit(id, index, position, 2);
  }
}
