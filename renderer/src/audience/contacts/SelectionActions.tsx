import { useState } from 'react';
import { useClient } from '../../api/client-context';
import { useAppStore } from '../../store/app-store';
import { messageOf } from '../../store/message-of';
import { useContactLists } from '../use-audience-data';

interface SelectionActionsProps {
  selected: readonly string[];
  /** The list the table shows: its members can be taken out of it. */
  currentListId: string | null;
  onDelete(): void;
  onDone(): void;
}

/** What can be done with the ticked contacts: add to a list, remove from the shown list, delete. */
export function SelectionActions({ selected, currentListId, onDelete, onDone }: SelectionActionsProps) {
  const client = useClient();
  const notify = useAppStore((s) => s.notify);
  const { lists, reload } = useContactLists();
  const [target, setTarget] = useState('');
  const current = lists.find((list) => list.id === currentListId);

  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      await reload();
      notify('info', done);
      onDone();
    } catch (error) {
      notify('error', messageOf(error));
    }
  }

  const count = `${selected.length} ${selected.length === 1 ? 'contact' : 'contacts'}`;
  const targetList = lists.find((list) => list.id === target);
  return (
    <div className="contacts-toolbar" role="group" aria-label="Selected contacts">
      <span className="muted">{count} selected</span>
      <label className="inline-field">
        Add to list
        <select value={target} onChange={(event) => setTarget(event.target.value)}>
          <option value="">Choose a list…</option>
          {lists.map((list) => (
            <option key={list.id} value={list.id}>
              {list.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button small"
        disabled={!targetList}
        onClick={() =>
          targetList &&
          void run(
            () => client.lists.addMembers({ id: targetList.id, customerIds: [...selected] }),
            `Added ${count} to “${targetList.name}”.`,
          )
        }
      >
        Add
      </button>
      {current && (
        <button
          type="button"
          className="button small"
          onClick={() =>
            void run(
              () => client.lists.removeMembers({ id: current.id, customerIds: [...selected] }),
              `Removed ${count} from “${current.name}”.`,
            )
          }
        >
          Remove from “{current.name}”
        </button>
      )}
      <button type="button" className="button small danger" onClick={onDelete}>
        Delete selected
      </button>
    </div>
  );
}
