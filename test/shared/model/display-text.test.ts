import { describe, expect, it } from 'vitest';
import { normaliseDisplayText } from '../../../shared/model/index';

describe('normaliseDisplayText: the one rule for names and labels', () => {
  it('turns lone surrogates into U+FFFD, as UTF-8 storage would, and keeps proper pairs', () => {
    expect(normaliseDisplayText('a\ud800b')).toBe('a\ufffdb');
    expect(normaliseDisplayText('\udc00 end')).toBe('\ufffd end');
    expect(normaliseDisplayText('tail \udbff')).toBe('tail \ufffd');
    expect(normaliseDisplayText('rocket \ud83d\ude80')).toBe('rocket \ud83d\ude80');
  });

  it('drops control characters, reads tabs and line breaks as one space, and trims', () => {
    expect(normaliseDisplayText('  Order\r\n\tshipped\u0007\u009b ')).toBe('Order shipped');
  });

  it('leaves nothing of a text without a visible character', () => {
    for (const text of ['\u200b', '\u200d\ufeff\u2060', '\u0000\u001b', ' \u3000 ', '\u00ad']) {
      expect(normaliseDisplayText(text), JSON.stringify(text)).toBe('');
    }
    expect(normaliseDisplayText('\u200bHi')).toBe('\u200bHi');
    expect(normaliseDisplayText('👋')).toBe('👋');
  });
});
