import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store';

/** Subscribes to one list's name only, so renaming a list re-renders just the entry steps using it. */
export function ListName({ listId }: { listId: string | null }) {
  const name = useAppStore((s) => (listId ? s.contactLists.find((list) => list.id === listId)?.name : undefined));
  const status = useAppStore((s) => s.contactListsStatus);
  const load = useAppStore((s) => s.loadContactLists);
  useEffect(() => {
    if (listId && status === 'idle') void load();
  }, [listId, status, load]);
  if (listId === null) return <span className="journey-node-missing">No list chosen</span>;
  if (name) return <span>List “{name}”</span>;
  return status === 'ready' ? (
    <span className="journey-node-missing">The list no longer exists</span>
  ) : (
    <span>Contact list</span>
  );
}
