import { describe, expect, it } from 'vitest';
import { smsCounterLine, ucs2Reason } from '../../../renderer/src/templates/forms/sms-counter-text';
import type { SmsCount } from '../../../shared/templates/index';

const gsm: SmsCount = {
  encoding: 'GSM-7',
  units: 42,
  characters: 42,
  segments: 1,
  remainingInSegment: 118,
  perSegment: 160,
  firstUcs2Character: null,
};

describe('SMS counter text', () => {
  it('says characters, encoding and segments with what is left', () => {
    expect(smsCounterLine(gsm)).toBe('42 characters · GSM-7 · 1 segment (118 left)');
    expect(smsCounterLine({ ...gsm, characters: 1, segments: 2, remainingInSegment: 0 })).toBe(
      '1 character · GSM-7 · 2 segments (0 left)',
    );
  });

  it('names the character that forced UCS-2', () => {
    expect(ucs2Reason(gsm)).toBeNull();
    expect(ucs2Reason({ ...gsm, encoding: 'UCS-2', firstUcs2Character: '😀' })).toBe('UCS-2 because of “😀”');
  });
});
