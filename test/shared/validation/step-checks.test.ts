import { describe, expect, it } from 'vitest';
import type { Journey, JourneyNode } from '../../../shared/model/index';
import { validateJourney, type Diagnostic, type ValidationContext } from '../../../shared/validation/index';
import { cleanContext, cleanJourney, link, step, withConfig, withNodes, withoutEdge } from './build-journey';

/** The clean journey with `node` put on the "No" path of the condition, its outputs all leading to "done". */
function withStep(node: JourneyNode, handles: string[]): Journey {
  return withNodes(
    withoutEdge(cleanJourney(), 'vip.no'),
    [node],
    [link('vip', 'no', node.id), ...handles.map((handle) => link(node.id, handle, 'done'))],
  );
}

/** The diagnostics about one step, as [code, severity, path]. */
function about(
  journey: Journey,
  nodeId: string,
  context: ValidationContext = cleanContext(),
): [string, string, string | undefined][] {
  return validateJourney(journey, context)
    .filter((diagnostic: Diagnostic) => diagnostic.nodeId === nodeId)
    .map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.path]);
}

function messagesAbout(journey: Journey, nodeId: string, context: ValidationContext = cleanContext()): string[] {
  return validateJourney(journey, context)
    .filter((diagnostic) => diagnostic.nodeId === nodeId)
    .map((diagnostic) => diagnostic.message);
}

describe('entry audiences', () => {
  it('wants a name for a custom event and a value in each property rule', () => {
    const journey = withConfig(cleanJourney(), 'start', 'entry', {
      audience: {
        type: 'customEvent',
        eventName: '',
        propertyRules: [
          { field: 'properties.total', operator: 'greaterThan', value: 50 },
          { field: 'properties.currency', operator: 'equals', value: ' ' },
          { field: '', operator: 'isSet' },
        ],
      },
    });
    expect(about(journey, 'start')).toEqual([
      ['MISSING_AUDIENCE', 'error', 'nodes[0].config.audience.eventName'],
      ['INVALID_FILTER', 'error', 'nodes[0].config.audience.propertyRules[1].value'],
      ['INVALID_FILTER', 'error', 'nodes[0].config.audience.propertyRules[2].field'],
    ]);
  });

  it('wants an order event chosen', () => {
    const noPackage = withConfig(cleanJourney(), 'start', 'entry', {
      audience: { type: 'orderEvent', packageId: null, eventKey: null },
    });
    const noEvent = withConfig(cleanJourney(), 'start', 'entry', {
      audience: { type: 'orderEvent', packageId: 'order-lifecycle', eventKey: null },
    });
    const chosen = withConfig(cleanJourney(), 'start', 'entry', {
      audience: { type: 'orderEvent', packageId: 'order-lifecycle', eventKey: 'shipped' },
    });
    expect(about(noPackage, 'start')).toEqual([['MISSING_AUDIENCE', 'error', 'nodes[0].config.audience.eventKey']]);
    expect(about(noEvent, 'start')).toEqual([['MISSING_AUDIENCE', 'error', 'nodes[0].config.audience.eventKey']]);
    expect(about(chosen, 'start')).toEqual([]);
  });

  it('checks an entry filter against the customer fields', () => {
    const journey = withConfig(cleanJourney(), 'start', 'entry', {
      audience: {
        type: 'filter',
        filter: {
          combinator: 'or',
          groups: [
            { combinator: 'and', rules: [{ field: 'country', operator: 'equals', value: 'PT' }] },
            {
              combinator: 'and',
              rules: [
                { field: 'customer.shoe_size', operator: 'equals', value: 42 },
                { field: 'loyalty_points', operator: 'between', value: [500, 100] },
              ],
            },
          ],
        },
      },
    });
    expect(about(journey, 'start')).toEqual([
      ['UNKNOWN_FIELD', 'error', 'nodes[0].config.audience.filter.groups[1].rules[0].field'],
      ['INVALID_FILTER', 'error', 'nodes[0].config.audience.filter.groups[1].rules[1].value'],
    ]);
    expect(messagesAbout(journey, 'start')[0]).toBe(
      '"Portuguese contacts" has a rule on the customer field "shoe_size", which does not exist.',
    );
  });

  it('accepts "all contacts" and a chosen list', () => {
    expect(about(withConfig(cleanJourney(), 'start', 'entry', { audience: { type: 'all' } }), 'start')).toEqual([]);
    expect(
      about(withConfig(cleanJourney(), 'start', 'entry', { audience: { type: 'list', listId: 'list-vip' } }), 'start'),
    ).toEqual([]);
  });
});

