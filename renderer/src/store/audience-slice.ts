import type { StateCreator } from 'zustand';
import type { z } from 'zod';
import type { ContactList, FieldListingSchema } from '../../../shared/contract/index';
import type { AppClient } from '../api/client';
import type { AppState } from './app-store';
import { messageOf } from './message-of';

export type FieldListing = z.infer<typeof FieldListingSchema>;
type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Customer fields and contact lists: small, read by many places (the fields page, the Contacts
 * page, every filter rule and entry node), so they live once in the store rather than per component.
 */
export interface AudienceSlice {
  fields: FieldListing[];
  fieldsStatus: LoadStatus;
  fieldsError: string | null;
  loadFields(): Promise<void>;
  contactLists: ContactList[];
  contactListsStatus: LoadStatus;
  contactListsError: string | null;
  loadContactLists(): Promise<void>;
}

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function createAudienceSlice(client: AppClient): StateCreator<AppState, [], [], AudienceSlice> {
  return (set, get) => {
    // Only the latest load may write: a slow early answer must not overwrite a newer one.
    let latestFields = 0;
    let latestLists = 0;
    return {
      fields: [],
      fieldsStatus: 'idle',
      fieldsError: null,
      async loadFields() {
        const load = ++latestFields;
        if (get().fieldsStatus !== 'ready') set({ fieldsStatus: 'loading' });
        try {
          const fields = await client.fields.list();
          if (load === latestFields) set({ fields, fieldsStatus: 'ready', fieldsError: null });
        } catch (error) {
          if (load === latestFields)
            set({ fieldsStatus: get().fieldsStatus === 'ready' ? 'ready' : 'error', fieldsError: messageOf(error) });
        }
      },
      contactLists: [],
      contactListsStatus: 'idle',
      contactListsError: null,
      async loadContactLists() {
        const load = ++latestLists;
        if (get().contactListsStatus !== 'ready') set({ contactListsStatus: 'loading' });
        try {
          const lists = [...(await client.lists.list())].sort((a, b) => byName.compare(a.name, b.name));
          if (load === latestLists) set({ contactLists: lists, contactListsStatus: 'ready', contactListsError: null });
        } catch (error) {
          if (load === latestLists) {
            set({
              contactListsStatus: get().contactListsStatus === 'ready' ? 'ready' : 'error',
              contactListsError: messageOf(error),
            });
          }
        }
      },
    };
  };
}
