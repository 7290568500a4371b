import { useState } from 'react';
import { errorAt, pathOf, type FieldErrors } from '../field-errors';
import { ListEditor } from '../fields/ListEditor';
import { TextField } from '../fields/TextField';
import { replaceAt } from '../list-ops';
import {
  duplicateVariableRows,
  reconcileVariableRows,
  variableRowsState,
  variablesFromRows,
  type VariableRow,
} from '../variable-rows';

export interface VariablesEditorProps {
  variables: Readonly<Record<string, string>>;
  /** Errors relative to the variables record: '["order.id"]'. */
  errors: FieldErrors;
  onSet(variables: Record<string, string>): void;
  onType(variables: Record<string, string>): void;
  path?: string;
}

/**
 * Variable name → expression rows over a record. Rows live here because a record cannot hold two
 * rows with the same name: while a name repeats, the rows stay local and nothing is sent on.
 */
export function VariablesEditor({ variables, errors, onSet, onType, path }: VariablesEditorProps) {
  const [state, setState] = useState(() => variableRowsState(variables));
  const current = reconcileVariableRows(state, variables);
  if (current !== state) setState(current);
  const duplicates = duplicateVariableRows(current.rows);

  function update(rows: VariableRow[], typing: boolean) {
    setState({ basis: current.basis, rows });
    if (duplicateVariableRows(rows).size > 0) return;
    (typing ? onType : onSet)(variablesFromRows(rows));
  }

  return (
    <ListEditor<VariableRow>
      label="Variables"
      path={path}
      // Rows stand for the record's keys: 'variables["order.id"]'.
      itemPath={(index) => pathOf(current.rows[index]?.key ?? '')}
      hint="Fills each template variable from an expression, e.g. order.trackingUrl."
      items={current.rows}
      onChange={(rows) => update(rows, false)}
      newItem={() => ({ key: '', expression: '' })}
      addLabel="+ Add variable"
      itemLabel={(index) => `Variable ${index + 1}`}
      emptyText="No variables mapped."
      renderItem={(row, index) => (
        <div className="field-pair">
          <TextField
            label="Name"
            value={row.key}
            spellCheck={false}
            placeholder="trackingUrl"
            error={duplicates.has(index) ? 'Another variable already has this name' : errorAt(errors, pathOf(row.key))}
            onChange={(key) => update(replaceAt(current.rows, index, { ...row, key }), true)}
          />
          <TextField
            label="Expression"
            value={row.expression}
            spellCheck={false}
            placeholder="order.trackingUrl"
            onChange={(expression) => update(replaceAt(current.rows, index, { ...row, expression }), true)}
          />
        </div>
      )}
    />
  );
}
