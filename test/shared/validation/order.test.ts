import { describe, expect, it } from 'vitest';
import { validateJourney } from '../../../shared/validation/index';
import { cleanContext, cleanJourney, journeyOf, link, step, withConfig, withNodes, withoutEdge } from './build-journey';

/** Something wrong everywhere: the name, several steps, a connection; errors and warnings mixed. */
function brokenJourney() {
  let journey = withoutEdge(cleanJourney(), 'vip.no');
  journey = withConfig(journey, 'welcome', 'message', {
    templateId: null,
    fallbacks: [{ channel: 'push', templateId: 'tpl-push' }],
  });
  journey = withConfig(journey, 'vip', 'condition', { filter: { combinator: 'and', groups: [] } });
  journey = withNodes(
    journey,
    [step('webhook', 'crm', 'CRM', { url: 'http://crm.example.com' }), step('exit', 'island', 'Island')],
    [
      link('welcome', 'next', 'ghost', 'e-ghost'),
      link('vip', 'yes', 'crm', 'e-dup'),
      link('crm', 'success', 'done'),
      link('crm', 'failure', 'done'),
    ],
  );
  return journeyOf(journey.nodes, journey.edges, '');
}

describe('the order of diagnostics', () => {
  it('lists errors first, then warnings, each by place in the document: name, steps, connections', () => {
    const diagnostics = validateJourney(brokenJourney(), cleanContext());
    expect(diagnostics.map((diagnostic) => `${diagnostic.severity} ${diagnostic.code} ${diagnostic.path}`)).toEqual([
      'error MISSING_NAME name',
      'error MISSING_TEMPLATE nodes[1].config.templateId',
      'error EMPTY_CONDITION nodes[3].config.filter.groups',
      'error UNREACHABLE_NODE nodes[8]',
      'error DANGLING_EDGE edges[5]',
      'warning CHANNEL_NOT_CONFIGURED nodes[1].config.fallbacks[0].channel',
      'warning DEAD_END nodes[3].outputs.no',
      'warning INVALID_WEBHOOK nodes[7].config.url',
      'warning DUPLICATE_EDGE edges[6]',
    ]);
  });

  it('gives the same result every time, and for equal documents', () => {
    const first = validateJourney(brokenJourney(), cleanContext());
    expect(validateJourney(brokenJourney(), cleanContext())).toEqual(first);
    expect(JSON.stringify(validateJourney(structuredClone(brokenJourney()), cleanContext()))).toBe(
      JSON.stringify(first),
    );
  });

  it('follows the document, not the ids: reordering steps reorders their diagnostics', () => {
    const journey = journeyOf(
      [
        step('entry', 'start'),
        step('delay', 'z-first', 'Zed', { mode: 'timeOfDay', time: '' }),
        step('delay', 'a-second', 'Ay', { mode: 'timeOfDay', time: '' }),
        step('exit', 'end'),
      ],
      [link('start', 'next', 'z-first'), link('z-first', 'next', 'a-second'), link('a-second', 'next', 'end')],
    );
    expect(validateJourney(journey).map((diagnostic) => diagnostic.nodeId)).toEqual(['z-first', 'a-second']);
    const reversed = journeyOf([...journey.nodes].reverse(), journey.edges);
    expect(validateJourney(reversed).map((diagnostic) => diagnostic.nodeId)).toEqual(['a-second', 'z-first']);
  });
});
