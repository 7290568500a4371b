import { useContactLists } from '../../../audience/use-audience-data';
import { SelectField } from '../fields/SelectField';

const NONE = '';

/** The contact list an entry node starts from, picked by name from the lists that exist. */
export function EntryListSelect({
  listId,
  error,
  onChange,
  path,
}: {
  listId: string | null;
  error: string | undefined;
  onChange(listId: string | null): void;
  path?: string;
}) {
  const { lists, status } = useContactLists();
  const options = [
    { value: NONE, label: status === 'ready' ? 'Choose a list…' : 'Loading lists…' },
    ...lists.map((list) => ({ value: list.id, label: `${list.name} (${list.size.toLocaleString()})` })),
  ];
  // A list deleted since the journey was drawn keeps showing, so the validator's complaint makes sense.
  if (listId !== null && status === 'ready' && !lists.some((list) => list.id === listId))
    options.push({ value: listId, label: `Missing list (${listId})` });
  return (
    <SelectField<string>
      label="List"
      path={path}
      value={listId ?? NONE}
      options={options}
      hint={
        lists.length === 0 && status === 'ready'
          ? 'There are no lists yet: create one on the Contacts page.'
          : undefined
      }
      error={error}
      onChange={(choice) => onChange(choice === NONE ? null : choice)}
    />
  );
}
