import type { TemplateChannel } from '../content';
import type { RenderDiagnostic } from '../render-result';
import { checkEmailLimits } from './email';
import type { LimitCheck } from './fields';
import { checkInAppLimits } from './inapp';
import { checkMarketingLimits } from './marketing';
import { checkPushLimits } from './push';
import { checkSmsLimits } from './sms';
import { checkTelegramLimits } from './telegram';
import { checkWalletLimits } from './wallet';
import { checkWhatsAppLimits } from './whatsapp';

export { EMAIL_SUBJECT_MAX, EMAIL_SUBJECT_VISIBLE, EMAIL_PREHEADER_VISIBLE } from './email';
export { SMS_SEGMENT_WARNING, SMS_ALPHANUMERIC_SENDER_MAX, SMS_NUMERIC_SENDER_MAX } from './sms';
export { WHATSAPP_LIMITS, whatsappParameters } from './whatsapp';
export {
  PUSH_VISIBLE_LIMITS,
  PUSH_TEXT_MAX_BYTES,
  truncateForPlatform,
  type PushPlatform,
  type PushTextField,
} from './push';
export { INAPP_LIMITS } from './inapp';
export { TELEGRAM_LIMITS } from './telegram';
export { TELEGRAM_HTML_TAGS, scanTelegramHtml, type MarkupProblem, type MarkupScan } from './telegram-html';
export { MARKDOWN_V2_RESERVED, scanTelegramMarkdownV2 } from './telegram-markdown';
export { WALLET_LIMITS } from './wallet';
export { positionAt, characterCount } from './fields';

// A record over every channel, so adding a channel without its limits is a compile error.
const LIMIT_CHECKS: Record<TemplateChannel, LimitCheck> = {
  email: checkEmailLimits,
  sms: checkSmsLimits,
  whatsapp: checkWhatsAppLimits,
  push: checkPushLimits,
  inapp: checkInAppLimits,
  telegram: checkTelegramLimits,
  wallet: checkWalletLimits,
  marketing: checkMarketingLimits,
};

/**
 * Channel limits checked on the RENDERED fields (Liquid already applied; same keys as the channel's
 * content), since only then are lengths, segment counts and JSON validity known. Errors mean the
 * channel would refuse or break the message; warnings mean it would be cut or costly.
 */
export function checkChannelLimits(channel: TemplateChannel, output: Record<string, unknown>): RenderDiagnostic[] {
  return LIMIT_CHECKS[channel](output);
}
