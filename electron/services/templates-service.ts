import type { Contract, ServiceImpl } from '../../shared/contract/index';
import type { ServiceContext } from './context';

export function createTemplatesService(ctx: ServiceContext): ServiceImpl<Contract['services']['templates']> {
  const { store, events } = ctx;
  return {
    list: () => store.templates.list(),
    get: ({ id }) => store.templates.require(id),
    create: ({ channel, name, language, content }) => {
      const now = ctx.now().toISOString();
      const template = store.templates.put({
        id: ctx.newId(),
        channel,
        name,
        language: language ?? '',
        content: content ?? {},
        createdAt: now,
        updatedAt: now,
      });
      events.emit('templateChanged', { id: template.id, change: 'created' });
      return template;
    },
    update: ({ id, ...changes }) => {
      const current = store.templates.require(id);
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const template = store.templates.put({ ...current, ...defined, updatedAt: ctx.now().toISOString() });
      events.emit('templateChanged', { id, change: 'updated' });
      return template;
    },
    delete: ({ id }) => {
      store.templates.delete(id);
      events.emit('templateChanged', { id, change: 'deleted' });
      return { ok: true as const };
    },
  };
}
