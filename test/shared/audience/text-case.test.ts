import { describe, expect, it } from 'vitest';
import { cleanText, foldCase } from '../../../shared/audience/index';

describe('foldCase', () => {
  it('lowercases ASCII letters only, like SQLite’s lower()', () => {
    expect(foldCase('Berlin MITTE')).toBe('berlin mitte');
    expect(foldCase('MÜNCHEN')).toBe('mÜnchen');
    expect(foldCase('ÉLODIE')).toBe('Élodie');
    expect(foldCase('İSTANBUL')).toBe('İstanbul');
    expect(foldCase('STRASSE Straße')).toBe('strasse straße');
    expect(foldCase('ΣΟΦΊΑ')).toBe('ΣΟΦΊΑ');
  });

  it('never changes the length, unlike full Unicode lowercasing of İ', () => {
    expect(foldCase('İ').length).toBe(1);
    expect('İ'.toLowerCase().length).toBe(2);
  });

  it('returns text without capitals as it is', () => {
    const text = 'already folded ü';
    expect(foldCase(text)).toBe(text);
  });
});

describe('cleanText', () => {
  it('trims and composes accents', () => {
    expect(cleanText('  Mu\u0308nchen\t')).toBe('München');
    expect(cleanText('\u00a0x\u00a0')).toBe('x');
  });
});
