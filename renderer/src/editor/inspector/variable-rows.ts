import { sameJsonValue } from './same-json-value';

/** One row of the variable mapping: template variable name → expression that fills it. */
export interface VariableRow {
  readonly key: string;
  readonly expression: string;
}

export function rowsFromVariables(variables: Readonly<Record<string, string>>): VariableRow[] {
  return Object.entries(variables).map(([key, expression]) => ({ key, expression }));
}

export function variablesFromRows(rows: readonly VariableRow[]): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const { key, expression } of rows) variables[key] = expression;
  return variables;
}

/**
 * Indexes of rows whose name an earlier row already uses. A record cannot hold both, so while any
 * exist the rows stay local to the editor and the journey keeps its last valid mapping.
 */
export function duplicateVariableRows(rows: readonly VariableRow[]): Set<number> {
  const seen = new Set<string>();
  const duplicates = new Set<number>();
  rows.forEach(({ key }, index) => {
    if (seen.has(key)) duplicates.add(index);
    seen.add(key);
  });
  return duplicates;
}

export interface VariableRowsState {
  /** The mapping the rows were last in step with. */
  readonly basis: Readonly<Record<string, string>>;
  readonly rows: readonly VariableRow[];
}

export function variableRowsState(variables: Readonly<Record<string, string>>): VariableRowsState {
  return { basis: variables, rows: rowsFromVariables(variables) };
}

/**
 * Keeps the rows being edited when the mapping that arrives is the one they describe (our own
 * edit coming back), and starts again from the mapping when it changed from outside.
 */
export function reconcileVariableRows(
  state: VariableRowsState,
  variables: Readonly<Record<string, string>>,
): VariableRowsState {
  if (variables === state.basis) return state;
  const rowsMeanThis =
    duplicateVariableRows(state.rows).size === 0 && sameJsonValue(variablesFromRows(state.rows), variables);
  return rowsMeanThis ? { basis: variables, rows: state.rows } : variableRowsState(variables);
}
