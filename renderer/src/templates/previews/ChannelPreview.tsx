import { channelLabel } from '../../../../shared/model/index';
import type { Template } from '../../../../shared/contract/index';
import type { LiveRender } from '../editor/use-live-render';
import { EmailPreview } from './EmailPreview';
import { InAppPreview } from './InAppPreview';
import { MarketingPreview } from './MarketingPreview';
import { PushPreview } from './PushPreview';
import { SmsPreview } from './SmsPreview';
import { TelegramPreview } from './TelegramPreview';
import { WalletPreview } from './WalletPreview';
import { WhatsAppPreview } from './WhatsAppPreview';

function previewOf(template: Template, live: LiveRender) {
  const { result } = live;
  switch (template.channel) {
    case 'email':
      return <EmailPreview content={template.content} result={result} email={live.email} />;
    case 'sms':
      return <SmsPreview content={template.content} result={result} />;
    case 'whatsapp':
      return <WhatsAppPreview content={template.content} result={result} />;
    case 'push':
      return <PushPreview content={template.content} result={result} />;
    case 'inapp':
      return <InAppPreview content={template.content} result={result} />;
    case 'telegram':
      return <TelegramPreview content={template.content} result={result} />;
    case 'wallet':
      return <WalletPreview content={template.content} result={result} />;
    case 'marketing':
      return <MarketingPreview content={template.content} result={result} />;
  }
}

/** The channel's preview in a region named for it ("Email preview", "SMS preview", …). */
export function ChannelPreview({ template, live }: { template: Template; live: LiveRender }) {
  return (
    <section className={`channel-preview ${template.channel}`} aria-label={`${channelLabel(template.channel)} preview`}>
      {previewOf(template, live)}
    </section>
  );
}
