import type { EventPackage } from '../package-schema';
import { SAMPLE_ORDER, SAMPLE_SHIPMENT } from './sample-order';

const SAMPLE_RETURN = { ...SAMPLE_ORDER, returnId: 'RET-2291', returnReason: 'Size too small' } as const;

export const returnsPackage: EventPackage = {
  id: 'returns',
  label: 'Returns',
  description: 'A return from the request to the refund.',
  persona: 'customer',
  events: [
    {
      key: 'return.requested',
      label: 'Return requested',
      description: 'The customer asked to return the order.',
      lifecycleOrder: 10,
      samplePayload: { ...SAMPLE_RETURN },
    },
    {
      key: 'return.pickup_scheduled',
      label: 'Pickup scheduled',
      description: 'A courier will collect the return.',
      lifecycleOrder: 20,
      samplePayload: { ...SAMPLE_RETURN, pickupDate: '2026-06-18', courier: SAMPLE_SHIPMENT.courier },
    },
    {
      key: 'return.picked_up',
      label: 'Return picked up',
      description: 'The courier collected the return.',
      lifecycleOrder: 30,
      samplePayload: { ...SAMPLE_RETURN, awb: 'AWB5512098812', courier: SAMPLE_SHIPMENT.courier },
    },
    {
      key: 'return.delivered_to_warehouse',
      label: 'Delivered to warehouse',
      description: 'The return reached the warehouse for inspection.',
      lifecycleOrder: 40,
      samplePayload: { ...SAMPLE_RETURN },
    },
    {
      key: 'return.refund_initiated',
      label: 'Refund initiated',
      description: 'The refund is on its way.',
      lifecycleOrder: 50,
      samplePayload: { ...SAMPLE_RETURN, refundAmount: 1499, refundMethod: 'original payment' },
    },
    {
      key: 'return.refund_completed',
      label: 'Refund completed',
      description: 'The money is back with the customer.',
      lifecycleOrder: 60,
      samplePayload: { ...SAMPLE_RETURN, refundAmount: 1499, refundReference: 'RF-88120' },
    },
  ],
};
