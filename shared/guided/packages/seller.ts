import type { EventPackage } from '../package-schema';
import { SAMPLE_ORDER, SAMPLE_SHIPMENT } from './sample-order';

export const sellerPackage: EventPackage = {
  id: 'seller',
  label: 'Seller alerts',
  description: 'What a seller needs to know to fulfil orders and get paid.',
  persona: 'seller',
  events: [
    {
      key: 'seller.new_order',
      label: 'New order to fulfil',
      description: 'An order came in for the seller to pack.',
      lifecycleOrder: 10,
      samplePayload: { ...SAMPLE_ORDER, orderTotal: 1499, fulfilBy: '2026-06-12' },
    },
    {
      key: 'seller.pickup_due',
      label: 'Pickup due',
      description: 'The courier is coming to collect the parcel.',
      lifecycleOrder: 20,
      samplePayload: { ...SAMPLE_SHIPMENT, pickupDate: '2026-06-12' },
    },
    {
      key: 'seller.pickup_missed',
      label: 'Pickup missed',
      description: 'The courier could not collect the parcel.',
      lifecycleOrder: 30,
      samplePayload: { ...SAMPLE_SHIPMENT, missedReason: 'Parcel not ready' },
    },
    {
      key: 'seller.settlement',
      label: 'Settlement',
      description: 'A payout for delivered orders was made.',
      lifecycleOrder: 40,
      samplePayload: { sellerName: SAMPLE_ORDER.sellerName, settlementAmount: 48250, settlementId: 'SET-0615' },
    },
  ],
};
