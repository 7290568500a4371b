import { useState } from 'react';
import type { ContactList } from '../../../../shared/contract/index';
import { useClient } from '../../api/client-context';
import { useAppStore } from '../../store/app-store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { NameDialog } from '../../ui/NameDialog';
import { useContactLists } from '../use-audience-data';

type Pending =
  null | { kind: 'create' } | { kind: 'rename'; list: ContactList } | { kind: 'delete'; list: ContactList };

interface ListsPanelProps {
  /** The list the table shows, or null for all contacts. */
  selectedListId: string | null;
  onSelect(listId: string | null): void;
}

/** Named lists: pick one to see its members; create, rename and delete them. */
export function ListsPanel({ selectedListId, onSelect }: ListsPanelProps) {
  const client = useClient();
  const notify = useAppStore((s) => s.notify);
  const { lists, reload } = useContactLists();
  const [pending, setPending] = useState<Pending>(null);

  return (
    <section className="side-panel" aria-label="Lists">
      <h2>Lists</h2>
      <ul className="list-entries">
        <li>
          <button
            type="button"
            className="list-name"
            aria-pressed={selectedListId === null}
            onClick={() => onSelect(null)}
          >
            All contacts
          </button>
        </li>
        {lists.map((list) => (
          <li key={list.id}>
            <button
              type="button"
              className="list-name"
              aria-pressed={selectedListId === list.id}
              onClick={() => onSelect(list.id)}
            >
              {list.name} <span className="muted">({list.size.toLocaleString()})</span>
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Rename list ${list.name}`}
              title="Rename"
              onClick={() => setPending({ kind: 'rename', list })}
            >
              ✎
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Delete list ${list.name}`}
              title="Delete"
              onClick={() => setPending({ kind: 'delete', list })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button small" onClick={() => setPending({ kind: 'create' })}>
        + New list
      </button>

      <NameDialog
        open={pending?.kind === 'create' || pending?.kind === 'rename'}
        title={pending?.kind === 'rename' ? `Rename “${pending.list.name}”` : 'New list'}
        label="List name"
        submitLabel={pending?.kind === 'rename' ? 'Rename' : 'Create list'}
        initialValue={pending?.kind === 'rename' ? pending.list.name : ''}
        onOpenChange={(open) => !open && setPending(null)}
        onSubmit={async (name) => {
          if (pending?.kind === 'rename') await client.lists.rename({ id: pending.list.id, name });
          else {
            const list = await client.lists.create({ name });
            notify('info', `Created the list “${list.name}”.`);
          }
          await reload();
        }}
      />
      <ConfirmDialog
        open={pending?.kind === 'delete'}
        title={pending?.kind === 'delete' ? `Delete the list “${pending.list.name}”?` : 'Delete list'}
        description="Its contacts stay; only the list goes. Journeys that start from it will need another audience."
        confirmLabel="Delete list"
        onOpenChange={(open) => !open && setPending(null)}
        onConfirm={async () => {
          if (pending?.kind !== 'delete') return;
          await client.lists.delete({ id: pending.list.id });
          if (selectedListId === pending.list.id) onSelect(null);
          await reload();
        }}
      />
    </section>
  );
}
