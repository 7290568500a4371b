import { describe, expect, it } from 'vitest';
import type { JourneyEdge, JourneyNode } from '../../../shared/model/index';
import { loopsWithoutWait, validateJourney } from '../../../shared/validation/index';
import { buildJourneyGraph } from '../../../shared/validation/journey-graph';
import { cleanContext, cleanJourney, journeyOf, link, ofCode, step, withNodes, withoutEdge } from './build-journey';

function codes(journey: Parameters<typeof validateJourney>[0]) {
  return validateJourney(journey, cleanContext()).map((diagnostic) => diagnostic.code);
}

describe('entries and reachability', () => {
  it('reports a missing entry once rather than every step as unreachable', () => {
    const journey = journeyOf(
      [step('message', 'm', 'Hello', { templateId: 'tpl-welcome' }), step('exit', 'done')],
      [link('m', 'next', 'done')],
    );
    expect(codes(journey)).toEqual(['NO_ENTRY']);
  });

  it('says an empty journey is empty, without asking for an exit', () => {
    const [diagnostic, ...rest] = validateJourney(journeyOf([]));
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ code: 'NO_ENTRY', message: 'The journey is empty: it has no entry step.' });
  });

  it('flags a lone unreachable step by its name', () => {
    const journey = withNodes(cleanJourney(), [step('exit', 'lost-end', '')]);
    const unreachable = ofCode(validateJourney(journey, cleanContext()), 'UNREACHABLE_NODE');
    expect(unreachable.map((diagnostic) => [diagnostic.nodeId, diagnostic.path])).toEqual([['lost-end', 'nodes[7]']]);
    // A step without a label is named by its kind.
    expect(unreachable[0]?.message).toBe('No entry step leads to "Exit", so no contact will ever reach it.');
  });

  it('reports a chain cut off from its entry once, at the cut, counting the steps after it', () => {
    const journey = withoutEdge(cleanJourney(), 'start.next');
    const diagnostics = validateJourney(journey, cleanContext());
    const unreachable = ofCode(diagnostics, 'UNREACHABLE_NODE');
    expect(unreachable.map((diagnostic) => [diagnostic.nodeId, diagnostic.path])).toEqual([['welcome', 'nodes[1]']]);
    expect(unreachable[0]?.message).toBe(
      'No entry step leads to "Welcome email", so no contact will ever reach it or the 5 steps after it.',
    );
    expect(unreachable[0]?.hint).toBe(
      'Connect an earlier step to it: that reconnects the steps after it too. Or delete them.',
    );
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toHaveLength(1);
  });

  it('reports each separate unreachable part at its own start, not counting shared steps twice', () => {
    const journey = withNodes(
      cleanJourney(),
      [step('message', 'lost', 'Lost message', { templateId: 'tpl-welcome' }), step('exit', 'lost-end', 'Lost end')],
      [link('lost', 'next', 'lost-end')],
    );
    const cut = withoutEdge(journey, 'start.next');
    const unreachable = ofCode(validateJourney(cut, cleanContext()), 'UNREACHABLE_NODE');
    expect(unreachable.map((diagnostic) => diagnostic.nodeId)).toEqual(['welcome', 'lost']);
    expect(unreachable[1]?.message).toBe(
      'No entry step leads to "Lost message", so no contact will ever reach it or the step after it.',
    );
  });

  it('reports a loop nothing leads into once, at its first step in the document', () => {
    const journey = withNodes(
      cleanJourney(),
      [step('delay', 'loop-a', 'Loop A'), step('delay', 'loop-b', 'Loop B'), step('delay', 'loop-c', 'Loop C')],
      [link('loop-a', 'next', 'loop-b'), link('loop-b', 'next', 'loop-c'), link('loop-c', 'next', 'loop-a')],
    );
    const unreachable = ofCode(validateJourney(journey, cleanContext()), 'UNREACHABLE_NODE');
    expect(unreachable.map((diagnostic) => diagnostic.nodeId)).toEqual(['loop-a']);
    expect(unreachable[0]?.message).toContain('or the 2 steps after it');
  });

  it('counts steps reached from any of several entries', () => {
    const journey = withNodes(
      cleanJourney(),
      [step('entry', 'second', 'Newsletter signups'), step('exit', 'second-done')],
      [link('second', 'next', 'second-done')],
    );
    expect(codes(journey)).toEqual([]);
  });

  it('does not travel along a dangling connection', () => {
    const journey = withNodes(cleanJourney(), [step('exit', 'island')], [link('ghost', 'next', 'island')]);
    expect(codes(journey)).toEqual(['UNREACHABLE_NODE', 'DANGLING_EDGE']);
  });
});

