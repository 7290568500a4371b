import type { EventPackage } from '../package-schema';
import { SAMPLE_ORDER, SAMPLE_SHIPMENT } from './sample-order';

export const forwardShipmentPackage: EventPackage = {
  id: 'forward-shipment',
  label: 'Forward shipment',
  description: 'From the order being placed to its delivery, with delays, failed deliveries and returns to origin.',
  persona: 'customer',
  events: [
    {
      key: 'order.placed',
      label: 'Order placed',
      description: 'The customer placed the order.',
      lifecycleOrder: 10,
      samplePayload: { ...SAMPLE_ORDER, orderTotal: 1499 },
    },
    {
      key: 'order.confirmed',
      label: 'Order confirmed',
      description: 'The seller accepted the order.',
      lifecycleOrder: 20,
      samplePayload: { ...SAMPLE_ORDER, orderTotal: 1499 },
    },
    {
      key: 'order.packed',
      label: 'Order packed',
      description: 'The order is packed and waiting for the courier.',
      lifecycleOrder: 30,
      samplePayload: { ...SAMPLE_ORDER },
    },
    {
      key: 'order.shipped',
      label: 'Shipped / picked up',
      description: 'The courier picked up the parcel: the customer can track it.',
      lifecycleOrder: 40,
      samplePayload: { ...SAMPLE_SHIPMENT },
    },
    {
      key: 'order.in_transit',
      label: 'In transit',
      description: 'The parcel is moving between courier hubs.',
      lifecycleOrder: 50,
      samplePayload: { ...SAMPLE_SHIPMENT, currentLocation: 'Pune hub' },
    },
    {
      key: 'order.out_for_delivery',
      label: 'Out for delivery',
      description: 'The parcel is with the delivery agent today.',
      lifecycleOrder: 60,
      samplePayload: { ...SAMPLE_SHIPMENT, codAmount: 0 },
    },
    {
      key: 'order.delivered',
      label: 'Delivered',
      description: 'The parcel reached the customer.',
      lifecycleOrder: 70,
      samplePayload: { ...SAMPLE_SHIPMENT, deliveredAt: '2026-06-14T11:20:00Z' },
    },
    {
      key: 'order.delivery_failed',
      label: 'Delivery failed (NDR)',
      description: 'A delivery attempt failed: a non-delivery report with its reason.',
      lifecycleOrder: 80,
      samplePayload: { ...SAMPLE_SHIPMENT, ndrReason: 'Customer not available', attempt: 1 },
    },
    {
      key: 'order.delayed',
      label: 'Delayed',
      description: 'The expected delivery date moved.',
      lifecycleOrder: 90,
      samplePayload: { ...SAMPLE_SHIPMENT, newExpectedDeliveryDate: '2026-06-16' },
    },
    {
      key: 'order.rto_initiated',
      label: 'RTO initiated',
      description: 'Delivery was given up: the parcel is returning to origin.',
      lifecycleOrder: 100,
      samplePayload: { ...SAMPLE_SHIPMENT, rtoReason: 'Address not found' },
    },
    {
      key: 'order.rto_delivered',
      label: 'RTO delivered',
      description: 'The returned parcel reached the seller.',
      lifecycleOrder: 110,
      samplePayload: { ...SAMPLE_SHIPMENT },
    },
  ],
};
