import { z } from 'zod';
import { IdSchema } from '../ids';
import { PositionSchema } from '../geometry';
import { NodeLabelSchema } from '../journey-limits';

/** Where a kind sits in the palette; also tells the validator what a journey must start and end with. */
export const NODE_GROUPS = ['entry', 'message', 'flow', 'exit'] as const;
export type NodeGroup = (typeof NODE_GROUPS)[number];

/** A named output handle; edges refer to it by `id` as their `sourceHandle`. */
export interface NodeOutput {
  readonly id: string;
  readonly label: string;
}

export interface NodeKindSpec<Kind extends string, Config extends z.ZodType> {
  readonly kind: Kind;
  readonly group: NodeGroup;
  readonly label: string;
  readonly description: string;
  /** Shape of the kind's `config`: strict on types, lenient on completeness so drafts can be saved. */
  readonly config: Config;
  // NoInfer: Config comes from the `config` schema alone and these functions are checked against it.
  // (Give `defaults` an explicit return type: TypeScript widens its literals while still inferring.)
  /** A fresh config for a newly dropped node; must parse with `config`. */
  defaults(): NoInfer<z.output<Config>>;
  outputs(config: NoInfer<z.output<Config>>): NodeOutput[];
  /** One short line for the canvas card, e.g. "2 days" or "POST api.example.com". */
  summary(config: NoInfer<z.output<Config>>): string;
  /**
   * How messages, warnings and lists name a step of this kind, without quotes. By default its label,
   * or the kind's label while it has none; the one rule everything that names a step goes through.
   */
  displayName?(step: { readonly label: string; readonly config: NoInfer<z.output<Config>> }): string;
}

function nodeSchemaFor<Kind extends string, Config extends z.ZodType>(spec: NodeKindSpec<Kind, Config>) {
  return z
    .object({
      id: IdSchema,
      kind: z.literal(spec.kind),
      label: NodeLabelSchema,
      position: PositionSchema,
      config: spec.config,
    })
    .strict()
    .meta({ title: spec.label, description: spec.description });
}

export interface NodeKindDefinition<Kind extends string, Config extends z.ZodType> extends NodeKindSpec<Kind, Config> {
  /** The whole node envelope for this kind; the journey's node union is assembled from these. */
  readonly nodeSchema: ReturnType<typeof nodeSchemaFor<Kind, Config>>;
  displayName(step: { readonly label: string; readonly config: NoInfer<z.output<Config>> }): string;
}

export type AnyNodeKindDefinition = NodeKindDefinition<string, z.ZodType>;

export function defineNodeKind<Kind extends string, Config extends z.ZodType>(
  spec: NodeKindSpec<Kind, Config>,
): NodeKindDefinition<Kind, Config> {
  const displayName =
    spec.displayName ??
    ((step: { readonly label: string }) => {
      const label = step.label.trim();
      return label === '' ? spec.label : label;
    });
  return Object.freeze({ ...spec, displayName, nodeSchema: nodeSchemaFor(spec) });
}

/** The single pass-through output most steps have. A new array each call so callers may keep it. */
export function nextOutput(): NodeOutput[] {
  return [{ id: 'next', label: 'Next' }];
}
