import { createAppStore, type AppStore } from '../../../../renderer/src/store/app-store';
import type { Journey } from '../../../../shared/model/index';
import type { InProcessClient } from '../../../support/in-process-client';
import { brokenJourney } from './broken-journey';

export async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A real store on the real services with the broken journey saved and open in the editor. */
export async function openBrokenJourney(api: InProcessClient, build: (base: Journey) => Journey = brokenJourney): Promise<{ store: AppStore; id: string }> {
  const created = await api.client.journeys.create({ name: 'Broken' });
  await api.client.journeys.save({ journey: build(created.journey), expectedRevision: created.revision });
  const store = createAppStore(api.client);
  await store.getState().openJourney(created.journey.id);
  return { store, id: created.journey.id };
}
