import { compact, readObjects, readString, tooLong, tooMany, type LimitCheck } from './fields';

/**
 * What fits on a pass front in both Apple Wallet and Google Wallet; longer titles are cut, more
 * fields are not shown, and long barcode payloads make codes too dense to scan at the counter.
 */
export const WALLET_LIMITS = { title: 40, fields: 10, barcodeValue: 200 } as const;

export const checkWalletLimits: LimitCheck = (output) =>
  compact([
    tooLong('title', 'The title', readString(output, 'title'), WALLET_LIMITS.title),
    tooMany('fields', 'Fields', readObjects(output, 'fields').length, WALLET_LIMITS.fields),
    tooLong('barcodeValue', 'The barcode value', readString(output, 'barcodeValue'), WALLET_LIMITS.barcodeValue),
  ]);