describe('conditions and profile updates', () => {
  it('knows only the built-in fields when the context has none', () => {
    const diagnostics = validateJourney(cleanJourney(), {});
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.path])).toEqual([
      ['UNKNOWN_FIELD', 'nodes[0].config.audience.filter.groups[0].rules[0].field'],
      ['UNKNOWN_FIELD', 'nodes[3].config.filter.groups[0].rules[0].field'],
    ]);
  });

  it('reads event conditions as event data, not fields, and only wants them complete', () => {
    const journey = withConfig(cleanJourney(), 'vip', 'condition', {
      source: 'event',
      filter: {
        combinator: 'and',
        groups: [
          {
            combinator: 'and',
            rules: [
              { field: 'properties.cart_total', operator: 'greaterThan', value: 100 },
              { field: 'properties.coupon', operator: 'isSet' },
              { field: 'properties.items', operator: 'in', value: [] },
            ],
          },
        ],
      },
    });
    expect(about(journey, 'vip')).toEqual([
      ['INVALID_FILTER', 'error', 'nodes[3].config.filter.groups[0].rules[2].value'],
    ]);
  });

  it('reports a profile rule without a field or a value as INVALID_FILTER', () => {
    const journey = withConfig(cleanJourney(), 'vip', 'condition', {
      filter: {
        combinator: 'and',
        groups: [
          { combinator: 'and', rules: [] },
          {
            combinator: 'or',
            rules: [
              { field: '', operator: 'equals', value: 'x' },
              { field: 'loyalty_points', operator: 'greaterThan' },
              { field: 'loyalty_points', operator: 'in', value: ['10', 'lots'] },
            ],
          },
        ],
      },
    });
    expect(about(journey, 'vip')).toEqual([
      ['INVALID_FILTER', 'error', 'nodes[3].config.filter.groups[1].rules[0].field'],
      ['INVALID_FILTER', 'error', 'nodes[3].config.filter.groups[1].rules[1].value'],
      ['INVALID_FILTER', 'error', 'nodes[3].config.filter.groups[1].rules[2].value[1]'],
    ]);
  });

  it('reports a condition whose groups are all empty as EMPTY_CONDITION only', () => {
    const journey = withConfig(cleanJourney(), 'vip', 'condition', {
      source: 'event',
      filter: { combinator: 'and', groups: [{ combinator: 'and', rules: [] }] },
    });
    expect(about(journey, 'vip')).toEqual([['EMPTY_CONDITION', 'error', 'nodes[3].config.filter.groups']]);
  });

  it('wants each profile update to name an existing field', () => {
    const update = step('updateProfile', 'tag', 'Tag contact', {
      updates: [
        { field: 'first_name', value: 'Anna' },
        { field: 'customer.country', value: 'PT' },
        { field: 'favourite_colour', value: 'green' },
        { field: ' ', value: null },
      ],
    });
    const journey = withStep(update, ['next']);
    expect(about(journey, 'tag')).toEqual([
      ['UNKNOWN_FIELD', 'error', 'nodes[7].config.updates[2].field'],
      ['UNKNOWN_FIELD', 'error', 'nodes[7].config.updates[3].field'],
    ]);
    expect(messagesAbout(journey, 'tag')).toEqual([
      '"Tag contact" updates the customer field "favourite_colour", which does not exist.',
      '"Tag contact" has an update without a field.',
    ]);
  });
});

