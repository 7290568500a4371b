import { describe, expect, it } from 'vitest';
import { firstLines, previewSummary } from '../../../renderer/src/templates/previews/preview-summary';
import type { RenderResult } from '../../../shared/templates/index';

const rendered = (
  channel: RenderResult['channel'],
  output: Record<string, unknown>,
  extra: Partial<RenderResult> = {},
): RenderResult => ({
  channel,
  ok: true,
  output,
  diagnostics: [],
  variables: { used: [], undefined: [], notCustomerFields: [] },
  cached: false,
  renderMs: 1,
  ...extra,
});

describe('compact preview summary', () => {
  it('keeps the first lines and marks what was cut', () => {
    expect(firstLines('a\n\n\nb\nc\nd\ne')).toBe('a\n\nb\nc…');
    expect(firstLines('short')).toBe('short');
    expect(firstLines('x'.repeat(300))).toHaveLength(280);
  });

  it('shows an email by its subject and the start of its text part', () => {
    expect(
      previewSummary(
        'email',
        rendered('email', { subject: 'Shipped', text: 'Hi Ada\nYour order shipped.', preheader: 'Track it' }),
      ),
    ).toEqual({
      heading: 'Shipped',
      text: 'Hi Ada\nYour order shipped.',
      note: 'Track it',
    });
  });

  it('shows an SMS with its counter', () => {
    const sms = {
      encoding: 'UCS-2',
      units: 2,
      characters: 1,
      segments: 1,
      remainingInSegment: 68,
      perSegment: 70,
      firstUcs2Character: '😀',
    } as const;
    expect(previewSummary('sms', rendered('sms', { body: '😀', senderId: 'SHOP' }, { sms })).note).toBe(
      '1 character · UCS-2 · 1 segment (68 left) · UCS-2 because of “😀”',
    );
  });

  it('shows Telegram HTML as plain text', () => {
    expect(previewSummary('telegram', rendered('telegram', { text: '<b>Hi</b> there' })).text).toBe('Hi there');
  });
});
