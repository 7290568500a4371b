import { describe, expect, it } from 'vitest';
import { cleanName, nameForImport, nameFromFileName, utf8ByteLength } from '../../../shared/exchange/index';

describe('nameForImport', () => {
  it('keeps a free name and counts on when it is taken, ignoring case', () => {
    expect(nameForImport('Welcome', ['Other'])).toBe('Welcome');
    expect(nameForImport('Welcome', ['welcome'])).toBe('Welcome (imported)');
    expect(nameForImport('Welcome', ['Welcome', 'Welcome (imported)'])).toBe('Welcome (imported 2)');
    expect(nameForImport('Welcome (imported)', ['Welcome', 'Welcome (imported)'])).toBe('Welcome (imported 2)');
  });

  it('keeps names within the length limit, suffix included', () => {
    const long = 'x'.repeat(250);
    expect(nameForImport(long, [])).toHaveLength(200);
    const taken = nameForImport(long, ['x'.repeat(200)]);
    expect(taken).toHaveLength(200);
    expect(taken.endsWith(' (imported)')).toBe(true);
  });
});

describe('cleanName', () => {
  it('removes control characters, turns tabs and line breaks into spaces, keeps markup as text', () => {
    expect(cleanName('  Wel\u0000come\u001b[31m\tseries\r\n\u007f ')).toBe('Welcome[31m series');
    expect(cleanName('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(cleanName('Ünïcode 😀')).toBe('Ünïcode 😀');
  });
});

describe('nameFromFileName', () => {
  it('takes the base name without the journey extension', () => {
    expect(nameFromFileName('welcome-series.journey.json')).toBe('welcome-series');
    expect(nameFromFileName('C:\\Users\\me\\Plan.JSON')).toBe('Plan');
  });
});

describe('utf8ByteLength', () => {
  it('counts bytes as UTF-8 encodes them', () => {
    for (const text of ['', 'abc', 'é', '€', '😀', 'a\u0000b', 'mixed é € 😀 text'])
      expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
    expect(utf8ByteLength('\ud800')).toBe(3);
  });
});
