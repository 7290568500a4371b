import { z } from 'zod';

/**
 * Where providers post delivery reports (Twilio's StatusCallback): the public https address of a
 * tunnel to this installation's API, e.g. `https://reports.example.com`. Null (the default): no
 * callback is requested, and a message counts as sent when its provider accepts it.
 */
export const DELIVERY_REPORT_URL_SETTING = 'channels.deliveryReportUrl';

export const DeliveryReportUrlSchema = z
  .string()
  .trim()
  .url('Enter the full address, such as https://reports.example.com')
  .refine((url) => /^https?:\/\//i.test(url), 'The address starts with https:// (or http:// for a local test)')
  .refine((url) => !/[?#]/.test(url), 'The address has no query or fragment: the app adds its own path')
  .nullable();
