import type { Ref } from 'react';
import type { Template } from '../../../../shared/contract/index';
import type { RenderResult } from '../../../../shared/templates/index';
import type { CodeEditorHandle } from '../code/LazyCodeEditor';
import { EmailForm } from './EmailForm';
import { InAppForm } from './InAppForm';
import { MarketingForm } from './MarketingForm';
import { PushForm } from './PushForm';
import { SmsForm } from './SmsForm';
import { TelegramForm } from './TelegramForm';
import { WalletForm } from './WalletForm';
import { WhatsAppForm } from './WhatsAppForm';

interface ChannelFormSwitchProps {
  template: Template;
  result: RenderResult | null;
  onChange(content: Template['content']): void;
  codeRef: Ref<CodeEditorHandle>;
}

const NONE: RenderResult['diagnostics'] = [];

/** The form of the template's channel; the switch narrows content to that channel's shape. */
export function ChannelForm({ template, result, onChange, codeRef }: ChannelFormSwitchProps) {
  const diagnostics = result?.diagnostics ?? NONE;
  const common = { diagnostics, onChange, codeRef };
  switch (template.channel) {
    case 'email':
      return <EmailForm {...common} content={template.content} />;
    case 'sms':
      return <SmsForm {...common} content={template.content} sms={result?.sms} />;
    case 'whatsapp':
      return <WhatsAppForm {...common} content={template.content} />;
    case 'push':
      return <PushForm {...common} content={template.content} />;
    case 'inapp':
      return <InAppForm {...common} content={template.content} />;
    case 'telegram':
      return <TelegramForm {...common} content={template.content} />;
    case 'wallet':
      return <WalletForm {...common} content={template.content} />;
    case 'marketing':
      return <MarketingForm {...common} content={template.content} />;
  }
}
