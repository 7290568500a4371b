import type { Contract, ServiceImpl } from '../../shared/contract/index';
import type { ServiceContext } from './context';

export function createProfilesService(ctx: ServiceContext): ServiceImpl<Contract['services']['profiles']> {
  const { store, events } = ctx;
  const stamp = () => ctx.now().toISOString();
  const changed = (id: string) => events.emit('profilesChanged', { id });

  return {
    list: () => store.profiles.list(),
    create: ({ name, data }) => {
      const profile = store.profiles.put({ id: ctx.newId(), name, data, updatedAt: stamp() });
      changed(profile.id);
      return profile;
    },
    update: ({ id, name, data }) => {
      const current = store.profiles.require(id);
      const profile = store.profiles.put({
        id,
        name: name ?? current.name,
        data: data ?? current.data,
        updatedAt: stamp(),
      });
      changed(id);
      return profile;
    },
    setDefault: ({ id }) => {
      const profile = store.profiles.setDefault(id, stamp());
      changed(id);
      return profile;
    },
    delete: ({ id }) => {
      store.profiles.delete(id, stamp());
      changed(id);
      return { ok: true as const };
    },
  };
}
