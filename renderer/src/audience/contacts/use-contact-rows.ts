import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { Contact } from '../../../../shared/audience/index';
import type { ContactQuerySchema } from '../../../../shared/contract/index';
import { useClient } from '../../api/client-context';
import { messageOf } from '../../store/message-of';
import { CONTACT_PAGE_SIZE, locateRow, pagesCovering } from './contact-pages';

/** What the table shows, without paging: the page hook adds offset and limit. */
export type ContactView = Omit<z.input<typeof ContactQuerySchema>, 'offset' | 'limit'>;

export interface ContactRows {
  total: number | null;
  error: string | null;
  rowAt(index: number): Contact | undefined;
  /** Asks for the pages holding rows first..last that are neither loaded nor on their way. */
  ensure(first: number, last: number): void;
  refresh(): void;
}

/**
 * Pages of contacts by offset, for a virtualised table over any number of rows: only the pages
 * scrolled into view are fetched, and everything is dropped when the view (search, list, filter,
 * sort) changes or contacts change elsewhere.
 */
export function useContactRows(view: ContactView): ContactRows {
  const client = useClient();
  const viewKey = JSON.stringify(view);
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<{
    key: string;
    total: number | null;
    pages: ReadonlyMap<number, Contact[]>;
    error: string | null;
  }>({
    key: '',
    total: null,
    pages: new Map(),
    error: null,
  });
  const requested = useRef(new Set<number>());
  const currentKey = `${generation}:${viewKey}`;
  // Answers for an earlier view may arrive after the current view's; they are dropped.
  const latestKey = useRef(currentKey);

  const fetchPage = useCallback(
    (page: number) => {
      requested.current.add(page);
      const query = {
        ...(JSON.parse(viewKey) as ContactView),
        offset: page * CONTACT_PAGE_SIZE,
        limit: CONTACT_PAGE_SIZE,
      };
      client.contacts.query(query).then(
        ({ rows, total }) =>
          setState((before) => {
            if (latestKey.current !== currentKey) return before;
            const pages = before.key === currentKey ? new Map(before.pages) : new Map<number, Contact[]>();
            pages.set(page, rows);
            return { key: currentKey, total, pages, error: null };
          }),
        (error: unknown) => {
          requested.current.delete(page);
          if (latestKey.current !== currentKey) return;
          setState((before) => ({
            ...(before.key === currentKey ? before : { pages: new Map(), total: null }),
            key: currentKey,
            error: messageOf(error),
          }));
        },
      );
    },
    [client, viewKey, currentKey],
  );

  useEffect(() => {
    latestKey.current = currentKey;
    requested.current = new Set();
    fetchPage(0);
  }, [fetchPage, currentKey]);

  useEffect(() => client.on('contactsChanged', () => setGeneration((n) => n + 1)), [client]);

  const fresh = state.key === currentKey;
  return {
    total: fresh ? state.total : null,
    error: fresh ? state.error : null,
    rowAt(index) {
      if (!fresh) return undefined;
      const { page, offset } = locateRow(index);
      return state.pages.get(page)?.[offset];
    },
    ensure(first, last) {
      for (const page of pagesCovering(first, last)) if (!requested.current.has(page)) fetchPage(page);
    },
    refresh: () => setGeneration((n) => n + 1),
  };
}
