import { describe, expect, it } from 'vitest';
import { convertProfileValue, profileValueType } from '../../../../renderer/src/editor/inspector/profile-values';

describe('profile value types', () => {
  it('reads the type from the stored value', () => {
    expect(profileValueType('gold')).toBe('text');
    expect(profileValueType(3)).toBe('number');
    expect(profileValueType(false)).toBe('boolean');
    expect(profileValueType(null)).toBe('empty');
  });

  it('keeps what can be kept when the type is switched', () => {
    expect(convertProfileValue('42', 'number')).toBe(42);
    expect(convertProfileValue(42, 'text')).toBe('42');
    expect(convertProfileValue(' TRUE ', 'boolean')).toBe(true);
    expect(convertProfileValue('no', 'boolean')).toBe(false);
    expect(convertProfileValue(0, 'boolean')).toBe(false);
    expect(convertProfileValue(true, 'number')).toBe(1);
    expect(convertProfileValue(null, 'text')).toBe('');
    expect(convertProfileValue('gold', 'empty')).toBeNull();
  });

  it('asks for a number rather than inventing one', () => {
    expect(convertProfileValue('gold', 'number')).toBeNaN();
    expect(convertProfileValue(null, 'number')).toBeNaN();
  });
});
