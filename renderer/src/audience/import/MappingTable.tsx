import { FIELD_TYPES, FIELD_TYPE_LABELS } from '../../../../shared/audience/index';
import type { FieldListing } from '../../store/audience-slice';
import { choiceOf, mappingOf, type Mapping } from './mapping-choices';

interface MappingTableProps {
  columns: readonly string[];
  mapping: Mapping;
  fields: readonly FieldListing[];
  onChange(mapping: Mapping): void;
}

/** One row per column: which field it fills, "Ignore", or a new field of a chosen type. */
export function MappingTable({ columns, mapping, fields, onChange }: MappingTableProps) {
  return (
    <table className="audience-table" aria-label="Column mapping">
      <thead>
        <tr>
          <th scope="col">Column</th>
          <th scope="col">Goes to</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((column) => {
          const current = mapping[column];
          return (
            <tr key={column}>
              <th scope="row">{column}</th>
              <td>
                <select
                  aria-label={`Field for column ${column}`}
                  value={choiceOf(current)}
                  onChange={(event) => onChange({ ...mapping, [column]: mappingOf(event.target.value, column) })}
                >
                  <option value="ignore">Ignore</option>
                  <optgroup label="Fields">
                    {fields
                      .filter((field) => field.key !== 'createdAt' || column === 'createdAt')
                      .map((field) => (
                        <option key={field.key} value={`field:${field.key}`}>
                          {field.label} ({field.key})
                        </option>
                      ))}
                  </optgroup>
                  <optgroup label="New field of type…">
                    {FIELD_TYPES.filter((type) => type !== 'choice').map((type) => (
                      <option key={type} value={`new:${type}`}>
                        New field: {FIELD_TYPE_LABELS[type]}
                      </option>
                    ))}
                  </optgroup>
                </select>
                {current?.to === 'newField' && <span className="muted"> as “{current.key}”</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
