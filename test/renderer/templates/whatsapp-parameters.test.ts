import { describe, expect, it } from 'vitest';
import { parameterNumbers, syncParameters } from '../../../renderer/src/templates/forms/whatsapp-parameters';
import { fillWhatsAppParameters } from '../../../renderer/src/templates/previews/whatsapp-fill';

describe('WhatsApp parameters', () => {
  it('derives the numbered parameters from the body, not Liquid variables', () => {
    expect(parameterNumbers('Hi {{2}}, order {{ 1 }} ships {{2}}. {{ customer.first_name }}')).toEqual(['1', '2']);
    expect(parameterNumbers('No parameters')).toEqual([]);
  });

  it('keeps mappings still used, adds new ones empty and drops the rest', () => {
    expect(syncParameters({ '1': '{{ customer.first_name }}', '3': 'old' }, 'Hi {{1}}, your {{2}}')).toEqual({
      '1': '{{ customer.first_name }}',
      '2': '',
    });
  });

  it('fills the parameters for the preview and leaves unfilled ones visible', () => {
    expect(fillWhatsAppParameters('Hi {{1}}, order {{2}}', { '1': 'Ada', '2': '' })).toBe('Hi Ada, order {{2}}');
  });
});
