import type { Contract, ServiceImpl } from '../../shared/contract/index';
import { createEmptyJourney, type Journey } from '../../shared/model/index';
import type { ServiceContext } from './context';

export function createJourneysService(ctx: ServiceContext): ServiceImpl<Contract['services']['journeys']> {
  const { store, events } = ctx;
  const stamp = () => ctx.now().toISOString();

  function saved(result: { journey: Journey; revision: number }) {
    return { journey: result.journey, revision: result.revision };
  }

  return {
    list: () => store.journeys.list(),
    listTrash: () => store.journeys.listTrash(),
    get: ({ id }) => saved(store.journeys.require(id)),
    create: ({ name, description }) => {
      const journey = createEmptyJourney({ id: ctx.newId(), name, now: stamp(), description: description ?? '' });
      const result = store.journeys.insert(journey);
      events.emit('journeyChanged', { id: journey.id, change: 'created', revision: result.revision });
      return saved(result);
    },
    rename: ({ id, name }) => {
      const current = store.journeys.require(id);
      const result = store.journeys.save({ ...current.journey, name, updatedAt: stamp() }, current.revision);
      events.emit('journeyChanged', { id, change: 'updated', revision: result.revision });
      return saved(result);
    },
    save: ({ journey, expectedRevision }) => {
      const result = store.journeys.save({ ...journey, updatedAt: stamp() }, expectedRevision);
      events.emit('journeyChanged', { id: journey.id, change: 'updated', revision: result.revision });
      return saved(result);
    },
    delete: ({ id }) => {
      store.journeys.markDeleted(id, stamp());
      events.emit('journeyChanged', { id, change: 'deleted', revision: store.journeys.require(id).revision });
      return { ok: true as const };
    },
    restore: ({ id }) => {
      store.journeys.markDeleted(id, null);
      const result = store.journeys.require(id);
      events.emit('journeyChanged', { id, change: 'restored', revision: result.revision });
      return saved(result);
    },
    purge: ({ id }) => {
      store.journeys.purge(id);
      events.emit('journeyChanged', { id, change: 'purged', revision: 0 });
      return { ok: true as const };
    },
  };
}
