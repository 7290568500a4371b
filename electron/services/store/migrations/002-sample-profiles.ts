/**
 * The profiles a fresh or upgraded database starts with, so previews show realistic text before
 * anyone has defined their own. Frozen with migration 002: later changes belong in a new step.
 */
export const SEEDED_PROFILES = [
  {
    id: 'sample-customer',
    name: 'Sample customer',
    isDefault: true,
    data: {
      customer: {
        customerId: 'C-104293',
        first_name: 'Maya',
        last_name: 'Fernandes',
        email: 'maya.fernandes@example.com',
        phone: '+919820012345',
        language: 'en',
        city: 'Pune',
        loyalty_tier: 'Gold',
      },
      order: {
        id: 'ORD-58213',
        awb: '77894410223',
        courier: 'BlueDart',
        total: 2499,
        currency: 'INR',
        items: [
          { sku: 'TSH-BLK-M', name: 'Cotton T-shirt, black, M', quantity: 2, price: 799 },
          { sku: 'CAP-NVY', name: 'Baseball cap, navy', quantity: 1, price: 901 },
        ],
        tracking_url: 'https://track.example.com/awb/77894410223',
      },
      event: {
        name: 'order_shipped',
        properties: {
          shipped_at: '2026-11-20T10:15:00+05:30',
          warehouse: 'Bhiwandi DC',
          expected_delivery: '2026-11-23',
        },
      },
    },
  },
  {
    id: 'sample-seller',
    name: 'Seller',
    isDefault: false,
    data: {
      customer: {
        customerId: 'S-2041',
        first_name: 'Arjun',
        last_name: 'Mehta',
        email: 'dispatch@mehta-handlooms.example',
        phone: '+919811122233',
        language: 'en',
        city: 'Jaipur',
        loyalty_tier: 'Seller',
      },
      order: {
        id: 'RET-99120',
        awb: '55120983311',
        courier: 'Delhivery',
        total: 1850,
        currency: 'INR',
        items: [{ sku: 'SAR-IND-01', name: 'Handloom saree, indigo', quantity: 1, price: 1850 }],
        tracking_url: 'https://track.example.com/awb/55120983311',
      },
      event: {
        name: 'return_picked_up',
        properties: { picked_up_at: '2026-11-19T16:40:00+05:30', reason: 'Size exchange' },
      },
    },
  },
] as const;
