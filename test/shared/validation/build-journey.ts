import { allFields, type CustomField } from '../../../shared/audience/index';
import { updateNode } from '../../../shared/graph/index';
import {
  createEmptyJourney,
  createNode,
  type Channel,
  type Journey,
  type JourneyEdge,
  type JourneyNode,
  type NodeKind,
  type NodeOfKind,
} from '../../../shared/model/index';
import type {
  Diagnostic,
  DiagnosticCode,
  ValidationContext,
  ValidationTemplate,
} from '../../../shared/validation/index';
import { deepFreeze } from '../../support/deep-freeze';

export { deepFreeze };

/** A step of `kind` with its default config, optionally changed by `config`. */
export function step<K extends NodeKind>(
  kind: K,
  id: string,
  label?: string,
  config?: Partial<NodeOfKind<K>['config']>,
): NodeOfKind<K> {
  const node = createNode(kind, { id, position: { x: 0, y: 0 }, ...(label === undefined ? {} : { label }) });
  return config === undefined ? node : ({ ...node, config: { ...node.config, ...config } } as NodeOfKind<K>);
}

export function link(
  source: string,
  sourceHandle: string,
  target: string,
  id = `${source}.${sourceHandle}`,
): JourneyEdge {
  return { id, source, sourceHandle, target };
}

export function journeyOf(nodes: JourneyNode[], edges: JourneyEdge[] = [], name = 'Welcome series'): Journey {
  const empty = createEmptyJourney({ id: 'jrn-validation', name: 'Welcome series', now: '2025-03-01T09:00:00.000Z' });
  return deepFreeze({ ...empty, name, nodes, edges });
}

/** The journey with one step's config changed; the step keeps its kind. */
export function withConfig<K extends NodeKind>(
  journey: Journey,
  id: string,
  kind: K,
  config: Partial<NodeOfKind<K>['config']>,
): Journey {
  return deepFreeze(
    updateNode(journey, id, (node) => {
      if (node.kind !== kind) throw new Error(`Step "${id}" is a ${node.kind}, not a ${kind}`);
      return { ...node, config: { ...node.config, ...config } } as JourneyNode;
    }),
  );
}

export function withNodes(journey: Journey, nodes: JourneyNode[], edges: JourneyEdge[] = []): Journey {
  return deepFreeze({ ...journey, nodes: [...journey.nodes, ...nodes], edges: [...journey.edges, ...edges] });
}

export function withoutEdge(journey: Journey, id: string): Journey {
  return deepFreeze({ ...journey, edges: journey.edges.filter((edge) => edge.id !== id) });
}

export const CUSTOM_FIELDS: CustomField[] = [
  { key: 'first_name', label: 'First name', description: '', type: 'text' },
  { key: 'loyalty_points', label: 'Loyalty points', description: '', type: 'number' },
  { key: 'country', label: 'Country', description: '', type: 'text' },
  { key: 'vip', label: 'VIP', description: '', type: 'boolean' },
];

export function template(
  id: string,
  channel: Channel,
  variables: string[],
  name = id,
  problems: string[] = [],
): ValidationTemplate {
  return { id, name, channel, variables, problems };
}

/**
 * A journey with nothing wrong, as a marketer would build it:
 *
 *   start (Portuguese contacts) → welcome (email, SMS fallback) → opened? (wait 3 days)
 *     opened  → vip? (loyalty points > 500) ─yes→ vip-done
 *                                           └no→  done
 *     timeout → no-open
 */
export function cleanJourney(): Journey {
  return journeyOf(
    [
      step('entry', 'start', 'Portuguese contacts', {
        audience: {
          type: 'filter',
          filter: {
            combinator: 'and',
            groups: [{ combinator: 'and', rules: [{ field: 'country', operator: 'equals', value: 'PT' }] }],
          },
        },
      }),
      step('message', 'welcome', 'Welcome email', {
        channel: 'email',
        templateId: 'tpl-welcome',
        fallbacks: [{ channel: 'sms', templateId: 'tpl-welcome-sms' }],
      }),
      step('waitForEvent', 'opened', 'Opened welcome?', { event: 'opened', timeout: { amount: 3, unit: 'days' } }),
      step('condition', 'vip', 'Is VIP?', {
        source: 'profile',
        filter: {
          combinator: 'and',
          groups: [{ combinator: 'and', rules: [{ field: 'loyalty_points', operator: 'greaterThan', value: 500 }] }],
        },
      }),
      step('exit', 'vip-done', 'VIP done'),
      step('exit', 'done', 'Done'),
      step('exit', 'no-open', 'Never opened'),
    ],
    [
      link('start', 'next', 'welcome'),
      link('welcome', 'next', 'opened'),
      link('opened', 'event', 'vip'),
      link('opened', 'timeout', 'no-open'),
      link('vip', 'yes', 'vip-done'),
      link('vip', 'no', 'done'),
    ],
  );
}

export function cleanContext(): ValidationContext {
  const templates = [
    template('tpl-welcome', 'email', ['customer.email', 'customer.first_name', 'subject'], 'Welcome'),
    template('tpl-welcome-sms', 'sms', ['customer.first_name'], 'Welcome SMS'),
    template('tpl-push', 'push', ['customer.first_name'], 'Push nudge'),
  ];
  return {
    templates: new Map(templates.map((item) => [item.id, item])),
    fields: allFields(CUSTOM_FIELDS),
    configuredChannels: new Set<Channel>(['email', 'sms']),
    now: new Date('2025-03-01T12:00:00Z'),
  };
}

/** The diagnostics of one code, for focused assertions. */
export function ofCode(diagnostics: readonly Diagnostic[], code: DiagnosticCode): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === code);
}
