import type { Contract, ServiceImpl } from '../../../shared/contract/index';
import { ApiError } from '../../../shared/contract/index';
import type { ServiceContext } from '../context';
import { contactFromInput } from './contact-values';
import { exportContactsCsv, exportFileName } from './contacts-export';
import { exportContactsToFile } from './contacts-export-file';
import { estimateAudience, queryContacts } from './contacts-query';
import { currentFields } from './fields-service';

export function createContactsService(ctx: ServiceContext): ServiceImpl<Contract['services']['contacts']> {
  const { store, events } = ctx;
  return {
    query: (input) => {
      const { rows, total } = queryContacts(store, input, { fields: currentFields(store), now: ctx.now() });
      return { rows, total };
    },
    get: ({ customerId }) => {
      const contact = store.contacts.find(customerId);
      if (contact === undefined)
        throw new ApiError('NOT_FOUND', `There is no contact with customerId "${customerId}".`);
      return { contact, lists: store.lists.listsOf(customerId) };
    },
    save: ({ contact: input }) => {
      const customerId = typeof input.customerId === 'string' ? input.customerId.trim() : '';
      const existing = customerId === '' ? undefined : store.contacts.find(customerId);
      const contact = contactFromInput(input, existing, { fields: currentFields(store), now: ctx.now() });
      store.contacts.put(contact);
      events.emit('contactsChanged', { reason: 'edit' });
      return contact;
    },
    delete: ({ customerIds }) => {
      store.contacts.delete(customerIds);
      store.forgetDeleted();
      events.emit('contactsChanged', { reason: 'delete' });
      return { ok: true as const };
    },
    exportToFile: (selection) => exportContactsToFile(ctx, selection),
    exportCsv: (selection) => {
      const now = ctx.now();
      return {
        fileName: exportFileName(selection, store, now),
        chunks: exportContactsCsv(store, selection, now),
      };
    },
  };
}

export function createListsService(ctx: ServiceContext): ServiceImpl<Contract['services']['lists']> {
  const { store, events } = ctx;
  const stamp = () => ctx.now().toISOString();
  const changed = () => events.emit('contactsChanged', { reason: 'lists' });
  return {
    list: () => store.lists.list(),
    create: ({ name }) => {
      const list = store.lists.create(ctx.newId(), name, stamp());
      changed();
      return list;
    },
    rename: ({ id, name }) => {
      const list = store.lists.rename(id, name, stamp());
      changed();
      return list;
    },
    delete: ({ id }) => {
      store.lists.delete(id);
      changed();
      return { ok: true as const };
    },
    addMembers: ({ id, customerIds }) => {
      const list = store.lists.addMembers(id, customerIds, stamp());
      changed();
      return list;
    },
    removeMembers: ({ id, customerIds }) => {
      const list = store.lists.removeMembers(id, customerIds, stamp());
      changed();
      return list;
    },
  };
}

export function createAudienceService(ctx: ServiceContext): ServiceImpl<Contract['services']['audience']> {
  return {
    estimate: (input) => estimateAudience(ctx.store, input, { fields: currentFields(ctx.store), now: ctx.now() }),
  };
}
