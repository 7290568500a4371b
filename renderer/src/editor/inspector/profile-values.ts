import type { ProfileUpdate } from '../../../../shared/model/index';

type ProfileValue = ProfileUpdate['value'];

export const PROFILE_VALUE_TYPES = ['text', 'number', 'boolean', 'empty'] as const;
export type ProfileValueType = (typeof PROFILE_VALUE_TYPES)[number];

export const PROFILE_VALUE_TYPE_LABELS: Readonly<Record<ProfileValueType, string>> = {
  text: 'Text',
  number: 'Number',
  boolean: 'True / false',
  empty: 'Empty (clear the field)',
};

export function profileValueType(value: ProfileValue): ProfileValueType {
  if (value === null) return 'empty';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'text';
}

/**
 * Converts a value when its type is switched, keeping what can be kept ("42" → 42, "true" → true).
 * Text that is not a number becomes NaN so the form asks for one instead of writing a made-up 0.
 */
export function convertProfileValue(value: ProfileValue, type: ProfileValueType): ProfileValue {
  switch (type) {
    case 'empty':
      return null;
    case 'text':
      return value === null ? '' : String(value);
    case 'number':
      if (typeof value === 'number') return value;
      if (typeof value === 'string' && value.trim() !== '') return Number(value.trim());
      if (typeof value === 'boolean') return value ? 1 : 0;
      return Number.NaN;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'number') return value !== 0;
      return typeof value === 'string' && value.trim().toLowerCase() === 'true';
  }
}
