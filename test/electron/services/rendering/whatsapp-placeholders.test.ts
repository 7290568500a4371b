import { describe, expect, it } from 'vitest';
import {
  fillPlaceholders,
  protectPlaceholders,
  restorePlaceholders,
} from '../../../../electron/services/rendering/whatsapp-placeholders';

describe('WhatsApp placeholders', () => {
  it('hide {{n}} from Liquid without moving anything, and come back in canonical form', () => {
    const body = 'Hi {{1}}, order {{ 2 }} via {{ order.courier }}';
    const hidden = protectPlaceholders(body);
    expect(hidden).toHaveLength(body.length);
    expect(hidden).not.toMatch(/\{\{\s*\d/);
    expect(hidden).toContain('{{ order.courier }}');
    expect(restorePlaceholders(hidden)).toBe('Hi {{1}}, order {{2}} via {{ order.courier }}');
  });

  it('fill the preview from rendered values, leaving unknown numbers visible', () => {
    expect(fillPlaceholders('Hi {{1}}, {{2}} {{ 3 }}', { '1': 'Maya', '2': 'ORD-1' })).toBe('Hi Maya, ORD-1 {{ 3 }}');
  });
});
