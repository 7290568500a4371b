import { channelLabel } from '../../../shared/model/index';
import type { OutboxMessage } from '../../../shared/contract/index';
import { EmailPreview } from '../templates/previews/EmailPreview';
import { InAppPreview } from '../templates/previews/InAppPreview';
import { MarketingPreview } from '../templates/previews/MarketingPreview';
import { PushPreview } from '../templates/previews/PushPreview';
import { SmsPreview } from '../templates/previews/SmsPreview';
import { TelegramPreview } from '../templates/previews/TelegramPreview';
import { WalletPreview } from '../templates/previews/WalletPreview';
import { WhatsAppPreview } from '../templates/previews/WhatsAppPreview';
import { contentFromOutput } from './message-content';

/** What a preview needs of a message: an outbox entry, or a message a simulation rendered. */
export type PreviewedMessage = Pick<OutboxMessage, 'channel' | 'rendered'>;

function previewOf(message: PreviewedMessage, onLinkClick: (url: string) => void) {
  const result = message.rendered;
  const output = result.output;
  switch (message.channel) {
    case 'email': {
      const html = output['html'];
      return (
        <EmailPreview
          content={contentFromOutput('email', output)}
          result={result}
          email={{ html: typeof html === 'string' && html.trim() !== '' ? html : null, stale: false, version: 1 }}
          onLinkClick={onLinkClick}
        />
      );
    }
    case 'sms':
      return <SmsPreview content={contentFromOutput('sms', output)} result={result} onLinkClick={onLinkClick} />;
    case 'whatsapp':
      return <WhatsAppPreview content={contentFromOutput('whatsapp', output)} result={result} />;
    case 'push':
      return <PushPreview content={contentFromOutput('push', output)} result={result} />;
    case 'inapp':
      return <InAppPreview content={contentFromOutput('inapp', output)} result={result} />;
    case 'telegram':
      return <TelegramPreview content={contentFromOutput('telegram', output)} result={result} />;
    case 'wallet':
      return <WalletPreview content={contentFromOutput('wallet', output)} result={result} />;
    case 'marketing':
      return <MarketingPreview content={contentFromOutput('marketing', output)} result={result} />;
  }
}

/** The message as its recipient sees it, with the same preview the template editor shows. */
export function OutboxPreview({
  message,
  onLinkClick,
}: {
  message: PreviewedMessage;
  onLinkClick: (url: string) => void;
}) {
  return (
    <section
      className={`channel-preview ${message.channel}`}
      aria-label={`${channelLabel(message.channel)} as received`}
    >
      {previewOf(message, onLinkClick)}
    </section>
  );
}