describe('outputs', () => {
  it('reports each free output with its handle in the path; exits have none', () => {
    const journey = journeyOf(
      [
        step('entry', 'start'),
        step('randomSplit', 'ab', 'A/B', {
          branches: [
            { id: 'a', label: 'Path A', percent: 50 },
            { id: 'path-b', label: 'Path B', percent: 50 },
          ],
        }),
        step('exit', 'done'),
      ],
      [link('start', 'next', 'ab'), link('ab', 'a', 'done')],
    );
    const [deadEnd, ...rest] = ofCode(validateJourney(journey), 'DEAD_END');
    expect(rest).toEqual([]);
    expect(deadEnd).toMatchObject({ severity: 'warning', nodeId: 'ab', path: 'nodes[1].outputs["path-b"]' });
    expect(deadEnd?.message).toBe(
      'Nothing is connected to the "Path B" output of "A/B": contacts leave the journey there.',
    );
  });

  it('reports a free timeout as WAIT_WITHOUT_TIMEOUT, and a free event output as a dead end', () => {
    const journey = withoutEdge(withoutEdge(cleanJourney(), 'opened.timeout'), 'opened.event');
    const diagnostics = validateJourney(journey, cleanContext()).filter((diagnostic) => diagnostic.nodeId === 'opened');
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.path])).toEqual([
      ['WAIT_WITHOUT_TIMEOUT', 'nodes[2].outputs.timeout'],
      ['DEAD_END', 'nodes[2].outputs.event'],
    ]);
  });

  it('warns once when no exit exists at all', () => {
    const journey = journeyOf([step('entry', 'start'), step('delay', 'wait')], [link('start', 'next', 'wait')]);
    expect(codes(journey)).toEqual(['NO_EXIT', 'DEAD_END']);
  });
});

describe('connections', () => {
  it('reports connections from or to missing steps and from outputs that no longer exist', () => {
    const journey = withNodes(
      cleanJourney(),
      [],
      [
        link('ghost', 'next', 'done', 'e-from-ghost'),
        link('welcome', 'next', 'ghost', 'e-to-ghost'),
        link('vip', 'maybe', 'done', 'e-bad-output'),
      ],
    );
    const dangling = ofCode(validateJourney(journey, cleanContext()), 'DANGLING_EDGE');
    expect(dangling.map((diagnostic) => [diagnostic.edgeId, diagnostic.path, diagnostic.fix?.kind])).toEqual([
      ['e-from-ghost', 'edges[6]', 'removeEdge'],
      ['e-to-ghost', 'edges[7]', 'removeEdge'],
      ['e-bad-output', 'edges[8]', 'removeEdge'],
    ]);
    expect(dangling[2]?.message).toBe(
      'A connection leaves "Is VIP?" from an output "maybe" that the step does not have.',
    );
  });

  it('warns about the second connection from one output, not the first', () => {
    const journey = withNodes(cleanJourney(), [], [link('vip', 'yes', 'done', 'e-again')]);
    const duplicates = ofCode(validateJourney(journey, cleanContext()), 'DUPLICATE_EDGE');
    expect(duplicates.map((diagnostic) => diagnostic.edgeId)).toEqual(['e-again']);
  });
});

