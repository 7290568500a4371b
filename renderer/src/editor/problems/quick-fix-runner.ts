import type { Channel, Journey } from '../../../../shared/model/index';
import { applyQuickFix, type Diagnostic } from '../../../../shared/validation/index';
import { navigate } from '../../app/route';
import type { AppStore } from '../../store/app-store';
import { messageOf } from '../../store/message-of';
import { newTemplateInput } from '../../templates/new-template-input';
import { newId } from '../ids';
import { assignTemplate, templateSlotOf } from './template-slot';

/**
 * Applies a diagnostic's quick fix to the open journey. Document fixes go through the editor's
 * edit(), so each is one undo step and is autosaved like any edit; "create template" first creates
 * the template through the API, then assigns it the same way; "open field" reveals the field the
 * diagnostic names; "open channel settings" goes to the provider of the channel it names. Outcomes are told through notices.
 */
export async function runQuickFix(store: AppStore, diagnostic: Diagnostic): Promise<void> {
  const { fix } = diagnostic;
  const state = store.getState();
  const journey = state.journey;
  if (!fix || !journey) return;

  if (fix.kind === 'createTemplate') {
    await createAndAssignTemplate(store, diagnostic);
    return;
  }
  if (fix.kind === 'openChannelSettings') {
    const channel = channelNamedBy(journey, diagnostic);
    navigate(channel === null ? { page: 'settings' } : { page: 'settings', channel });
    return;
  }
  if (fix.kind === 'openField') {
    // A value only the user knows (a credential): open the step and focus the field for them.
    state.revealProblem(diagnostic);
    return;
  }

  let applied = false;
  state.edit((current) => {
    // Steps a fix adds get ids like any other step drawn in the editor.
    const next = applyQuickFix(current, diagnostic, newId);
    applied = next !== null;
    return next ?? current;
  });
  if (!applied)
    state.notify('error', `"${fix.label}" no longer applies: the journey has changed since it was checked.`);
}

async function createAndAssignTemplate(store: AppStore, diagnostic: Diagnostic): Promise<void> {
  const state = store.getState();
  const journey = state.journey;
  if (!journey) return;
  const slot = templateSlotOf(journey, diagnostic);
  if (!slot) {
    state.notify(
      'error',
      "A template cannot be created here: the problem is not about a message step's template any more.",
    );
    return;
  }
  let template;
  try {
    template = await state.createTemplate(
      newTemplateInput(slot.templateName, slot.channel, journey.settings.languages[0] ?? ''),
    );
  } catch (error) {
    store.getState().notify('error', `The template could not be created: ${messageOf(error)}`);
    return;
  }
  const now = store.getState();
  if (now.journey?.id !== journey.id) {
    now.notify('info', `Created the template "${template.name}"; the journey was closed before it could be assigned.`);
    return;
  }
  let assigned = false;
  now.edit((current) => {
    const next = assignTemplate(current, slot, template.id);
    assigned = next !== current;
    return next;
  });
  now.notify(
    'info',
    assigned
      ? `Created the template "${template.name}" and assigned it. Open it from the step to write its content.`
      : `Created the template "${template.name}"; the step already had a template by then, so it was left as it was.`,
  );
}

/** The channel a message step's diagnostic points at: its own (`config.channel`) or a fallback's. */
export function channelNamedBy(journey: Journey, diagnostic: Diagnostic): Channel | null {
  const node = journey.nodes.find((candidate) => candidate.id === diagnostic.nodeId);
  if (node?.kind !== 'message') return null;
  const fallback = /\.config\.fallbacks\[(\d+)\]\.channel$/.exec(diagnostic.path ?? '');
  if (fallback) return node.config.fallbacks[Number(fallback[1])]?.channel ?? null;
  return node.config.channel;
}
