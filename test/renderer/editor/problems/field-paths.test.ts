import { describe, expect, it } from 'vitest';
import { closestPathIndex, joinPathMarks } from '../../../../renderer/src/editor/problems/field-paths';
import { parseJsonPath } from '../../../../renderer/src/editor/problems/json-path';

const paths = (...texts: string[]) => texts.map((text) => parseJsonPath(text));
const target = (text: string) => parseJsonPath(text)!;

describe('marked inspector fields', () => {
  it('join their relative marks into the path of the value they edit', () => {
    expect(joinPathMarks(['config', 'branches', '[1]', 'percent'])).toBe('config.branches[1].percent');
    expect(joinPathMarks(['config', 'variables', '["order.id"]'])).toBe('config.variables["order.id"]');
    expect(joinPathMarks(['config', 'audience.filter', 'groups', '[0]', 'rules'])).toBe(
      'config.audience.filter.groups[0].rules',
    );
    expect(joinPathMarks(['', 'label'])).toBe('label');
  });

  // As an inspector marks them, in document order: the name, the config, a list and its rows.
  const marked = paths(
    'label',
    'config',
    'config.channel',
    'config.templateId',
    'config.branches',
    'config.branches[0]',
    'config.branches[0].label',
    'config.branches[1]',
    'config.branches[1].percent',
  );

  it('the field itself when it is marked', () => {
    expect(closestPathIndex(marked, target('config.templateId'))).toBe(3);
    expect(closestPathIndex(marked, target('config.branches[1].percent'))).toBe(8);
  });

  it('the closest marked container when the field is not (a row, then the form)', () => {
    expect(closestPathIndex(marked, target('config.branches[0].percent'))).toBe(5);
    expect(closestPathIndex(marked, target('config.timeout'))).toBe(1);
  });

  it('the first marked field inside, when the path names something larger than any control', () => {
    const unmarkedList = paths('config', 'config.fallbacks[0].channel', 'config.fallbacks[0].templateId');
    expect(closestPathIndex(unmarkedList, target('config.fallbacks'))).toBe(1);
  });

  it('nothing when no mark relates to the path', () => {
    expect(closestPathIndex(marked, target('outputs.timeout'))).toBe(-1);
    expect(closestPathIndex([null, ...marked], target('label'))).toBe(1);
  });
});
