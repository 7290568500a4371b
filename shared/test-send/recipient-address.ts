import { parseEmail } from '../audience/parse/email';
import { parseTelegramChatId } from '../audience/parse/identity';
import { parsePhone } from '../audience/parse/phone';
import { parsed, quote, rejected, type Parsed } from '../audience/parse/result';
import type { Channel } from '../model/index';

/** What a person types as a test send's recipient, per channel (the field's placeholder). */
export const RECIPIENT_HINTS: Readonly<Record<Channel, string>> = {
  email: 'Email address, e.g. ann@example.com',
  sms: 'Phone number with country code, e.g. +4915112345678',
  whatsapp: 'Phone number with country code, e.g. +4915112345678',
  telegram: 'Telegram chat id, e.g. 123456789',
  push: 'Push subscription JSON or device token',
  inapp: 'Customer ID',
  wallet: 'Customer ID',
  marketing: 'Customer ID',
};

/**
 * A Web Push subscription as the browser's PushSubscription.toJSON() gives it: an https endpoint
 * and the p256dh and auth keys. Anything else not starting with "{" is taken as a device token.
 */
function parsePushAddress(text: string): Parsed<string> {
  if (!text.startsWith('{')) {
    return /\s/.test(text) ? rejected(`${quote(text)} is not a device token (it contains a space)`) : parsed(text);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return rejected(`${quote(text)} starts with { but is not JSON`);
  }
  const subscription = json as { endpoint?: unknown; keys?: { p256dh?: unknown; auth?: unknown } | null };
  if (typeof subscription.endpoint !== 'string' || !/^https?:\/\//.test(subscription.endpoint))
    return rejected('The push subscription has no http(s) "endpoint"');
  if (typeof subscription.keys?.p256dh !== 'string' || typeof subscription.keys.auth !== 'string')
    return rejected('The push subscription lacks "keys.p256dh" or "keys.auth"');
  return parsed(JSON.stringify(json));
}

/**
 * Checks a recipient typed for a test send on `channel` and gives it in the form providers take
 * (an E.164 phone number, a trimmed email address…), or a reason naming what is wrong.
 */
export function parseRecipientAddress(channel: Channel, raw: string): Parsed<string> {
  const text = raw.trim();
  if (text === '') return rejected(`Enter the recipient: ${RECIPIENT_HINTS[channel].toLowerCase()}`);
  switch (channel) {
    case 'email':
      return parseEmail(text);
    case 'sms':
    case 'whatsapp':
      return parsePhone(text);
    case 'telegram':
      return parseTelegramChatId(text);
    case 'push':
      return parsePushAddress(text);
    case 'inapp':
    case 'wallet':
    case 'marketing':
      return text.length > 200 ? rejected('A customer ID has at most 200 characters') : parsed(text);
  }
}