describe('loops', () => {
  const entry = step('entry', 'start', 'Start');

  it('finds a step that leads into itself', () => {
    const journey = journeyOf(
      [entry, step('updateProfile', 'tag', 'Tag', { updates: [] })],
      [link('start', 'next', 'tag'), link('tag', 'next', 'tag')],
    );
    const [cycle] = ofCode(validateJourney(journey), 'CYCLE_WITHOUT_WAIT');
    expect(cycle).toMatchObject({ nodeId: 'tag', path: 'nodes[1]' });
    expect(cycle?.message).toBe(
      '"Tag" leads back into itself without any wait, so contacts would repeat it endlessly.',
    );
  });

  it.each(['delay', 'waitForEvent', 'retarget'] as const)('accepts a loop through a %s step', (kind) => {
    const waiting = step(kind, 'waiting', 'Waiting');
    const handle = kind === 'delay' ? 'next' : kind === 'waitForEvent' ? 'event' : 'notConverted';
    const journey = journeyOf(
      [entry, step('message', 'nudge', 'Nudge', { templateId: 'tpl-welcome' }), waiting],
      [link('start', 'next', 'nudge'), link('nudge', 'next', 'waiting'), link('waiting', handle, 'nudge')],
    );
    expect(ofCode(validateJourney(journey), 'CYCLE_WITHOUT_WAIT')).toEqual([]);
  });

  it('finds a loop without a wait inside a larger loop that has one', () => {
    // a → b → c → a has no wait; c → delay → a goes round through one.
    const journey = journeyOf(
      [
        entry,
        step('webhook', 'a', 'A'),
        step('webhook', 'b', 'B'),
        step('condition', 'c', 'C'),
        step('delay', 'd', 'D'),
      ],
      [
        link('start', 'next', 'a'),
        link('a', 'success', 'b'),
        link('b', 'success', 'c'),
        link('c', 'yes', 'a'),
        link('c', 'no', 'd'),
        link('d', 'next', 'a'),
      ],
    );
    const cycles = ofCode(validateJourney(journey), 'CYCLE_WITHOUT_WAIT');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatchObject({
      nodeId: 'a',
      message: 'The steps "A", "B", "C" form a loop without any wait, so contacts would go round it endlessly.',
    });
  });

  it('reports each separate loop once, on its first step in document order', () => {
    const journey = journeyOf(
      [
        entry,
        step('condition', 'x', 'X'),
        step('condition', 'y', 'Y'),
        step('webhook', 'p', 'P'),
        step('webhook', 'q', 'Q'),
      ],
      [
        link('start', 'next', 'y'),
        link('y', 'yes', 'x'),
        link('x', 'yes', 'y'),
        link('x', 'no', 'p'),
        link('p', 'success', 'q'),
        link('q', 'success', 'p'),
      ],
    );
    expect(ofCode(validateJourney(journey), 'CYCLE_WITHOUT_WAIT').map((diagnostic) => diagnostic.nodeId)).toEqual([
      'x',
      'p',
    ]);
  });

  it('names the first six steps of a long loop and counts the rest', () => {
    const steps: JourneyNode[] = Array.from({ length: 9 }, (_, index) =>
      step('updateProfile', `s${index}`, `Step ${index}`, { updates: [] }),
    );
    const edges: JourneyEdge[] = steps.map((_, index) => link(`s${index}`, 'next', `s${(index + 1) % steps.length}`));
    const journey = journeyOf([entry, ...steps], [link('start', 'next', 's0'), ...edges]);
    const [cycle] = ofCode(validateJourney(journey), 'CYCLE_WITHOUT_WAIT');
    expect(cycle?.message).toBe(
      'The steps "Step 0", "Step 1", "Step 2", "Step 3", "Step 4", "Step 5" and 3 more form a loop without any wait, so contacts would go round it endlessly.',
    );
  });

  it('handles a 20,000-step loop without running out of stack', () => {
    const count = 20_000;
    const steps: JourneyNode[] = [entry];
    const edges: JourneyEdge[] = [link('start', 'next', 's0')];
    for (let index = 0; index < count; index++) {
      steps.push({
        id: `s${index}`,
        kind: 'updateProfile',
        label: `Step ${index}`,
        position: { x: index, y: 0 },
        config: { updates: [] },
      });
      edges.push(link(`s${index}`, 'next', `s${(index + 1) % count}`));
    }
    const journey = journeyOf(steps, edges);
    const loops = loopsWithoutWait(journey, buildJourneyGraph(journey));
    expect(loops).toHaveLength(1);
    expect(loops[0]).toHaveLength(count);
    expect(loops[0]?.[0]).toBe(1);
  });
});

describe('the journey as a whole', () => {
  it('wants a name that is more than spaces', () => {
    expect(codes(journeyOf(cleanJourney().nodes, cleanJourney().edges, ' \t'))).toEqual(['MISSING_NAME']);
  });

  it('warns above MAX_JOURNEY_NODES steps, or the given maximum', () => {
    expect(codes(cleanJourney())).toEqual([]);
    expect(ofCode(validateJourney(cleanJourney(), { ...cleanContext(), maxNodes: 7 }), 'TOO_LARGE')).toEqual([]);
    expect(ofCode(validateJourney(cleanJourney(), { ...cleanContext(), maxNodes: 6 }), 'TOO_LARGE')).toHaveLength(1);
  });

  it('refuses a context it cannot use, saying what is wrong', () => {
    expect(() => validateJourney(cleanJourney(), { now: new Date('not a date') })).toThrow(
      'validateJourney was given an invalid date as context.now',
    );
    expect(() => validateJourney(cleanJourney(), { maxNodes: Number.NaN })).toThrow(/context.maxNodes = NaN/);
  });
});
