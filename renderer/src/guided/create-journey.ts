import type { SavedJourney } from '../../../shared/contract/index';
import { cardProblem, firstIncompleteCard, type TemplateFacts } from '../../../shared/guided/wizard-edits';
import type { GuidedWizardState } from '../../../shared/guided/wizard-state';
import type { AppClient } from '../api/client';
import { messageOf } from '../store/message-of';

export type CreateOutcome =
  { result: 'active'; message: string } | { result: 'broken'; message: string; firstIncomplete: string | null };

/**
 * "Create journey": a journey whose cards are all complete is activated and starts sending; one
 * that is not (or that activation refuses) stays saved and shows as Broken until it is fixed.
 */
export async function createGuidedJourney(
  client: AppClient,
  saved: SavedJourney,
  state: GuidedWizardState,
  templates: ReadonlyMap<string, TemplateFacts>,
): Promise<CreateOutcome> {
  const name = saved.journey.name;
  const incomplete = firstIncompleteCard(state, templates);
  if (incomplete !== null) {
    const count = state.cards.filter((card) => cardProblem(card, templates) !== null).length;
    return {
      result: 'broken',
      firstIncomplete: incomplete.eventKey,
      message: `Saved “${name}”. ${count} ${count === 1 ? 'card needs' : 'cards need'} a template, so it shows as Broken until fixed.`,
    };
  }
  try {
    await client.journeys.activate({ id: saved.journey.id, expectedRevision: saved.revision });
    return { result: 'active', message: `“${name}” is active and sends on matching events.` };
  } catch (failure) {
    return {
      result: 'broken',
      firstIncomplete: null,
      message: `Saved “${name}”, but it could not be activated: ${messageOf(failure)}`,
    };
  }
}
