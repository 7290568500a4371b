import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { nodeKinds, JourneySettingsSchema, defaultJourneySettings } from '../../../../shared/model/index';
import {
  errorAt,
  errorWithin,
  fieldErrorsFromIssues,
  joinPath,
  pathOf,
  scopeErrors,
} from '../../../../renderer/src/editor/inspector/field-errors';

function errorsOf(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected the value to be invalid');
  return fieldErrorsFromIssues(result.error.issues);
}

describe('fieldErrorsFromIssues', () => {
  it('keys messages by the path formatZodIssues writes, relative to the config', () => {
    const errors = errorsOf(nodeKinds.randomSplit.config, {
      branches: [
        { id: 'a', label: 'A', percent: 50 },
        { id: 'b', label: 'B', percent: 120 },
      ],
    });
    expect(errors).toEqual({ 'branches[1].percent': 'Must be at most 100' });
  });

  it('rewords zod’s generic number messages and keeps the model’s own wording', () => {
    const settings = defaultJourneySettings();
    const errors = errorsOf(JourneySettingsSchema, {
      ...settings,
      languages: ['en', 'english!'],
      frequencyCap: { enabled: true, maxMessages: Number.NaN, periodHours: 0 },
      reEntry: { mode: 'after-period', periodHours: 1.5 },
    });
    expect(errors['languages[1]']).toBe('Expected a language code such as "en" or "pt-BR"');
    expect(errors['frequencyCap.maxMessages']).toBe('Enter a number');
    expect(errors['frequencyCap.periodHours']).toBe('Must be more than 0');
    expect(errors['reEntry.periodHours']).toBe('Enter a whole number');
  });

  it('reports a negative duration and an empty variable name in words', () => {
    expect(errorsOf(nodeKinds.delay.config, { mode: 'duration', duration: { amount: -1, unit: 'days' } })).toEqual({
      'duration.amount': 'Must be at least 0',
    });
    const message = errorsOf(nodeKinds.message.config, {
      channel: 'sms',
      templateId: null,
      variables: { '': 'x', 'order.id': 'o' },
      fallbacks: [],
    });
    expect(message).toEqual({ 'variables[""]': 'A name is required' });
  });

  it('keeps only the first message for a path', () => {
    const errors = fieldErrorsFromIssues([
      { code: 'custom', path: ['a'], message: 'first', input: 1 },
      { code: 'custom', path: ['a'], message: 'second', input: 1 },
    ]);
    expect(errors).toEqual({ a: 'first' });
  });
});

describe('paths', () => {
  it('writes and joins paths the way the model formats issue paths', () => {
    expect(pathOf('branches', 2, 'percent')).toBe('branches[2].percent');
    expect(pathOf('order.id')).toBe('["order.id"]');
    expect(joinPath('groups', 0, 'rules')).toBe('groups[0].rules');
    expect(joinPath('', 1, 'channel')).toBe('[1].channel');
    expect(joinPath('audience', 'filter')).toBe('audience.filter');
    expect(joinPath('variables', 'a.b')).toBe('variables["a.b"]');
  });
});

describe('looking errors up', () => {
  const errors = {
    'languages[1]': 'bad code',
    'audience.filter.groups[0].rules[1].value': 'Enter a number',
    'audience.filter.groups[10].rules[0].field': 'far away',
    timeZone: 'bad zone',
  };

  it('finds an exact path only with errorAt', () => {
    expect(errorAt(errors, 'timeZone')).toBe('bad zone');
    expect(errorAt(errors, 'languages')).toBeUndefined();
  });

  it('finds anything below a path with errorWithin, but not a sibling sharing a prefix', () => {
    expect(errorWithin(errors, 'languages')).toBe('bad code');
    expect(errorWithin(errors, 'time')).toBeUndefined();
    expect(errorWithin(errors, 'audience.filter.groups[1]')).toBeUndefined();
  });

  it('re-keys errors relative to a prefix for a reusable editor', () => {
    const filter = scopeErrors(errors, 'audience.filter');
    expect(filter).toEqual({ 'groups[0].rules[1].value': 'Enter a number', 'groups[10].rules[0].field': 'far away' });
    const rules = scopeErrors(filter, 'groups[0].rules');
    expect(rules).toEqual({ '[1].value': 'Enter a number' });
    expect(scopeErrors(rules, '[1]')).toEqual({ value: 'Enter a number' });
    expect(scopeErrors(rules, '[0]')).toEqual({});
  });
});
