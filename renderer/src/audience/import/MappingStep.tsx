import { useState } from 'react';
import type { z } from 'zod';
import type { ImportOptionsSchema, ImportPreviewSchema } from '../../../../shared/contract/index';
import type { FieldListing } from '../../store/audience-slice';
import { useContactLists } from '../use-audience-data';
import { applyUnknownColumns, mappingProblem, type Mapping } from './mapping-choices';
import { MappingTable } from './MappingTable';
import { PreviewTable } from './PreviewTable';

export type ImportPreview = z.infer<typeof ImportPreviewSchema>;
export type ImportChoices = Omit<z.input<typeof ImportOptionsSchema>, 'source'>;
type Encoding = NonNullable<ImportChoices['encoding']>;

const DELIMITERS = [
  { value: ',', label: 'Comma (,)' },
  { value: ';', label: 'Semicolon (;)' },
  { value: '\t', label: 'Tab' },
  { value: '|', label: 'Pipe (|)' },
];
const ENCODINGS: { value: Encoding; label: string }[] = [
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'utf-16le', label: 'UTF-16 LE' },
  { value: 'latin1', label: 'Latin-1 (Windows)' },
];
const NEW_LIST = '__new';

interface MappingStepProps {
  fileName: string;
  preview: ImportPreview;
  fields: readonly FieldListing[];
  busy: boolean;
  onReadAs(delimiter: string, encoding: Encoding): void;
  onStart(choices: ImportChoices): void;
  onBack(): void;
}

/** Steps 2 and 3: check the file reads right, map its columns, choose how to import, start. */
export function MappingStep({ fileName, preview, fields, busy, onReadAs, onStart, onBack }: MappingStepProps) {
  const { lists } = useContactLists();
  const [mapping, setMapping] = useState<Mapping>(preview.suggestedMapping);
  const [existing, setExisting] = useState<'update' | 'skip'>('update');
  const [unknown, setUnknown] = useState<'ignore' | 'create'>('ignore');
  const [defaultCountry, setDefaultCountry] = useState('US');
  const [listChoice, setListChoice] = useState('');
  const [newListName, setNewListName] = useState('');
  const columnsKey = preview.columns.join('\u0000');
  const [mappedColumns, setMappedColumns] = useState(columnsKey);
  // Reading the file another way can change its columns; the suggestion for the new ones replaces the old mapping.
  if (mappedColumns !== columnsKey) {
    setMappedColumns(columnsKey);
    setMapping(preview.suggestedMapping);
  }

  const problem =
    mappingProblem(mapping) ??
    (/^[A-Za-z]{2}$/.test(defaultCountry) ? null : 'The default country is a two-letter code such as US or DE.');
  const listProblem = listChoice === NEW_LIST && newListName.trim() === '' ? 'Name the new list.' : null;

  function start() {
    const addToList =
      listChoice === ''
        ? undefined
        : listChoice === NEW_LIST
          ? { newListName: newListName.trim() }
          : { listId: listChoice };
    onStart({
      delimiter: preview.delimiter,
      encoding: preview.encoding as Encoding,
      mapping,
      existing,
      defaultCountry: defaultCountry.toUpperCase(),
      ...(addToList ? { addToList } : {}),
    });
  }

  return (
    <section aria-label="Map columns" className="import-steps">
      <p>
        <strong>{fileName}</strong>
      </p>
      <div className="contacts-toolbar">
        <label className="inline-field">
          Delimiter
          <select
            value={preview.delimiter}
            disabled={busy}
            onChange={(event) => onReadAs(event.target.value, preview.encoding as Encoding)}
          >
            {DELIMITERS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          Encoding
          <select
            value={preview.encoding}
            disabled={busy}
            onChange={(event) => onReadAs(preview.delimiter, event.target.value as Encoding)}
          >
            {ENCODINGS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <PreviewTable columns={preview.columns} rows={preview.rows} />
      <h2>Columns</h2>
      <MappingTable columns={preview.columns} mapping={mapping} fields={fields} onChange={setMapping} />
      <h2>Options</h2>
      <div className="contacts-toolbar">
        <label className="inline-field">
          Existing contacts
          <select value={existing} onChange={(event) => setExisting(event.target.value === 'skip' ? 'skip' : 'update')}>
            <option value="update">Update them</option>
            <option value="skip">Skip them</option>
          </select>
        </label>
        <label className="inline-field">
          Columns without a field
          <select
            value={unknown}
            onChange={(event) => {
              const choice = event.target.value === 'create' ? 'create' : 'ignore';
              setUnknown(choice);
              setMapping(applyUnknownColumns(mapping, preview.columns, choice));
            }}
          >
            <option value="ignore">Ignore them</option>
            <option value="create">Create text fields</option>
          </select>
        </label>
        <label className="inline-field">
          Default country
          <input
            value={defaultCountry}
            maxLength={2}
            size={3}
            onChange={(event) => setDefaultCountry(event.target.value)}
          />
        </label>
        <label className="inline-field">
          Add imported contacts to
          <select value={listChoice} onChange={(event) => setListChoice(event.target.value)}>
            <option value="">No list</option>
            {lists.map((list) => (
              <option key={list.id} value={list.id}>
                {list.name}
              </option>
            ))}
            <option value={NEW_LIST}>A new list…</option>
          </select>
        </label>
        {listChoice === NEW_LIST && (
          <label className="inline-field">
            New list name
            <input value={newListName} onChange={(event) => setNewListName(event.target.value)} />
          </label>
        )}
      </div>
      <p className="muted">Phone numbers without a +country code are read as numbers of the default country.</p>
      {(problem ?? listProblem) && (
        <p role="alert" className="field-error">
          {problem ?? listProblem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onBack}>
          Choose another file
        </button>
        <button
          type="button"
          className="button primary"
          disabled={busy || problem !== null || listProblem !== null}
          onClick={start}
        >
          Start import
        </button>
      </div>
    </section>
  );
}
