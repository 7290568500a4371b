import { describe, it, expect } from 'vitest';
import { checkChannelLimits } from '../../../../shared/templates/index';

const field = (n: number) => ({ label: `Label ${n}`, value: `Value ${n}` });
const check = (output: Record<string, unknown>) =>
  checkChannelLimits('wallet', {
    passType: 'coupon',
    title: 'Spring coupon',
    fields: [],
    barcodeValue: 'CODE123',
    ...output,
  });

describe('wallet limits', () => {
  it('accepts a pass at every limit', () => {
    expect(
      check({
        title: 't'.repeat(40),
        fields: Array.from({ length: 10 }, (_, i) => field(i)),
        barcodeValue: 'b'.repeat(200),
      }),
    ).toEqual([]);
  });

  it('refuses a title above 40 characters', () => {
    expect(check({ title: 't'.repeat(41) })).toEqual([
      { severity: 'error', source: 'limit', field: 'title', message: 'The title is 41 characters; the limit is 40.' },
    ]);
  });

  it('refuses an 11th field', () => {
    expect(check({ fields: Array.from({ length: 11 }, (_, i) => field(i)) })).toEqual([
      { severity: 'error', source: 'limit', field: 'fields', message: 'Fields: 11; the limit is 10.' },
    ]);
  });

  it('refuses a barcode value above 200 characters', () => {
    expect(check({ barcodeValue: 'b'.repeat(201) })).toEqual([
      {
        severity: 'error',
        source: 'limit',
        field: 'barcodeValue',
        message: 'The barcode value is 201 characters; the limit is 200.',
      },
    ]);
  });
});
