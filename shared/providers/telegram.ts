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

export const TELEGRAM_BASE_URL = 'https://api.telegram.org';

export const TelegramConfigSchema = z
  .object({
    baseUrl: baseUrlSchema(TELEGRAM_BASE_URL),
    botToken: z
      .string()
      .trim()
      .regex(/^[0-9]+:[A-Za-z0-9_-]+$/, 'Enter the bot token BotFather gave, such as 123456:ABC-DEF…'),
    disableNotification: z.boolean().default(false),
    timeoutSeconds: timeoutSecondsSchema(),
    ratePerSecond: ratePerSecondSchema(30),
  })
  .strict();
export type TelegramConfig = z.infer<typeof TelegramConfigSchema>;

export const TELEGRAM_DESCRIPTION: ProviderDescription<TelegramConfig> = {
  kind: 'telegram',
  label: 'Telegram bot',
  channels: ['telegram'],
  schema: TelegramConfigSchema as z.ZodType<TelegramConfig>,
  fields: [
    { key: 'botToken', label: 'Bot token', input: 'secret', placeholder: '123456:ABC-DEF…' },
    {
      key: 'disableNotification',
      label: 'Send silently',
      input: 'checkbox',
      help: 'Recipients get the message without a sound.',
    },
    rateField('Telegram allows about 30 messages per second per bot.'),
    TIMEOUT_FIELD,
    baseUrlField(TELEGRAM_BASE_URL),
  ],
  defaults: { baseUrl: TELEGRAM_BASE_URL, timeoutSeconds: 15, ratePerSecond: 30, disableNotification: false },
  help:
    "Sends with the Bot API's sendMessage to the contact's Telegram chat id, in the template's parse mode, " +
    'with its buttons as an inline keyboard. When Telegram asks to wait (retry_after), the message is retried ' +
    'after that time. Test connection calls getMe.',
};
