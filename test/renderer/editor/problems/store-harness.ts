import { createAppStore, type AppStore } from '../../../../renderer/src/store/app-store';
import type { Journey } from '../../../../shared/model/index';
import type { InProcessClient } from '../../../support/in-process-client';
import { brokenJourney } from './broken-journey';

export { until } from '../../../support/until';

/** A real store on the real services with the broken journey saved and open in the editor. */
export async function openBrokenJourney(
  api: InProcessClient,
  build: (base: Journey) => Journey = brokenJourney,
): Promise<{ store: AppStore; id: string }> {
  const created = await api.client.journeys.create({ name: 'Broken' });
  await api.client.journeys.save({ journey: build(created.journey), expectedRevision: created.revision });
  const store = createAppStore(api.client);
  await store.getState().openJourney(created.journey.id);
  return { store, id: created.journey.id };
}
