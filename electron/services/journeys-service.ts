import { ApiError, JourneyNameSchema, type Contract, type ServiceImpl } from '../../shared/contract/index';
import { createEmptyJourney, type Journey } from '../../shared/model/index';
import type { ServiceContext } from './context';

const COPY_SUFFIX = / \(copy(?: \d+)?\)$/;
const MAX_NAME_LENGTH = JourneyNameSchema.maxLength ?? 200;

/**
 * "Welcome" → "Welcome (copy)", then "(copy 2)"…; a copy of a copy counts on instead of stacking
 * suffixes. Names in the trash count as taken so restoring one cannot create a clash.
 */
export function nameForCopy(original: string, takenNames: Iterable<string>): string {
  const taken = new Set([...takenNames].map((name) => name.toLocaleLowerCase()));
  const base = original.replace(COPY_SUFFIX, '') || original;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const name = base.slice(0, MAX_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}

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
    duplicate: ({ id, name }) => {
      const source = store.journeys.require(id);
      if (source.deletedAt !== null) {
        throw new ApiError('CONFLICT', `"${source.journey.name}" is in the trash. Restore it before duplicating it.`);
      }
      const now = stamp();
      // Node, edge and note ids stay: they only need to be unique within one journey.
      const journey: Journey = {
        ...structuredClone(source.journey),
        id: ctx.newId(),
        name: name ?? nameForCopy(source.journey.name, store.journeys.names()),
        status: 'draft',
        createdAt: now,
        updatedAt: now,
      };
      const result = store.journeys.insert(journey);
      events.emit('journeyChanged', { id: journey.id, change: 'created', revision: result.revision });
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
