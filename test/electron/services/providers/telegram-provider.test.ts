import { afterEach, describe, expect, it } from 'vitest';
import { TelegramConfigSchema, type TelegramConfig } from '../../../../shared/providers/telegram';
import { TELEGRAM_IMPLEMENTATION } from '../../../../electron/services/providers/telegram/telegram-provider';
import { startLoopbackApi, type LoopbackApi, type LoopbackHandler } from './support/loopback-api';
import { outgoing, providerDeps } from './support/provider-fixtures';

const TOKEN = '123456:ABC-def_ghi';

let api: LoopbackApi | null = null;
afterEach(async () => {
  await api?.close();
  api = null;
});

async function telegram(handler: LoopbackHandler, overrides: Partial<TelegramConfig> = {}) {
  api = await startLoopbackApi(handler);
  return { api, config: TelegramConfigSchema.parse({ baseUrl: api.url, botToken: TOKEN, ...overrides }) };
}

const sent = (messageId: number): ReturnType<LoopbackHandler> => ({
  status: 200,
  body: { ok: true, result: { message_id: messageId, chat: { id: 4242 }, text: 'x' } },
});

describe('Telegram', () => {
  it('calls sendMessage with the rendered text, the template parse mode and buttons as an inline keyboard', async () => {
    const { api, config } = await telegram(() => sent(99), { disableNotification: true });
    const provider = TELEGRAM_IMPLEMENTATION.create(config, providerDeps());
    const message = outgoing('telegram', '4242', {
      text: '*Hola* Zoë',
      parseMode: 'MarkdownV2',
      buttons: [
        { text: 'Track', url: 'https://shop.example/t/1' },
        { text: 'Help', url: 'https://shop.example/help' },
      ],
    });
    expect(await provider.send(message, 'k1')).toEqual({
      status: 'accepted',
      providerMessageId: '4242:99',
      delivered: true,
    });
    const [request] = api.requests;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe(`/bot${TOKEN}/sendMessage`);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request!.body)).toEqual({
      chat_id: '4242',
      text: '*Hola* Zoë',
      parse_mode: 'MarkdownV2',
      disable_notification: true,
      reply_markup: {
        inline_keyboard: [
          [{ text: 'Track', url: 'https://shop.example/t/1' }],
          [{ text: 'Help', url: 'https://shop.example/help' }],
        ],
      },
    });
  });

  it('sends HTML without a keyboard when the template has no buttons, once per idempotency key', async () => {
    const { api, config } = await telegram(() => sent(1));
    const provider = TELEGRAM_IMPLEMENTATION.create(config, providerDeps());
    const message = outgoing('telegram', '-100200', { text: '<b>Hi</b>', parseMode: 'HTML', buttons: [] });
    const first = await provider.send(message, 'k');
    expect(await provider.send(message, 'k')).toEqual(first);
    expect(api.requests).toHaveLength(1);
    expect(JSON.parse(api.requests[0]!.body)).toEqual({ chat_id: '-100200', text: '<b>Hi</b>', parse_mode: 'HTML' });
  });

  it('honours retry_after, keeps Telegram’s description, and treats a blocked bot as permanent', async () => {
    const answers: ReturnType<LoopbackHandler>[] = [
      {
        status: 429,
        body: {
          ok: false,
          error_code: 429,
          description: 'Too Many Requests: retry after 17',
          parameters: { retry_after: 17 },
        },
      },
      { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } },
      { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: chat not found' } },
    ];
    const { config } = await telegram(() => answers.shift()!);
    const provider = TELEGRAM_IMPLEMENTATION.create(config, providerDeps());
    const message = outgoing('telegram', '1', { text: 'Hi', parseMode: 'HTML', buttons: [] });
    expect(await provider.send(message, 'a')).toEqual({
      status: 'rejected',
      kind: 'temporary',
      reason: 'Telegram answered 429: Too Many Requests: retry after 17',
      retryAfterMs: 17_000,
    });
    expect(await provider.send(message, 'b')).toEqual({
      status: 'rejected',
      kind: 'permanent',
      reason: 'Telegram answered 403: Forbidden: bot was blocked by the user',
    });
    expect(await provider.send(message, 'c')).toMatchObject({
      kind: 'permanent',
      reason: 'Telegram answered 400: Bad Request: chat not found',
    });
  });

  it('tests the connection with getMe, and never shows the token in an error', async () => {
    const { api, config } = await telegram((request) =>
      request.url === `/bot${TOKEN}/getMe`
        ? { status: 200, body: { ok: true, result: { id: 1, is_bot: true, first_name: 'Shop', username: 'shop_bot' } } }
        : { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } },
    );
    expect(await TELEGRAM_IMPLEMENTATION.testConnection(config, providerDeps())).toEqual({
      ok: true,
      detail: 'Connected as @shop_bot (Shop)',
    });
    expect(api.requests[0]!.method).toBe('GET');
    const wrong = await TELEGRAM_IMPLEMENTATION.testConnection({ ...config, botToken: '1:wrong' }, providerDeps());
    expect(wrong).toEqual({ ok: false, error: 'Telegram answered 401: Unauthorized' });
    await api.close();
    const down = await TELEGRAM_IMPLEMENTATION.testConnection(config, providerDeps());
    expect(down.ok).toBe(false);
    expect(JSON.stringify(down)).not.toContain(TOKEN);
  });

  it('names a malformed bot token', () => {
    const result = TelegramConfigSchema.safeParse({ botToken: 'not a token' });
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['botToken', 'Enter the bot token BotFather gave, such as 123456:ABC-DEF…'],
    ]);
  });
});
