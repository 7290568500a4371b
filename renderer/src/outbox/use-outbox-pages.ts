import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutboxMessageSummary, OutboxQuery } from '../../../shared/contract/index';
import { useClient } from '../api/client-context';
import { messageOf } from '../store/message-of';

export const OUTBOX_PAGE_SIZE = 100;

export type OutboxView = Omit<OutboxQuery, 'cursor' | 'limit'>;

export interface OutboxRows {
  items: readonly OutboxMessageSummary[];
  total: number | null;
  error: string | null;
  /** Fetches the next (older) page unless one is on its way or there is none. */
  loadMore(): void;
  refresh(): void;
  /** Puts an updated row (after a click or an open) in place. */
  replace(row: OutboxMessageSummary): void;
}

/**
 * The outbox a page at a time, newest first, following the cursor the service answers. The list is
 * dropped when the view (search, filters) changes; answers for an older view are ignored.
 */
export function useOutboxPages(view: OutboxView): OutboxRows {
  const client = useClient();
  const viewKey = JSON.stringify(view);
  const [generation, setGeneration] = useState(0);
  const key = `${generation}:${viewKey}`;
  const [state, setState] = useState<{
    key: string;
    items: OutboxMessageSummary[];
    total: number | null;
    cursor: string | null;
    done: boolean;
    error: string | null;
  }>({ key: '', items: [], total: null, cursor: null, done: false, error: null });
  const loading = useRef<string | null>(null);
  const latestKey = useRef(key);

  const fetchPage = useCallback(
    (cursor: string | null) => {
      const token = `${key}@${cursor ?? ''}`;
      if (loading.current === token) return;
      loading.current = token;
      const query = { ...(JSON.parse(viewKey) as OutboxView), limit: OUTBOX_PAGE_SIZE, ...(cursor ? { cursor } : {}) };
      client.outbox.list(query).then(
        (page) => {
          if (latestKey.current !== key) return;
          loading.current = null;
          setState((before) => ({
            key,
            items: cursor && before.key === key ? [...before.items, ...page.items] : page.items,
            total: page.total ?? (before.key === key ? before.total : null),
            cursor: page.nextCursor,
            done: page.nextCursor === null,
            error: null,
          }));
        },
        (error: unknown) => {
          if (latestKey.current !== key) return;
          loading.current = null;
          setState((before) => ({ ...before, key, error: messageOf(error) }));
        },
      );
    },
    [client, key, viewKey],
  );

  useEffect(() => {
    latestKey.current = key;
    fetchPage(null);
  }, [fetchPage, key]);

  const current = state.key === key ? state : { items: [], total: null, cursor: null, done: false, error: null };
  return {
    items: current.items,
    total: current.total,
    error: current.error,
    loadMore: () => {
      if (!current.done && current.cursor) fetchPage(current.cursor);
    },
    refresh: () => setGeneration((g) => g + 1),
    replace: (row) =>
      setState((before) => ({ ...before, items: before.items.map((item) => (item.id === row.id ? row : item)) })),
  };
}
