import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ContactList } from '../../../shared/contract/index';
import { useClient } from '../api/client-context';
import { useAppStore } from '../store/app-store';
import type { FieldListing } from '../store/audience-slice';

/** The customer fields (built-in first), loaded on first use and refreshed when another place changes them. */
export function useCustomerFields(): {
  fields: FieldListing[];
  status: string;
  error: string | null;
  reload(): Promise<void>;
} {
  const client = useClient();
  const { fields, status, error, load } = useAppStore(
    useShallow((s) => ({ fields: s.fields, status: s.fieldsStatus, error: s.fieldsError, load: s.loadFields })),
  );
  useEffect(() => {
    if (status === 'idle') void load();
  }, [status, load]);
  useEffect(
    () =>
      client.on('contactsChanged', (payload) => {
        if ((payload as { reason?: string }).reason === 'fields') void load();
      }),
    [client, load],
  );
  return { fields, status, error, reload: load };
}

/** The contact lists with their sizes; any contacts change may have changed a size. */
export function useContactLists(): {
  lists: ContactList[];
  status: string;
  error: string | null;
  reload(): Promise<void>;
} {
  const client = useClient();
  const { lists, status, error, load } = useAppStore(
    useShallow((s) => ({
      lists: s.contactLists,
      status: s.contactListsStatus,
      error: s.contactListsError,
      load: s.loadContactLists,
    })),
  );
  useEffect(() => {
    if (status === 'idle') void load();
  }, [status, load]);
  useEffect(() => client.on('contactsChanged', () => void load()), [client, load]);
  return { lists, status, error, reload: load };
}
