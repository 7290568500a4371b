import { describe, expect, it } from 'vitest';
import {
  duplicateVariableRows,
  reconcileVariableRows,
  rowsFromVariables,
  variableRowsState,
  variablesFromRows,
} from '../../../../renderer/src/editor/inspector/variable-rows';

describe('variable rows', () => {
  it('converts between a record and rows, keeping order', () => {
    const variables = { name: 'customer.firstName', 'order.id': 'order.id' };
    const rows = rowsFromVariables(variables);
    expect(rows).toEqual([
      { key: 'name', expression: 'customer.firstName' },
      { key: 'order.id', expression: 'order.id' },
    ]);
    expect(variablesFromRows(rows)).toEqual(variables);
  });

  it('flags every row repeating an earlier row’s name', () => {
    const rows = [
      { key: 'a', expression: '1' },
      { key: 'b', expression: '2' },
      { key: 'a', expression: '3' },
      { key: '', expression: '' },
      { key: '', expression: '' },
    ];
    expect([...duplicateVariableRows(rows)]).toEqual([2, 4]);
  });

  it('keeps the rows when the mapping that arrives is the one they describe', () => {
    const state = {
      basis: { a: '1' },
      rows: [
        { key: 'a', expression: '1' },
        { key: 'b', expression: '' },
      ],
    };
    const echoed = { a: '1', b: '' };
    const next = reconcileVariableRows(state, echoed);
    expect(next.rows).toBe(state.rows);
    expect(next.basis).toBe(echoed);
  });

  it('keeps rows with a repeated name while the mapping has not changed', () => {
    const basis = { a: '1' };
    const state = {
      basis,
      rows: [
        { key: 'a', expression: '1' },
        { key: 'a', expression: '2' },
      ],
    };
    expect(reconcileVariableRows(state, basis)).toBe(state);
  });

  it('starts again from the mapping when it changed from outside', () => {
    const state = {
      basis: { a: '1' },
      rows: [
        { key: 'a', expression: '1' },
        { key: 'a', expression: '2' },
      ],
    };
    const undone = { z: '9' };
    expect(reconcileVariableRows(state, undone)).toEqual(variableRowsState(undone));
  });
});
