import { useState } from 'react';
import type { FieldListing } from '../../store/audience-slice';

interface ColumnChooserProps {
  fields: readonly FieldListing[];
  chosen: readonly string[];
  onChange(chosen: string[]): void;
}

/** "Choose columns": which custom fields the contacts table shows besides the built-in columns. */
export function ColumnChooser({ fields, chosen, onChange }: ColumnChooserProps) {
  const [open, setOpen] = useState(false);
  const custom = fields.filter((field) => !field.builtIn);
  return (
    <div className="column-chooser">
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Choose columns
      </button>
      {open && (
        <fieldset className="column-chooser-menu">
          <legend className="field-label">Custom field columns</legend>
          {custom.length === 0 && <p className="muted">No custom fields yet.</p>}
          {custom.map((field) => (
            <label key={field.key} className="column-chooser-option">
              <input
                type="checkbox"
                checked={chosen.includes(field.key)}
                onChange={(event) =>
                  onChange(event.target.checked ? [...chosen, field.key] : chosen.filter((key) => key !== field.key))
                }
              />
              {field.label}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
