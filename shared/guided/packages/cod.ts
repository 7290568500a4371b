import type { EventPackage } from '../package-schema';
import { SAMPLE_ORDER } from './sample-order';

export const codPackage: EventPackage = {
  id: 'cod',
  label: 'Cash on delivery',
  description: 'Confirming cash-on-delivery orders before they ship.',
  persona: 'customer',
  events: [
    {
      key: 'cod.confirmation_requested',
      label: 'COD confirmation request',
      description: 'Ask the customer to confirm a cash-on-delivery order.',
      lifecycleOrder: 10,
      samplePayload: {
        ...SAMPLE_ORDER,
        orderType: 'cod',
        codAmount: 1499,
        confirmUrl: 'https://shop.example.com/confirm/ORD-10482',
      },
    },
    {
      key: 'cod.verified',
      label: 'COD verified',
      description: 'The customer confirmed the order; it goes ahead.',
      lifecycleOrder: 20,
      samplePayload: { ...SAMPLE_ORDER, orderType: 'cod', codAmount: 1499 },
    },
  ],
};
