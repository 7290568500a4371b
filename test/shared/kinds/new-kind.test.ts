import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allFields, fieldKeyOf, type CustomField } from '../../../shared/audience/index';
import {
  mapTemplateIds,
  readJourneyFile,
  templateIdsOf,
  usedCustomFields,
  writeJourneyFile,
} from '../../../shared/exchange/index';
import { summarizeJourney } from '../../../shared/journey/summary';
import { STEP_KINDS, createStepKindRegistry, stepKinds } from '../../../shared/kinds/registry';
import {
  NO_DIGEST,
  defineStepKind,
  holdsNoSecrets,
  type AnyStepKind,
  type StepBehaviour,
  type StepOf,
  type WaitMode,
} from '../../../shared/kinds/step-kind';
import { NODE_KIND_DEFINITIONS, type Journey, type JourneyNode, type NodeKind } from '../../../shared/model/index';
import { defineNodeKind, nextOutput } from '../../../shared/model/nodes/define-node-kind';
import { loopsWithoutWait, validateJourney } from '../../../shared/validation/index';
import { buildJourneyGraph } from '../../../shared/validation/journey-graph';
import { CUSTOM_FIELDS, journeyOf, link, step } from '../validation/build-journey';

/**
 * A kind that exists only here: a printed postcard, sent through the marketing tool to an address
 * held in a customer field, which takes days to arrive. Everything a kind says about itself is in
 * these two definitions; the test then shows what the cross-kind code does with it unchanged.
 */
const PostcardConfigSchema = z
  .object({ templateId: z.string().nullable(), addressField: z.string(), days: z.number() })
  .strict();
type PostcardConfig = z.infer<typeof PostcardConfigSchema>;

const postcardNodeKind = defineNodeKind({
  kind: 'postcard',
  group: 'message',
  label: 'Postcard',
  description: 'Prints and posts a card to the address in a customer field.',
  config: PostcardConfigSchema,
  defaults: (): PostcardConfig => ({ templateId: null, addressField: '', days: 3 }),
  outputs: nextOutput,
  summary: (config) => `Postcard to ${config.addressField === '' ? 'no address' : config.addressField}`,
});

type PostcardStep = StepOf<'postcard', PostcardConfig>;

const postcardBehaviour: StepBehaviour<PostcardStep> = {
  waits: 'time',
  check(env, index, card) {
    if (card.config.addressField.trim() !== '' && env.field(card.config.addressField) !== undefined) return;
    env.out.onNode(
      'error',
      index,
      {
        code: 'UNKNOWN_FIELD',
        message: `${env.out.named(card)} has no customer field to take the address from.`,
        hint: 'Choose the customer field that holds the postal address.',
      },
      ['config', 'addressField'],
    );
  },
  templates: (card) => [{ channel: 'marketing', templateId: card.config.templateId, path: ['config', 'templateId'] }],
  withTemplates: (card, map) => ({
    ...card,
    config: { ...card.config, templateId: card.config.templateId === null ? null : map(card.config.templateId) },
  }),
  fieldsRead: (card) => ({ profileFields: [fieldKeyOf(card.config.addressField)], eventProperties: [] }),
  digest: () => ({ channels: ['marketing'], entryType: null }),
  // A printed card is sent by post: the step holds no credential for an export to leave out.
  ...holdsNoSecrets,
};

const postcardKind = defineStepKind(postcardNodeKind, postcardBehaviour);
const kinds = createStepKindRegistry([...stepKinds.all, postcardKind]);

function postcard(id: string, config: Partial<PostcardConfig>, label = ''): JourneyNode {
  const card: PostcardStep = {
    id,
    kind: 'postcard',
    label,
    position: { x: 0, y: 0 },
    config: { ...postcardNodeKind.defaults(), ...config },
  };
  // The app's node union does not know this kind; the cross-kind code only ever hands it to its kind.
  return card as unknown as JourneyNode;
}

/** start → card → exit */
function journeyWith(card: JourneyNode): Journey {
  return journeyOf(
    [step('entry', 'start', 'Everyone'), card, step('exit', 'done', 'Done')],
    [link('start', 'next', 'card'), link('card', 'next', 'done')],
  );
}

const address: CustomField = { key: 'address', label: 'Address', description: '', type: 'text' };
const fields = { fields: allFields([...CUSTOM_FIELDS, address]) };

