/** What every order event of the built-in packages carries, as example values. */
export const SAMPLE_ORDER = {
  orderId: 'ORD-10482',
  customerName: 'Asha Rao',
  sellerName: 'Lumen Home Store',
  orderType: 'prepaid',
  language: 'en',
} as const;

/** What a shipment adds once a courier has it. */
export const SAMPLE_SHIPMENT = {
  ...SAMPLE_ORDER,
  awb: 'AWB7783190021',
  courier: 'BlueDart',
  courierAccount: 'bluedart-main',
  expectedDeliveryDate: '2026-06-14',
  trackingUrl: 'https://track.example.com/AWB7783190021',
} as const;