describe('random paths', () => {
  const split = (percents: number[]) =>
    step('randomSplit', 'ab', 'Subject test', {
      branches: percents.map((percent, index) => ({ id: `p${index}`, label: `Path ${index + 1}`, percent })),
    });
  const journeyWith = (percents: number[]) =>
    withStep(
      split(percents),
      percents.map((_, index) => `p${index}`),
    );

  it('accepts shares adding up to 100 within rounding error', () => {
    expect(about(journeyWith([33.3, 33.3, 33.4]), 'ab')).toEqual([]);
    expect(about(journeyWith([0.1 + 0.2, 99.7]), 'ab')).toEqual([]);
  });

  it('offers to scale shares that do not add up', () => {
    const diagnostics = validateJourney(journeyWith([50, 30, 30]), cleanContext()).filter(
      (diagnostic) => diagnostic.nodeId === 'ab',
    );
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        code: 'SPLIT_PERCENT_SUM',
        message: 'The paths of "Subject test" add up to 110%, not 100%.',
        hint: 'Adjust the percentages so they add up to 100%.',
        nodeId: 'ab',
        path: 'nodes[7].config.branches[2].percent',
        fix: { kind: 'normalisePercentages', label: 'Scale the percentages to 100%' },
      },
    ]);
  });

  it('wants at least two paths, with no fix to offer', () => {
    const diagnostics = validateJourney(journeyWith([100]), cleanContext()).filter(
      (diagnostic) => diagnostic.nodeId === 'ab',
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'SPLIT_PERCENT_SUM',
      path: 'nodes[7].config.branches',
      message: '"Subject test" has only one path; random paths need at least two.',
    });
    expect(diagnostics[0]?.fix).toBeUndefined();
  });

  it('reports a path at 0% on its own share', () => {
    expect(about(journeyWith([100, 0]), 'ab')).toEqual([
      ['SPLIT_PERCENT_SUM', 'error', 'nodes[7].config.branches[1].percent'],
    ]);
  });
});

describe('delays, waits and retargeting', () => {
  const delay = (config: Partial<Extract<JourneyNode, { kind: 'delay' }>['config']>) =>
    withStep({ ...step('delay', 'later', 'Later'), config } as JourneyNode, ['next']);

  it('wants a positive, finite duration', () => {
    expect(about(delay({ mode: 'duration', duration: { amount: 0, unit: 'hours' } }), 'later')).toEqual([
      ['INVALID_DELAY', 'error', 'nodes[7].config.duration.amount'],
    ]);
    expect(
      about(delay({ mode: 'duration', duration: { amount: Number.POSITIVE_INFINITY, unit: 'hours' } }), 'later'),
    ).toHaveLength(1);
    expect(about(delay({ mode: 'duration', duration: { amount: 2, unit: 'hours' } }), 'later')).toEqual([]);
  });

  it('wants a real time of day', () => {
    expect(messagesAbout(delay({ mode: 'timeOfDay', time: '' }), 'later')).toEqual([
      '"Later" waits until a time of day, but no time is set.',
    ]);
    expect(messagesAbout(delay({ mode: 'timeOfDay', time: '24:00' }), 'later')).toEqual([
      '"Later" waits until "24:00", which is not a time of day.',
    ]);
    expect(about(delay({ mode: 'timeOfDay', time: '09:30' }), 'later')).toEqual([]);
  });

  it('wants a real date, and one still ahead when the time is known', () => {
    expect(messagesAbout(delay({ mode: 'date', date: '' }), 'later')).toEqual([
      '"Later" waits until a date, but no date is set.',
    ]);
    expect(messagesAbout(delay({ mode: 'date', date: '2025-02-29T10:00' }), 'later')).toEqual([
      '"Later" waits until "2025-02-29T10:00", which is not a valid date and time.',
    ]);
    // The clean context's "now" is 2025-03-01T12:00Z; a date without Z is read as UTC wall-clock time.
    expect(messagesAbout(delay({ mode: 'date', date: '2025-03-01T11:59' }), 'later')).toEqual([
      '"Later" waits until 2025-03-01 11:59, which is already in the past.',
    ]);
    expect(about(delay({ mode: 'date', date: '2025-03-01T11:59Z' }), 'later')).toEqual([
      ['INVALID_DELAY', 'error', 'nodes[7].config.date'],
    ]);
    expect(about(delay({ mode: 'date', date: '2025-03-01T12:00' }), 'later')).toEqual([]);
    expect(
      about(delay({ mode: 'date', date: '2024-12-24T18:00Z' }), 'later', { fields: cleanContext().fields }),
    ).toEqual([]);
  });

  it('wants a wait to time out after a positive time', () => {
    const journey = withConfig(cleanJourney(), 'opened', 'waitForEvent', { timeout: { amount: 0, unit: 'days' } });
    const [diagnostic, ...rest] = validateJourney(journey, cleanContext());
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      code: 'WAIT_WITHOUT_TIMEOUT',
      severity: 'error',
      nodeId: 'opened',
      path: 'nodes[2].config.timeout.amount',
    });
    expect(diagnostic?.fix).toBeUndefined();
  });

  it('wants a retargeting step to have an event and a positive window', () => {
    const retarget = step('retarget', 'bought', 'Bought?', {
      conversionEvent: '',
      window: { amount: 0, unit: 'days' },
    });
    expect(about(withStep(retarget, ['converted', 'notConverted']), 'bought')).toEqual([
      ['RETARGET_WITHOUT_EVENT', 'error', 'nodes[7].config.conversionEvent'],
      ['INVALID_DELAY', 'error', 'nodes[7].config.window.amount'],
    ]);
  });
});

