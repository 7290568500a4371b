import { z } from 'zod';
import type { ProviderDescription } from './provider-description';
import {
  baseUrlField,
  baseUrlSchema,
  rateField,
  ratePerSecondSchema,
  TIMEOUT_FIELD,
  timeoutSecondsSchema,
} from './http-provider-settings';

export const TWILIO_BASE_URL = 'https://api.twilio.com';

const sid = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]+$/, `${label} holds letters and digits only`);

export const TwilioConfigSchema = z
  .object({
    baseUrl: baseUrlSchema(TWILIO_BASE_URL),
    accountSid: sid('The account SID').min(1, 'Enter the account SID'),
    authToken: z.string().min(1, 'Enter the auth token'),
    /** A number in E.164 (+14155550100) or an alphanumeric sender id; empty with a messaging service. */
    from: z
      .string()
      .trim()
      .regex(/^(\+[1-9][0-9]{6,14}|[A-Za-z0-9 ]{1,11})?$/, 'Enter a number such as +14155550100 or a sender id')
      .default(''),
    messagingServiceSid: sid('The messaging service SID').default(''),
    timeoutSeconds: timeoutSecondsSchema(),
    ratePerSecond: ratePerSecondSchema(10),
  })
  .strict()
  .superRefine((config, context) => {
    if (config.from === '' && config.messagingServiceSid === '')
      context.addIssue({
        code: 'custom',
        path: ['from'],
        message: 'Enter a from number or a messaging service SID',
      });
  });
export type TwilioConfig = z.infer<typeof TwilioConfigSchema>;

export const TWILIO_DESCRIPTION: ProviderDescription<TwilioConfig> = {
  kind: 'twilio',
  label: 'SMS over Twilio',
  channels: ['sms'],
  schema: TwilioConfigSchema as z.ZodType<TwilioConfig>,
  fields: [
    { key: 'accountSid', label: 'Account SID', input: 'text', placeholder: 'AC…' },
    { key: 'authToken', label: 'Auth token', input: 'secret' },
    { key: 'from', label: 'From number', input: 'text', placeholder: '+14155550100', optional: true },
    {
      key: 'messagingServiceSid',
      label: 'Messaging service SID',
      input: 'text',
      placeholder: 'MG…',
      optional: true,
      help: 'Used when there is no from number.',
    },
    rateField('Messages are paced to this rate instead of being refused by Twilio.'),
    TIMEOUT_FIELD,
    baseUrlField(TWILIO_BASE_URL),
  ],
  defaults: { baseUrl: TWILIO_BASE_URL, timeoutSeconds: 15, ratePerSecond: 10, from: '', messagingServiceSid: '' },
  help:
    'Sends through the Messages API of a Twilio-compatible service, with the text as the template counter ' +
    'counts it (GSM-7 or UCS-2; no character replacement). Each message asks for status callbacks at this ' +
    "app's API, signed by Twilio with the auth token: delivered and failed reports drive delivery windows.",
};
