import { describe, expect, it } from 'vitest';
import { eventFromForm } from '../../../renderer/src/settings/event-form';

describe('the test event form', () => {
  it('makes the event the API would receive; empty properties are an empty object', () => {
    expect(
      eventFromForm({ customerId: ' c-1 ', name: 'order.shipped', propertiesText: '{"orderId": "A-17"}' }),
    ).toEqual({
      event: { customerId: ' c-1 ', name: 'order.shipped', properties: { orderId: 'A-17' } },
    });
    expect(eventFromForm({ customerId: 'c-1', name: 'x', propertiesText: '  ' })).toEqual({
      event: { customerId: 'c-1', name: 'x', properties: {} },
    });
  });

  it('names a JSON syntax error with its line and column', () => {
    const result = eventFromForm({ customerId: 'c-1', name: 'x', propertiesText: '{\n  "a": 1,\n}' });
    expect(result).toEqual({ errors: { properties: expect.stringMatching(/^Not valid JSON.*line 3,? column 1/) } });
  });

  it('names each empty field and properties that are not an object', () => {
    expect(eventFromForm({ customerId: '', name: ' ', propertiesText: '[1, 2]' })).toEqual({
      errors: {
        customerId: 'A customer id is required',
        name: 'An event name is required',
        properties: 'Expected a JSON object, such as {"orderId": "A-17"}',
      },
    });
  });
});
