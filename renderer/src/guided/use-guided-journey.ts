import { useCallback, useEffect, useRef, useState } from 'react';
import type { SavedJourney } from '../../../shared/contract/index';
import { journeyFromWizard, wizardFromJourney, type CardLabels } from '../../../shared/guided/journey-mapping';
import { emptyWizardState, type GuidedWizardState } from '../../../shared/guided/wizard-state';
import { useClient } from '../api/client-context';
import { messageOf } from '../store/message-of';

export interface GuidedJourney {
  load: { state: 'loading' | 'ready' } | { state: 'error'; message: string };
  saved: SavedJourney | null;
  wizard: GuidedWizardState;
  /** The last save failed: what went wrong (the wizard keeps the choices and tries again on the next change). */
  saveError: string | null;
  /** Changes the wizard; once the journey exists, the change is saved to it. */
  update(next: GuidedWizardState): void;
  /** Creates the draft journey the wizard keeps its progress in; resolves with its id. */
  createDraft(name: string, state: GuidedWizardState): Promise<string>;
  /** Resolves once every change so far is saved, with the saved journey. */
  flush(): Promise<SavedJourney | null>;
}

/**
 * The wizard's state and the draft journey it is kept in. Every change after the first step is
 * saved to the journey (one save at a time, always the newest state), so leaving the wizard loses
 * nothing and reopening it resumes where it was.
 */
export function useGuidedJourney(
  journeyId: string | undefined,
  labels: CardLabels,
  /** "Fix" opens a saved journey at its cards, wherever the wizard was left. */
  openAtCards = false,
): GuidedJourney {
  const client = useClient();
  const [load, setLoad] = useState<GuidedJourney['load']>({ state: journeyId ? 'loading' : 'ready' });
  const [saved, setSaved] = useState<SavedJourney | null>(null);
  const [wizard, setWizard] = useState<GuidedWizardState>(emptyWizardState);
  const [saveError, setSaveError] = useState<string | null>(null);
  const savedRef = useRef<SavedJourney | null>(null);
  const pending = useRef<GuidedWizardState | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const labelsRef = useRef(labels);
  useEffect(() => {
    labelsRef.current = labels;
  }, [labels]);

  useEffect(() => {
    if (journeyId === undefined || savedRef.current?.journey.id === journeyId) return;
    let mounted = true;
    setLoad({ state: 'loading' });
    client.journeys.get({ id: journeyId }).then(
      (found) => {
        if (!mounted) return;
        savedRef.current = found;
        setSaved(found);
        const state = wizardFromJourney(found.journey) ?? emptyWizardState();
        setWizard(openAtCards ? { ...state, step: 'configure' } : state);
        setLoad({ state: 'ready' });
      },
      (failure: unknown) => mounted && setLoad({ state: 'error', message: messageOf(failure) }),
    );
    return () => {
      mounted = false;
    };
  }, [client, journeyId, openAtCards]);

  const saveNewest = useCallback(async () => {
    const state = pending.current;
    const current = savedRef.current;
    if (state === null || current === null) return;
    pending.current = null;
    try {
      const next = await client.journeys.save({
        journey: journeyFromWizard(state, current.journey, labelsRef.current),
        expectedRevision: current.revision,
      });
      savedRef.current = next;
      setSaved(next);
      setSaveError(null);
    } catch (failure) {
      setSaveError(messageOf(failure));
    }
  }, [client]);

  const update = useCallback(
    (next: GuidedWizardState) => {
      setWizard(next);
      if (savedRef.current === null || next.persona === null || next.movementType === null) return;
      pending.current = next;
      queue.current = queue.current.then(saveNewest);
    },
    [saveNewest],
  );

  const createDraft = useCallback(
    async (name: string, state: GuidedWizardState) => {
      const created = await client.journeys.create({ name });
      savedRef.current = created;
      setSaved(created);
      pending.current = state;
      setWizard(state);
      queue.current = queue.current.then(saveNewest);
      await queue.current;
      return created.journey.id;
    },
    [client, saveNewest],
  );

  const flush = useCallback(async () => {
    await queue.current;
    return savedRef.current;
  }, []);

  return { load, saved, wizard, saveError, update, createDraft, flush };
}
