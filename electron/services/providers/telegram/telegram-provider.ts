import type { TelegramConfig } from '../../../../shared/providers/telegram';
import { callProvider, isRejection, rejectionOf, type ProviderResponse, type Rejection } from '../http/provider-http';
import { createPacedProvider } from '../http/paced-provider';
import { asRecord, parseJson } from '../http/provider-json';
import type { ProviderDeps, ProviderImplementation } from '../provider-implementation';
import type { OutgoingMessage, SendResult } from '../provider';

export const TELEGRAM_PROVIDER = 'telegram';
const LABEL = 'Telegram';

// The token is part of the path: these URLs are never put in a message or a log.
function methodUrl(config: TelegramConfig, method: string): string {
  return `${config.baseUrl}/bot${config.botToken}/${method}`;
}

/** The sendMessage body: the rendered text in the template's parse mode, buttons as an inline keyboard. */
export function telegramSendMessage(config: TelegramConfig, message: OutgoingMessage): Record<string, unknown> {
  const output = message.rendered.output;
  const buttons = Array.isArray(output.buttons) ? (output.buttons as { text: string; url: string }[]) : [];
  return {
    chat_id: message.recipient,
    text: String(output.text ?? ''),
    parse_mode: String(output.parseMode ?? 'HTML'),
    ...(config.disableNotification ? { disable_notification: true } : {}),
    ...(buttons.length === 0
      ? {}
      : { reply_markup: { inline_keyboard: buttons.map((button) => [{ text: button.text, url: button.url }]) } }),
  };
}

/**
 * Telegram answers `{ ok: false, error_code, description, parameters: { retry_after } }`: its
 * description is kept, and retry_after (seconds) is when to try again.
 */
function telegramRejection(response: ProviderResponse, now: number): Rejection {
  const body = asRecord(parseJson(response.text));
  const description = typeof body.description === 'string' ? body.description : undefined;
  const rejection = rejectionOf(LABEL, response, description, now);
  const retryAfter = asRecord(body.parameters).retry_after;
  return typeof retryAfter === 'number' && retryAfter >= 0
    ? { ...rejection, kind: 'temporary', retryAfterMs: retryAfter * 1000 }
    : rejection;
}

async function sendMessage(config: TelegramConfig, deps: ProviderDeps, message: OutgoingMessage): Promise<SendResult> {
  const answer = await callProvider(deps.fetch, LABEL, {
    url: methodUrl(config, 'sendMessage'),
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(telegramSendMessage(config, message)),
    timeoutMs: config.timeoutSeconds * 1000,
  });
  if (isRejection(answer)) return answer;
  if (answer.status !== 200) return telegramRejection(answer, deps.clock.now());
  const body = asRecord(parseJson(answer.text));
  const result = asRecord(body.result);
  if (body.ok !== true || typeof result.message_id !== 'number')
    return { status: 'rejected', kind: 'temporary', reason: `${LABEL} answered without a message id` };
  // Once sendMessage succeeds the message is in the chat: Telegram has nothing more to report.
  return { status: 'accepted', providerMessageId: `${message.recipient}:${result.message_id}`, delivered: true };
}

export const TELEGRAM_IMPLEMENTATION: ProviderImplementation<TelegramConfig> = {
  create(config, deps) {
    return createPacedProvider({
      name: TELEGRAM_PROVIDER,
      ratePerSecond: config.ratePerSecond,
      clock: deps.clock,
      // The Bot API takes no idempotency key: the paced provider's one call per key stands in for it.
      deliver: (message) => sendMessage(config, deps, message),
    });
  },

  async testConnection(config, deps) {
    const answer = await callProvider(deps.fetch, LABEL, {
      url: methodUrl(config, 'getMe'),
      method: 'GET',
      headers: { Accept: 'application/json' },
      timeoutMs: config.timeoutSeconds * 1000,
    });
    if (isRejection(answer)) return { ok: false, error: answer.reason };
    if (answer.status !== 200) return { ok: false, error: telegramRejection(answer, deps.clock.now()).reason };
    const bot = asRecord(asRecord(parseJson(answer.text)).result);
    return { ok: true, detail: `Connected as @${String(bot.username ?? 'unknown')} (${String(bot.first_name ?? '')})` };
  },
};
