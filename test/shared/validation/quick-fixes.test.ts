import { describe, expect, it } from 'vitest';
import { JourneySchema, type Journey } from '../../../shared/model/index';
import { applyQuickFix, validateJourney, type Diagnostic, type DiagnosticCode } from '../../../shared/validation/index';
import {
  cleanContext,
  cleanJourney,
  deepFreeze,
  link,
  ofCode,
  step,
  withConfig,
  withNodes,
  withoutEdge,
} from './build-journey';

function only(journey: Journey, code: DiagnosticCode): Diagnostic {
  const found = ofCode(validateJourney(journey, cleanContext()), code);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Applies the fix and checks what every fix must give: a new, valid document without the problem. */
function fixed(journey: Journey, diagnostic: Diagnostic): Journey {
  const result = applyQuickFix(journey, diagnostic);
  expect(result).not.toBeNull();
  expect(result).not.toBe(journey);
  expect(JourneySchema.safeParse(result).success).toBe(true);
  const remaining = validateJourney(result!, cleanContext()).filter(
    (each) => each.code === diagnostic.code && each.nodeId === diagnostic.nodeId && each.edgeId === diagnostic.edgeId,
  );
  expect(remaining).toEqual([]);
  return result!;
}

/** The clean journey without `stepId` and the connection `edgeId` into it, leaving that output free. */
function withoutPath(edgeId: string, stepId: string): Journey {
  const journey = withoutEdge(cleanJourney(), edgeId);
  return deepFreeze({ ...journey, nodes: journey.nodes.filter((node) => node.id !== stepId) });
}

function splitJourney(percents: number[]): Journey {
  return withNodes(
    withoutEdge(cleanJourney(), 'vip.no'),
    [
      step('randomSplit', 'ab', 'A/B', {
        branches: percents.map((percent, index) => ({ id: `p${index}`, label: `Path ${index + 1}`, percent })),
      }),
    ],
    [link('vip', 'no', 'ab'), ...percents.map((_, index) => link('ab', `p${index}`, 'done'))],
  );
}

function percentsOf(journey: Journey): number[] {
  const node = journey.nodes.find((candidate) => candidate.id === 'ab');
  return node?.kind === 'randomSplit' ? node.config.branches.map((branch) => branch.percent) : [];
}

describe('normalisePercentages', () => {
  it.each([
    [
      [60, 30],
      [67, 33],
    ],
    [
      [1, 1, 1],
      [34, 33, 33],
    ],
    [
      [50, 50, 50, 50],
      [25, 25, 25, 25],
    ],
    [
      [10.5, 20.25, 30],
      [17, 33, 50],
    ],
  ])('scales %j to whole percentages adding up to 100: %j', (before, after) => {
    const journey = splitJourney(before);
    const result = fixed(journey, only(journey, 'SPLIT_PERCENT_SUM'));
    expect(percentsOf(result)).toEqual(after);
    expect(percentsOf(result).reduce((sum, percent) => sum + percent, 0)).toBe(100);
    expect(percentsOf(journey)).toEqual(before);
  });

  it('splits evenly when every share is 0 (reported as a wrong sum and per path)', () => {
    const journey = splitJourney([0, 0, 0]);
    const sum = validateJourney(journey, cleanContext()).find(
      (diagnostic) => diagnostic.fix?.kind === 'normalisePercentages',
    );
    const result = applyQuickFix(journey, sum!);
    expect(percentsOf(result!)).toEqual([34, 33, 33]);
    expect(ofCode(validateJourney(result!, cleanContext()), 'SPLIT_PERCENT_SUM')).toEqual([]);
  });

  it('no longer applies once the shares add up', () => {
    const diagnostic = only(splitJourney([60, 30]), 'SPLIT_PERCENT_SUM');
    expect(applyQuickFix(splitJourney([60, 40]), diagnostic)).toBeNull();
  });
});

describe('addTimeoutExit', () => {
  it('adds an exit to the right of and below the wait, connected to its timeout', () => {
    const journey = withoutPath('opened.timeout', 'no-open');
    const result = fixed(journey, only(journey, 'WAIT_WITHOUT_TIMEOUT'));
    expect(result.nodes).toHaveLength(journey.nodes.length + 1);
    const exit = result.nodes.at(-1)!;
    expect(exit).toMatchObject({
      id: 'opened-timeout-exit',
      kind: 'exit',
      label: 'Timed out',
      position: { x: 320, y: 160 },
    });
    expect(result.edges.at(-1)).toEqual({
      id: 'opened-timeout-exit-edge',
      source: 'opened',
      sourceHandle: 'timeout',
      target: exit.id,
    });
    expect(validateJourney(result, cleanContext())).toEqual([]);
  });

  it('uses the ids it is given, and does not reuse taken ones', () => {
    const journey = withNodes(
      withoutEdge(cleanJourney(), 'opened.timeout'),
      [step('exit', 'opened-timeout-exit', 'Taken')],
      [],
    );
    const diagnostic = only(journey, 'WAIT_WITHOUT_TIMEOUT');
    expect(applyQuickFix(journey, diagnostic)?.nodes.at(-1)?.id).toBe('opened-timeout-exit-2');
    const given = applyQuickFix(journey, diagnostic, (kind) => `${kind}-given`);
    expect(given?.nodes.at(-1)?.id).toBe('node-given');
    expect(given?.edges.at(-1)?.id).toBe('edge-given');
  });

  it('no longer applies once the timeout is connected or the step is gone', () => {
    const diagnostic = only(withoutEdge(cleanJourney(), 'opened.timeout'), 'WAIT_WITHOUT_TIMEOUT');
    expect(applyQuickFix(cleanJourney(), diagnostic)).toBeNull();
    expect(
      applyQuickFix(withConfig(cleanJourney(), 'vip', 'condition', {}), { ...diagnostic, nodeId: 'vip' }),
    ).toBeNull();
    expect(applyQuickFix(cleanJourney(), { ...diagnostic, nodeId: 'missing' })).toBeNull();
  });
});

describe('addExit', () => {
  it('connects an exit to the free output named in the path', () => {
    const journey = withoutPath('vip.no', 'done');
    const result = fixed(journey, only(journey, 'DEAD_END'));
    expect(result.edges.at(-1)).toEqual({
      id: 'vip-no-exit-edge',
      source: 'vip',
      sourceHandle: 'no',
      target: 'vip-no-exit',
    });
    expect(result.nodes.at(-1)).toMatchObject({ kind: 'exit', label: 'Exit' });
    expect(validateJourney(result, cleanContext())).toEqual([]);
  });

  it('reads output ids that need quoting in the path', () => {
    const journey = withNodes(
      withoutEdge(cleanJourney(), 'vip.no'),
      [
        step('randomSplit', 'ab', 'A/B', {
          branches: [
            { id: 'path a', label: 'A', percent: 50 },
            { id: 'path "b"', label: 'B', percent: 50 },
          ],
        }),
      ],
      [link('vip', 'no', 'ab'), link('ab', 'path a', 'done')],
    );
    const diagnostic = only(journey, 'DEAD_END');
    expect(diagnostic.path).toBe('nodes[7].outputs["path \\"b\\""]');
    expect(fixed(journey, diagnostic).edges.at(-1)).toMatchObject({ source: 'ab', sourceHandle: 'path "b"' });
  });

  it('needs the output in the path', () => {
    const diagnostic = only(withoutEdge(cleanJourney(), 'vip.no'), 'DEAD_END');
    expect(applyQuickFix(withoutEdge(cleanJourney(), 'vip.no'), { ...diagnostic, path: 'nodes[3]' })).toBeNull();
    expect(
      applyQuickFix(withoutEdge(cleanJourney(), 'vip.no'), { ...diagnostic, path: 'nodes[3].outputs.maybe' }),
    ).toBeNull();
  });
});

describe('removeEdge', () => {
  it('removes a dangling connection', () => {
    const journey = withNodes(cleanJourney(), [], [link('welcome', 'next', 'ghost', 'e-ghost')]);
    const result = fixed(journey, only(journey, 'DANGLING_EDGE'));
    expect(result.edges.map((edge) => edge.id)).toEqual(cleanJourney().edges.map((edge) => edge.id));
    expect(result.nodes).toBe(journey.nodes);
  });

  it('removes the extra connection from an output', () => {
    const journey = withNodes(cleanJourney(), [], [link('vip', 'yes', 'done', 'e-extra')]);
    expect(fixed(journey, only(journey, 'DUPLICATE_EDGE')).edges).toHaveLength(6);
  });

  it('no longer applies once the connection is gone', () => {
    const diagnostic = only(
      withNodes(cleanJourney(), [], [link('welcome', 'next', 'ghost', 'e-ghost')]),
      'DANGLING_EDGE',
    );
    expect(applyQuickFix(cleanJourney(), diagnostic)).toBeNull();
  });
});

describe('fixes the caller applies', () => {
  it('returns null for createTemplate, which needs the template service, and for diagnostics without a fix', () => {
    const journey = withConfig(cleanJourney(), 'welcome', 'message', { templateId: null });
    expect(applyQuickFix(journey, only(journey, 'MISSING_TEMPLATE'))).toBeNull();
    expect(
      applyQuickFix(journey, { ...only(withNodes(cleanJourney(), [step('exit', 'lost')]), 'UNREACHABLE_NODE') }),
    ).toBeNull();
  });
});
