import type { CardLabels } from '../../../../shared/guided/journey-mapping';
import type { QuickPreset } from '../../../../shared/guided/quick/preset';
import { presetJourney } from '../../../../shared/guided/quick/preset-journey';
import type { GuidedWizardState } from '../../../../shared/guided/wizard-state';
import type { AppClient } from '../../api/client';
import type { Route } from '../../app/route';

type NewTemplate = Parameters<AppClient['templates']['create']>[0];

/**
 * Copies the preset's templates into the library, then makes the journey from them as a new
 * draft; answers where it opens: the wizard's configure step for event cards, else the canvas.
 */
export async function createFromPreset(
  client: AppClient,
  preset: QuickPreset,
  name: string,
  labels: CardLabels,
  choose: (state: GuidedWizardState) => GuidedWizardState,
): Promise<Route> {
  const ids = new Map<string, string>();
  for (const spec of preset.templates) {
    const template = await client.templates.create({
      channel: spec.channel,
      name: spec.name,
      language: spec.language,
      content: spec.content,
    } as NewTemplate);
    ids.set(spec.key, template.id);
  }
  const created = await client.journeys.create({ name, description: preset.description });
  const journey = presetJourney(preset, created.journey, (key) => ids.get(key) ?? key, labels, choose);
  await client.journeys.save({ journey, expectedRevision: created.revision });
  return preset.kind === 'cards'
    ? { page: 'guided', journeyId: created.journey.id }
    : { page: 'editor', journeyId: created.journey.id };
}
