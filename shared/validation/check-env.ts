import { BUILTIN_FIELDS } from '../audience/customer-fields';
import { fieldLookup, type FieldLookup } from '../audience/field-lookup';
import type { Channel } from '../model/channel';
import type { Journey } from '../model/index';
import { BUILTIN_CUSTOMER_FIELDS } from '../templates/undefined-variables';
import type { DiagnosticCollector } from './collector';
import type { ValidationContext } from './diagnostic';
import type { JourneyGraph } from './journey-graph';

/**
 * What the per-step checks share during one validation: the context, where to report, and facts
 * about the journey as a whole. Lookups that cost something to build are built on first use, so
 * a journey without filters never builds a field index.
 */
export class CheckEnv {
  /** Whether contacts enter on an event, so templates may read the event's data. */
  readonly eventEntry: boolean;
  /** Channels already reported as not configured: the warning is given once per channel. */
  readonly unconfiguredReported = new Set<Channel>();
  /** Per template id: the variables nothing in the journey provides, before a message's own variables. */
  readonly unprovidedByTemplate = new Map<string, readonly string[]>();
  private lookup: FieldLookup | undefined;
  private fieldKeys: ReadonlySet<string> | undefined;

  constructor(
    readonly journey: Journey,
    readonly graph: JourneyGraph,
    readonly context: ValidationContext,
    readonly out: DiagnosticCollector,
  ) {
    this.eventEntry = graph.entryIndices.some((index) => {
      const node = journey.nodes[index];
      if (node?.kind !== 'entry') return false;
      const { type } = node.config.audience;
      return type === 'customEvent' || type === 'orderEvent';
    });
  }

  /** Finds a customer field by key (or "customer.key"): the context's fields, or the built-in ones without them. */
  field: FieldLookup = (reference) => {
    this.lookup ??= fieldLookup(this.context.fields ?? BUILTIN_FIELDS);
    return this.lookup(reference);
  };

  /** Keys of every customer field a profile has: built-in ones always, custom ones from the context. */
  customerFieldKeys(): ReadonlySet<string> {
    this.fieldKeys ??= new Set<string>([
      ...BUILTIN_CUSTOMER_FIELDS,
      ...(this.context.fields ?? []).map((field) => field.key),
    ]);
    return this.fieldKeys;
  }
}
