import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../shared/model/index';
import {
  DIAGNOSTIC_CODES,
  DiagnosticSchema,
  validateJourney,
  type Diagnostic,
  type DiagnosticCode,
  type ValidationContext,
} from '../../../shared/validation/index';
import {
  cleanContext,
  cleanJourney,
  journeyOf,
  link,
  ofCode,
  step,
  template,
  withConfig,
  withNodes,
  withoutEdge,
} from './build-journey';

interface Fixture {
  code: DiagnosticCode;
  journey: () => Journey;
  context?: () => ValidationContext;
  /** What the one diagnostic of `code` must look like. */
  expected: Partial<Diagnostic>;
  /** Text the message must contain: the step's name, mostly. */
  mentions: string;
}

/**
 * One small change to the clean journey per code, and the diagnostic it must produce. Indices in
 * paths are positions in cleanJourney(): start 0, welcome 1, opened 2, vip 3, vip-done 4, done 5,
 * no-open 6; new steps are appended after them.
 */
const FIXTURES: Fixture[] = [
  {
    code: 'NO_ENTRY',
    journey: () =>
      journeyOf(
        [step('message', 'welcome', 'Welcome email', { templateId: 'tpl-welcome' }), step('exit', 'done')],
        [link('welcome', 'next', 'done')],
      ),
    expected: { severity: 'error', path: 'nodes' },
    mentions: 'no entry step',
  },
  {
    code: 'MISSING_AUDIENCE',
    journey: () => withConfig(cleanJourney(), 'start', 'entry', { audience: { type: 'list', listId: null } }),
    expected: { severity: 'error', nodeId: 'start', path: 'nodes[0].config.audience.listId' },
    mentions: '"Portuguese contacts"',
  },
  {
    code: 'UNREACHABLE_NODE',
    journey: () => withNodes(cleanJourney(), [step('exit', 'orphan', 'Forgotten exit')]),
    expected: { severity: 'error', nodeId: 'orphan', path: 'nodes[7]' },
    mentions: '"Forgotten exit"',
  },
  {
    code: 'DEAD_END',
    journey: () => withoutEdge(cleanJourney(), 'vip.no'),
    expected: {
      severity: 'warning',
      nodeId: 'vip',
      path: 'nodes[3].outputs.no',
      fix: { kind: 'addExit', label: 'Connect an Exit step' },
    },
    mentions: '"No" output of "Is VIP?"',
  },
  {
    code: 'CYCLE_WITHOUT_WAIT',
    journey: () =>
      withNodes(
        withoutEdge(cleanJourney(), 'vip.no'),
        [step('updateProfile', 'tag', 'Tag as lapsed', { updates: [{ field: 'country', value: 'PT' }] })],
        [link('vip', 'no', 'tag'), link('tag', 'next', 'vip')],
      ),
    expected: { severity: 'error', nodeId: 'vip', path: 'nodes[3]' },
    mentions: '"Is VIP?", "Tag as lapsed"',
  },
  {
    code: 'SPLIT_PERCENT_SUM',
    journey: () =>
      withNodes(
        withoutEdge(cleanJourney(), 'vip.no'),
        [
          step('randomSplit', 'ab', 'A/B subject', {
            branches: [
              { id: 'a', label: 'Path A', percent: 60 },
              { id: 'b', label: 'Path B', percent: 30 },
            ],
          }),
        ],
        [link('vip', 'no', 'ab'), link('ab', 'a', 'done'), link('ab', 'b', 'done')],
      ),
    expected: {
      severity: 'error',
      nodeId: 'ab',
      path: 'nodes[7].config.branches[1].percent',
      fix: { kind: 'normalisePercentages', label: 'Scale the percentages to 100%' },
    },
    mentions: 'add up to 90%',
  },
  {
    code: 'MISSING_TEMPLATE',
    journey: () => withConfig(cleanJourney(), 'welcome', 'message', { templateId: null }),
    expected: {
      severity: 'error',
      nodeId: 'welcome',
      path: 'nodes[1].config.templateId',
      fix: { kind: 'createTemplate', label: 'Create a template for Email' },
    },
    mentions: '"Welcome email"',
  },
  {
    code: 'TEMPLATE_CHANNEL_MISMATCH',
    journey: () => withConfig(cleanJourney(), 'welcome', 'message', { templateId: 'tpl-push' }),
    expected: { severity: 'error', nodeId: 'welcome', path: 'nodes[1].config.templateId' },
    mentions: '"Welcome email" uses the template "Push nudge", which is for Push, not Email.',
  },
  {
    code: 'TEMPLATE_NOT_FOUND',
    journey: () => withConfig(cleanJourney(), 'welcome', 'message', { templateId: 'tpl-deleted' }),
    expected: { severity: 'error', nodeId: 'welcome', path: 'nodes[1].config.templateId' },
    mentions: '"tpl-deleted"',
  },
  {
    code: 'DUPLICATE_FALLBACK_CHANNEL',
    journey: () =>
      withConfig(cleanJourney(), 'welcome', 'message', {
        fallbacks: [{ channel: 'email', templateId: 'tpl-welcome' }],
      }),
    expected: { severity: 'error', nodeId: 'welcome', path: 'nodes[1].config.fallbacks[0].channel' },
    mentions: 'falls back to Email',
  },
  {
    code: 'INVALID_DELAY',
    journey: () =>
      withNodes(
        withoutEdge(cleanJourney(), 'vip.no'),
        [step('delay', 'later', 'Wait a bit', { mode: 'duration', duration: { amount: 0, unit: 'days' } })],
        [link('vip', 'no', 'later'), link('later', 'next', 'done')],
      ),
    expected: { severity: 'error', nodeId: 'later', path: 'nodes[7].config.duration.amount' },
    mentions: '"Wait a bit" waits for 0 days',
  },
  {
    code: 'WAIT_WITHOUT_TIMEOUT',
    journey: () => withoutEdge(cleanJourney(), 'opened.timeout'),
    expected: {
      severity: 'error',
      nodeId: 'opened',
      path: 'nodes[2].outputs.timeout',
      fix: { kind: 'addTimeoutExit', label: 'End the journey on timeout' },
    },
    mentions: '"Opened welcome?"',
  },
  {
    code: 'EMPTY_CONDITION',
    journey: () => withConfig(cleanJourney(), 'vip', 'condition', { filter: { combinator: 'and', groups: [] } }),
    expected: { severity: 'error', nodeId: 'vip', path: 'nodes[3].config.filter.groups' },
    mentions: '"Is VIP?" has no rules',
  },
  {
    code: 'UNKNOWN_FIELD',
    journey: () =>
      withConfig(cleanJourney(), 'vip', 'condition', {
        filter: {
          combinator: 'and',
          groups: [{ combinator: 'and', rules: [{ field: 'lifetime_value', operator: 'greaterThan', value: 1 }] }],
        },
      }),
    expected: { severity: 'error', nodeId: 'vip', path: 'nodes[3].config.filter.groups[0].rules[0].field' },
    mentions: 'customer field "lifetime_value"',
  },
  {
    code: 'INVALID_WEBHOOK',
    journey: () =>
      withNodes(
        withoutEdge(cleanJourney(), 'vip.no'),
        [step('webhook', 'crm', 'Tell the CRM', { url: 'ftp://crm.example.com/hook' })],
        [link('vip', 'no', 'crm'), link('crm', 'success', 'done'), link('crm', 'failure', 'done')],
      ),
    expected: { severity: 'error', nodeId: 'crm', path: 'nodes[7].config.url' },
    mentions: 'not an http or https address',
  },
  {
    code: 'RETARGET_WITHOUT_EVENT',
    journey: () =>
      withNodes(
        withoutEdge(cleanJourney(), 'vip.no'),
        [step('retarget', 'bought', 'Bought?', { conversionEvent: '  ' })],
        [link('vip', 'no', 'bought'), link('bought', 'converted', 'done'), link('bought', 'notConverted', 'done')],
      ),
    expected: { severity: 'error', nodeId: 'bought', path: 'nodes[7].config.conversionEvent' },
    mentions: '"Bought?" has no conversion event',
  },
  {
    code: 'UNDEFINED_VARIABLE',
    journey: cleanJourney,
    context: () => {
      const context = cleanContext();
      const templates = new Map(context.templates);
      templates.set(
        'tpl-welcome',
        template('tpl-welcome', 'email', ['customer.first_name', 'customer.nickname'], 'Welcome'),
      );
      return { ...context, templates };
    },
    expected: { severity: 'warning', nodeId: 'welcome', path: 'nodes[1].config.templateId' },
    mentions: '{{ customer.nickname }}',
  },
  {
    code: 'CHANNEL_NOT_CONFIGURED',
    journey: cleanJourney,
    context: () => ({ ...cleanContext(), configuredChannels: new Set(['email']) }),
    expected: {
      severity: 'warning',
      nodeId: 'welcome',
      path: 'nodes[1].config.fallbacks[0].channel',
      fix: { kind: 'openChannelSettings', label: 'Set up SMS in Settings' },
    },
    mentions: 'falls back to SMS, but no SMS provider is set up',
  },
  {
    code: 'MISSING_NAME',
    journey: () => journeyOf(cleanJourney().nodes, cleanJourney().edges, '   '),
    expected: { severity: 'error', path: 'name' },
    mentions: 'no name',
  },
  {
    code: 'TOO_LARGE',
    journey: cleanJourney,
    context: () => ({ ...cleanContext(), maxNodes: 5 }),
    expected: { severity: 'warning', path: 'nodes' },
    mentions: '7 steps, more than the 5',
  },
  {
    code: 'DANGLING_EDGE',
    journey: () => withNodes(cleanJourney(), [], [link('welcome', 'next', 'deleted-step', 'e-dangling')]),
    expected: {
      severity: 'error',
      edgeId: 'e-dangling',
      path: 'edges[6]',
      fix: { kind: 'removeEdge', label: 'Remove the connection' },
    },
    mentions: '"deleted-step"',
  },
  {
    code: 'DUPLICATE_EDGE',
    journey: () => withNodes(cleanJourney(), [], [link('vip', 'no', 'vip-done', 'e-second')]),
    expected: {
      severity: 'warning',
      edgeId: 'e-second',
      path: 'edges[6]',
      fix: { kind: 'removeEdge', label: 'Remove the connection' },
    },
    mentions: '"No" output of "Is VIP?"',
  },
  {
    code: 'INVALID_FILTER',
    journey: () =>
      withConfig(cleanJourney(), 'vip', 'condition', {
        filter: {
          combinator: 'and',
          groups: [{ combinator: 'and', rules: [{ field: 'vip', operator: 'contains', value: 'yes' }] }],
        },
      }),
    expected: { severity: 'error', nodeId: 'vip', path: 'nodes[3].config.filter.groups[0].rules[0].operator' },
    mentions: '"contains" does not apply to vip',
  },
  {
    code: 'NO_EXIT',
    journey: () =>
      journeyOf(
        [
          step('entry', 'start', 'Everyone'),
          step('message', 'welcome', 'Welcome email', { templateId: 'tpl-welcome' }),
        ],
        [link('start', 'next', 'welcome')],
      ),
    expected: { severity: 'warning', path: 'nodes' },
    mentions: 'no exit step',
  },
  {
    code: 'MISSING_EVENT_NAME',
    journey: () => withConfig(cleanJourney(), 'opened', 'waitForEvent', { event: 'custom', customEventName: '' }),
    expected: { severity: 'error', nodeId: 'opened', path: 'nodes[2].config.customEventName' },
    mentions: '"Opened welcome?" waits for a custom event',
  },
  {
    code: 'TEMPLATE_INVALID',
    journey: cleanJourney,
    context: () => ({
      ...cleanContext(),
      templates: new Map(
        [...cleanContext().templates!.values()].map((known) => [
          known.id,
          known.id === 'tpl-welcome-sms'
            ? template(known.id, 'sms', [], 'Welcome SMS', ['The SMS body is empty.'])
            : known,
        ]),
      ),
    }),
    expected: { severity: 'error', nodeId: 'welcome', path: 'nodes[1].config.fallbacks[0].templateId' },
    mentions:
      'The SMS fallback of "Welcome email" uses the template "Welcome SMS", which has an error: The SMS body is empty.',
  },
  {
    code: 'WEBHOOK_SECRET_MISSING',
    journey: () =>
      withNodes(
        withoutEdge(cleanJourney(), 'vip.no'),
        [
          step('webhook', 'crm', 'Tell the CRM', {
            url: 'https://crm.example.com/hook',
            headers: [{ name: 'Authorization', value: '' }],
          }),
        ],
        [link('vip', 'no', 'crm'), link('crm', 'success', 'done'), link('crm', 'failure', 'done')],
      ),
    expected: {
      severity: 'error',
      nodeId: 'crm',
      path: 'nodes[7].config.headers[0].value',
      fix: { kind: 'openField', label: 'Fill in the "Authorization" header' },
    },
    mentions: 'The "Authorization" header of "Tell the CRM" is empty',
  },
  {
    code: 'UNKNOWN_SECRET',
    journey: () =>
      withNodes(
        withoutEdge(cleanJourney(), 'vip.no'),
        [
          step('webhook', 'crm', 'Tell the CRM', {
            url: 'https://crm.example.com/hook',
            headers: [{ name: 'Authorization', value: 'Bearer {{ secrets.crm_token }}' }],
          }),
        ],
        [link('vip', 'no', 'crm'), link('crm', 'success', 'done'), link('crm', 'failure', 'done')],
      ),
    context: () => ({ ...cleanContext(), secretNames: new Set(['other_token']) }),
    expected: { severity: 'error', nodeId: 'crm', path: 'nodes[7].config.headers[0].value' },
    mentions: 'The "Authorization" header of "Tell the CRM" uses the secret "crm_token", which is not stored',
  },
  {
    code: 'INVALID_DELIVERY_WINDOW',
    journey: () => withConfig(cleanJourney(), 'welcome', 'message', { deliveryWindow: { amount: 0, unit: 'hours' } }),
    expected: { severity: 'error', nodeId: 'welcome', path: 'nodes[1].config.deliveryWindow.amount' },
    mentions: '"Welcome email" falls back if not delivered within 0 hours',
  },
];

describe('one fixture per diagnostic code', () => {
  it('covers every code', () => {
    expect(FIXTURES.map((fixture) => fixture.code).sort()).toEqual([...DIAGNOSTIC_CODES].sort());
  });

  it.each(FIXTURES.map((fixture) => [fixture.code, fixture] as const))('%s fires where it belongs', (code, fixture) => {
    const diagnostics = validateJourney(fixture.journey(), (fixture.context ?? cleanContext)());
    const found = ofCode(diagnostics, code);
    expect(found).toHaveLength(1);
    const [diagnostic] = found;
    expect(diagnostic).toMatchObject({ code, ...fixture.expected });
    expect(diagnostic?.message).toContain(fixture.mentions);
    expect(diagnostic?.hint.length).toBeGreaterThan(10);
    if (fixture.expected.fix === undefined) expect(diagnostic?.fix).toBeUndefined();
    if (fixture.expected.nodeId === undefined) expect(diagnostic?.nodeId).toBeUndefined();
    if (fixture.expected.edgeId === undefined) expect(diagnostic?.edgeId).toBeUndefined();
    for (const each of diagnostics) expect(DiagnosticSchema.parse(each)).toEqual(each);
  });
});
