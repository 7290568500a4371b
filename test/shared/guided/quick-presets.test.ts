import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKAGES, findEvent } from '../../../shared/guided/catalogue';
import { wizardFromJourney } from '../../../shared/guided/journey-mapping';
import { QUICK_PRESETS } from '../../../shared/guided/quick/gallery';
import { presetJourney } from '../../../shared/guided/quick/preset-journey';
import { thumbnailOf } from '../../../shared/guided/quick/thumbnail';
import { createEmptyJourney, JourneySchema } from '../../../shared/model/index';
import { TemplateSchema, type Template } from '../../../shared/templates/template';
import { validateJourney, validationTemplateOf } from '../../../shared/validation/index';

const labels = { eventLabel: (key: string) => findEvent(BUILT_IN_PACKAGES, key)?.label ?? key };
const base = () => createEmptyJourney({ id: 'j-1', name: 'From the gallery', now: '2026-06-01T10:00:00Z' });

describe('Quick Mode presets', () => {
  it('offers the journeys the gallery promises', () => {
    expect(QUICK_PRESETS.map((preset) => [preset.id, preset.kind])).toEqual([
      ['forward-updates', 'cards'],
      ['returns', 'cards'],
      ['ndr-recovery', 'cards'],
      ['cod-confirmation', 'cards'],
      ['seller-alerts', 'cards'],
      ['abandoned-cart', 'canvas'],
      ['welcome-series', 'canvas'],
      ['re-engagement', 'canvas'],
    ]);
  });

  it.each(QUICK_PRESETS.map((preset) => [preset.id, preset] as const))(
    '%s makes a valid journey whose copied templates render-check clean',
    (_id, preset) => {
      const templates: Template[] = preset.templates.map((spec, index) =>
        TemplateSchema.parse({
          id: `t-${index}`,
          channel: spec.channel,
          name: spec.name,
          language: spec.language,
          content: spec.content,
          createdAt: '2026-06-01T10:00:00Z',
          updatedAt: '2026-06-01T10:00:00Z',
        }),
      );
      const idOf = (key: string) => `t-${preset.templates.findIndex((spec) => spec.key === key)}`;
      const journey = JourneySchema.parse(presetJourney(preset, base(), idOf, labels));
      const context = { templates: new Map(templates.map((t) => [t.id, validationTemplateOf(t)])) };
      expect(validateJourney(journey, context).filter((d) => d.severity === 'error')).toEqual([]);
      // Every template it copies is used, and every channel it lists is used.
      const used = new Set(
        journey.nodes.flatMap((node) =>
          node.kind === 'message' ? [node.config.templateId, ...node.config.fallbacks.map((f) => f.templateId)] : [],
        ),
      );
      expect(templates.every((t) => used.has(t.id))).toBe(true);
      const thumbnail = thumbnailOf(journey.nodes, journey.edges);
      expect(thumbnail.boxes).toHaveLength(journey.nodes.length);
      expect(thumbnail.lines).toHaveLength(journey.edges.length);
      if (preset.kind === 'cards') expect(wizardFromJourney(journey)?.cards).toHaveLength(preset.cards.length);
      else expect(wizardFromJourney(journey)).toBeNull();
    },
  );

  it('abandoned cart waits an hour for the purchase, reminds, waits a day, then offers an incentive', () => {
    const preset = QUICK_PRESETS.find((p) => p.id === 'abandoned-cart')!;
    const journey = presetJourney(preset, base(), (key) => key, labels);
    const kinds = journey.nodes.map((node) => `${node.kind}:${node.id}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'entry:cart-abandoned',
        'retarget:wait-1h',
        'message:reminder',
        'retarget:wait-24h',
        'message:incentive',
      ]),
    );
    expect(journey.nodes.find((node) => node.id === 'wait-1h')).toMatchObject({
      config: { conversionEvent: 'purchase', window: { amount: 1, unit: 'hours' } },
    });
    expect(journey.edges).toContainEqual(
      expect.objectContaining({ source: 'wait-1h', sourceHandle: 'notConverted', target: 'reminder' }),
    );
    expect(journey.edges).toContainEqual(
      expect.objectContaining({ source: 'wait-24h', sourceHandle: 'notConverted', target: 'incentive' }),
    );
  });

  it('welcome series welcomes on sign-up, waits two days, then sends tips', () => {
    const preset = QUICK_PRESETS.find((p) => p.id === 'welcome-series')!;
    const journey = presetJourney(preset, base(), (key) => key, labels);
    const path = journey.edges.map((edge) => `${edge.source}→${edge.target}`);
    expect(path).toEqual(['signed-up→welcome', 'welcome→two-days', 'two-days→tips', 'tips→welcomed']);
    expect(journey.nodes.find((node) => node.id === 'two-days')).toMatchObject({
      config: { duration: { amount: 2, unit: 'days' } },
    });
  });

  it('re-engagement splits quiet customers at random, half to an email offer and half to an SMS one', () => {
    const preset = QUICK_PRESETS.find((p) => p.id === 're-engagement')!;
    const journey = presetJourney(preset, base(), (key) => key, labels);
    const split = journey.nodes.find((node) => node.kind === 'randomSplit');
    expect(split).toMatchObject({ config: { branches: [{ percent: 50 }, { percent: 50 }] } });
    const targets = journey.edges
      .filter((edge) => edge.source === split!.id)
      .map((edge) => journey.nodes.find((node) => node.id === edge.target));
    expect(targets.map((node) => node?.kind === 'message' && node.config.channel)).toEqual(['email', 'sms']);
  });
});
