import { describe, expect, it } from 'vitest';
import { allFields } from '../../../shared/audience/customer-fields';
import { sampleCustomer } from '../../../shared/audience/sample-customer';

describe('sampleCustomer', () => {
  it('holds every defined field, built-in and custom, with a value of its type', () => {
    const fields = allFields([
      { key: 'favouriteStore', label: 'Favourite store', description: '', type: 'text' },
      { key: 'points', label: 'Points', description: '', type: 'number' },
      { key: 'tier', label: 'Tier', description: '', type: 'choice', options: ['Silver', 'Gold'] },
      { key: 'vip', label: 'VIP', description: '', type: 'boolean' },
      { key: 'birthday', label: 'Birthday', description: '', type: 'date' },
      { key: 'tags', label: 'Tags', description: '', type: 'textList' },
    ]);
    const customer = sampleCustomer(fields);
    expect(Object.keys(customer)).toEqual(fields.map((field) => field.key));
    expect(customer).toMatchObject({
      customerId: 'C00001',
      email: 'alex@example.com',
      favouriteStore: 'Example Favourite store',
      points: 42,
      tier: 'Silver',
      vip: true,
      birthday: '2026-01-15',
      tags: ['Example Tags'],
    });
    expect(customer).not.toHaveProperty('first_name');
  });
});
