import { describe, expect, it } from 'vitest';
import { formatCommaList, parseCommaList } from '../../../../renderer/src/editor/inspector/comma-list';
import { commaListCodec } from '../../../../renderer/src/editor/inspector/fields/comma-list-text';
import { editableText } from '../../../../renderer/src/editor/inspector/fields/editable-text';
import { numberCodec } from '../../../../renderer/src/editor/inspector/fields/number-text';

describe('parseCommaList', () => {
  it.each([
    { text: '', expected: [] },
    { text: '   ', expected: [] },
    { text: 'en', expected: ['en'] },
    { text: 'en, pt-BR', expected: ['en', 'pt-BR'] },
    { text: 'en,pt-BR,fr', expected: ['en', 'pt-BR', 'fr'] },
    { text: ' en ,, fr , ', expected: ['en', 'fr'] },
    { text: ',,,', expected: [] },
    { text: 'cash on delivery, prepaid', expected: ['cash on delivery', 'prepaid'] },
    { text: 'en, en', expected: ['en', 'en'] },
  ])('"$text" → $expected', ({ text, expected }) => {
    expect(parseCommaList(text)).toEqual(expected);
  });

  it('round-trips through formatCommaList', () => {
    expect(formatCommaList(['en', 'pt-BR'])).toBe('en, pt-BR');
    expect(parseCommaList(formatCommaList(['a b', 'c']))).toEqual(['a b', 'c']);
    expect(formatCommaList([])).toBe('');
  });
});

describe('editableText', () => {
  it('keeps half-typed list text while it still means the same list', () => {
    expect(editableText('en, ', ['en'], commaListCodec)).toBe('en, ');
    expect(editableText('en,,fr', ['en', 'fr'], commaListCodec)).toBe('en,,fr');
  });

  it('rewrites the text when the list changed from elsewhere', () => {
    expect(editableText('en, ', ['de'], commaListCodec)).toBe('de');
    expect(editableText('en', [], commaListCodec)).toBe('');
  });

  it('does the same for numbers, with empty text meaning NaN', () => {
    expect(editableText('1.', 1, numberCodec)).toBe('1.');
    expect(editableText('', Number.NaN, numberCodec)).toBe('');
    expect(editableText('', 5, numberCodec)).toBe('5');
    expect(editableText('7', 8, numberCodec)).toBe('8');
    expect(editableText('3', Number.NaN, numberCodec)).toBe('');
  });
});
