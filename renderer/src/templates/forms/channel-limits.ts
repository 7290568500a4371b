/** Telegram's limit on one message's text; the render pipeline checks the rendered text. */
export const TELEGRAM_TEXT_LIMIT = 4096;