describe('a kind added through the registry gets, without touching cross-kind code', () => {
  it('its own validation rules, named by the default display rule, and its outputs in the graph checks', () => {
    const unaddressed = journeyWith(postcard('card', { templateId: 'tpl-card' }));
    expect(validateJourney(unaddressed, fields, kinds)).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'UNKNOWN_FIELD',
        nodeId: 'card',
        path: 'nodes[1].config.addressField',
        message: '"Postcard" has no customer field to take the address from.',
      }),
    ]);
    expect(
      validateJourney(journeyWith(postcard('card', { addressField: 'address' }, 'Welcome card')), fields, kinds),
    ).toEqual([]);

    const unconnected = {
      ...journeyWith(postcard('card', { addressField: 'address' })),
      edges: [link('start', 'next', 'card')],
    };
    expect(validateJourney(unconnected, fields, kinds).map((diagnostic) => [diagnostic.code, diagnostic.path])).toEqual(
      [
        ['UNREACHABLE_NODE', 'nodes[2]'],
        ['DEAD_END', 'nodes[1].outputs.next'],
      ],
    );
  });

  it('its templates, for export, import and the store', () => {
    const journey = journeyWith(postcard('card', { templateId: 'tpl-card', addressField: 'address' }));
    expect(templateIdsOf(journey, kinds)).toEqual(['tpl-card']);
    const remapped = mapTemplateIds(journey, (id) => `${id}-copy`, kinds);
    expect(templateIdsOf(remapped, kinds)).toEqual(['tpl-card-copy']);
    expect(remapped.nodes[1]).toMatchObject({ kind: 'postcard', config: { addressField: 'address', days: 3 } });
  });

  it('the customer fields it reads, in what an export carries', () => {
    const journey = journeyWith(postcard('card', { addressField: 'customer.address' }));
    expect(usedCustomFields(journey, [], [...CUSTOM_FIELDS, address], kinds)).toEqual([address]);

    const file = writeJourneyFile({ journey, templates: [], fields: [...CUSTOM_FIELDS, address], kinds });
    expect(JSON.parse(file.content).fields).toEqual([address]);
    expect(() => readJourneyFile(file.content)).toThrow(/postcard/);
  });

  it('whether it waits, for loops: a loop through a postcard advances with the post, one through a kind that does not wait spins', () => {
    const loop = (card: JourneyNode) =>
      journeyOf(
        [step('entry', 'start'), card, step('condition', 'again', 'Again?'), step('exit', 'done')],
        [
          link('start', 'next', 'card'),
          link('card', 'next', 'again'),
          link('again', 'yes', 'card'),
          link('again', 'no', 'done'),
        ],
      );
    const waiting = loop(postcard('card', { addressField: 'address' }));
    expect(loopsWithoutWait(waiting, buildJourneyGraph(waiting, kinds), kinds)).toEqual([]);

    const instant = defineStepKind(postcardNodeKind, { ...postcardBehaviour, waits: 'none' });
    const instantKinds = createStepKindRegistry([...stepKinds.all, instant]);
    expect(loopsWithoutWait(waiting, buildJourneyGraph(waiting, instantKinds), instantKinds)).toEqual([[1, 2]]);
    expect(validateJourney(waiting, fields, instantKinds).map((diagnostic) => diagnostic.code)).toContain(
      'CYCLE_WITHOUT_WAIT',
    );
  });

  it('its place in the dashboard digest and its card summary', () => {
    const journey = journeyWith(postcard('card', { addressField: 'address' }));
    expect(summarizeJourney(journey, kinds)).toEqual({ channels: ['marketing'], entryType: 'all', nodeCount: 3 });
    expect(postcardKind.summary({ templateId: null, addressField: 'address', days: 3 })).toBe('Postcard to address');
    expect(postcardKind.displayName({ label: '  ', config: postcardNodeKind.defaults() })).toBe('Postcard');
  });
});

describe('what a new kind is forced to say', () => {
  it('every kind of the model has its behaviour, in STEP_KINDS and in the app registry, with every member', () => {
    for (const definition of NODE_KIND_DEFINITIONS) {
      const kind: AnyStepKind = STEP_KINDS[definition.kind];
      expect(kind.kind).toBe(definition.kind);
      expect(stepKinds.get(definition.kind)).toBe(kind);
      for (const member of [
        'check',
        'templates',
        'withTemplates',
        'fieldsRead',
        'digest',
        'displayName',
        'withoutSecrets',
      ] as const)
        expect(typeof kind[member], `${definition.kind}.${member}`).toBe('function');
      expect(['time', 'event', 'none']).toContain(kind.waits);
    }
    expect(stepKinds.all.map((kind) => kind.kind)).toEqual(NODE_KIND_DEFINITIONS.map((definition) => definition.kind));
  });

  it('a registry refuses a kind without a member, or registered twice', () => {
    const { digest: _digest, ...withoutDigest } = postcardKind;
    expect(() => createStepKindRegistry([withoutDigest as unknown as AnyStepKind])).toThrow(
      'The step kind "postcard" has no digest.',
    );
    expect(() => createStepKindRegistry([{ ...postcardKind, waits: 'sometimes' as WaitMode }])).toThrow(
      /waits "sometimes"/,
    );
    expect(() => createStepKindRegistry([postcardKind, postcardKind])).toThrow('registered twice');
  });

  it('the compiler refuses a table per kind that misses one, and a kind that misses a member', () => {
    // @ts-expect-error -- a table keyed by NodeKind must name every kind: "exit" is missing.
    const waits: Record<NodeKind, WaitMode> = {
      entry: 'none',
      message: 'none',
      condition: 'none',
      waitForEvent: 'event',
      randomSplit: 'none',
      retarget: 'event',
      delay: 'time',
      webhook: 'none',
      updateProfile: 'none',
    };
    const { exit: _exit, ...withoutExit } = STEP_KINDS;
    // @ts-expect-error -- STEP_KINDS is checked the same way: without "exit" it does not compile.
    void (withoutExit satisfies { readonly [K in NodeKind]: AnyStepKind });
    const { waits: _waits, ...silent } = postcardBehaviour;
    // @ts-expect-error -- a kind must say whether it waits: defineStepKind will not take a behaviour without it.
    defineStepKind(postcardNodeKind, silent);
    expect(Object.keys(waits)).not.toContain('exit');
    expect(NO_DIGEST).toEqual({ channels: [], entryType: null });
  });
});
