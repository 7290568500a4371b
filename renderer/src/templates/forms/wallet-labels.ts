import type { WalletContent } from '../../../../shared/templates/index';

export const PASS_TYPE_LABELS: Record<WalletContent['passType'], string> = {
  generic: 'Generic',
  coupon: 'Coupon',
  eventTicket: 'Event ticket',
  boardingPass: 'Boarding pass',
  storeCard: 'Store card',
};