describe('webhooks', () => {
  const webhook = (url: string, headers: { name: string; value: string }[] = []) =>
    withStep(step('webhook', 'crm', 'Tell the CRM', { url, headers }), ['success', 'failure']);

  it.each([
    ['', 'error', '"Tell the CRM" has no URL to call.'],
    ['   ', 'error', '"Tell the CRM" has no URL to call.'],
    ['crm.example.com/hook', 'error', '"Tell the CRM" calls "crm.example.com/hook", which is not a valid URL.'],
    [
      'https://exa mple.com/hook',
      'error',
      '"Tell the CRM" calls "https://exa mple.com/hook", which is not a valid URL.',
    ],
    [
      'mailto:ops@example.com',
      'error',
      '"Tell the CRM" calls "mailto:ops@example.com", which is not an http or https address.',
    ],
    [
      'http://crm.example.com/hook',
      'warning',
      '"Tell the CRM" calls "http://crm.example.com/hook" over plain http, so the request and its data travel unencrypted.',
    ],
  ])('flags %j', (url, severity, message) => {
    const diagnostics = validateJourney(webhook(url), cleanContext()).filter(
      (diagnostic) => diagnostic.nodeId === 'crm',
    );
    expect(
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.path, diagnostic.message]),
    ).toEqual([['INVALID_WEBHOOK', severity, 'nodes[7].config.url', message]]);
  });

  it.each([
    'https://crm.example.com/hooks/journey?source=studio',
    'https://crm.example.com/contacts/{{ customer.customerId }}/events',
    'https://{{ event.properties.shop }}.example.com/hook',
    '{{ event.properties.callback_url }}',
    'http://localhost:8080/hook',
    'http://127.0.0.1:3000/hook',
    'http://[::1]:3000/hook',
    'http://api.localhost/hook',
  ])('accepts %j', (url) => {
    expect(about(webhook(url), 'crm')).toEqual([]);
  });

  it('checks header names and values', () => {
    const journey = webhook('https://crm.example.com/hook', [
      { name: 'Authorization', value: 'Bearer {{ secrets.crm }}' },
      { name: 'X Api Key', value: 'abc' },
      { name: '', value: '' },
      { name: 'X-Trace', value: 'a\r\nSet-Cookie: x' },
    ]);
    expect(about(journey, 'crm')).toEqual([
      ['INVALID_WEBHOOK', 'error', 'nodes[7].config.headers[1].name'],
      ['INVALID_WEBHOOK', 'error', 'nodes[7].config.headers[2].name'],
      ['INVALID_WEBHOOK', 'error', 'nodes[7].config.headers[3].value'],
    ]);
  });
});
