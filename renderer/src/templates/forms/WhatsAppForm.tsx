import { WHATSAPP_BUTTON_TYPES, type WhatsAppContent } from '../../../../shared/templates/index';
import { ListEditor } from '../../editor/inspector/fields/ListEditor';
import { SelectField } from '../../editor/inspector/fields/SelectField';
import { TextArea } from '../../editor/inspector/fields/TextArea';
import { TextField } from '../../editor/inspector/fields/TextField';
import { replaceAt } from '../../editor/inspector/list-ops';
import { lengthHint, problemAt } from '../diagnostics';
import { WHATSAPP_LIMITS } from '../../../../shared/templates/limits/whatsapp';
import type { ChannelFormProps } from './form-props';
import { WhatsAppParameters } from './WhatsAppParameters';
import { syncParameters } from './whatsapp-parameters';

type Button = WhatsAppContent['buttons'][number];

const BUTTON_TYPE_LABELS: Record<Button['type'], string> = {
  quickReply: 'Quick reply',
  url: 'Open URL',
  phone: 'Call phone number',
};
const BUTTON_TYPE_OPTIONS = WHATSAPP_BUTTON_TYPES.map((type) => ({ value: type, label: BUTTON_TYPE_LABELS[type] }));

function buttonOfType(button: Button, type: Button['type']): Button {
  // Only the field of the chosen type is kept, so a quick reply never carries a stale URL.
  if (type === 'url') return { type, text: button.text, url: button.url ?? '' };
  if (type === 'phone') return { type, text: button.text, phone: button.phone ?? '' };
  return { type, text: button.text };
}

export function WhatsAppForm({ content, onChange, diagnostics }: ChannelFormProps<'whatsapp'>) {
  const set = (change: Partial<WhatsAppContent>) => onChange({ ...content, ...change });
  const at = (index: number, button: Button) => set({ buttons: replaceAt(content.buttons, index, button) });
  const tooManyButtons = content.buttons.length > WHATSAPP_LIMITS.buttons;
  return (
    <>
      <div className="field-pair">
        <TextField
          label="Approved template name"
          value={content.templateName}
          placeholder="order_shipped_v2"
          spellCheck={false}
          hint="As approved in WhatsApp Manager."
          error={problemAt(diagnostics, 'templateName')}
          onChange={(templateName) => set({ templateName })}
        />
        <TextField
          label="Approved language"
          value={content.language}
          placeholder="en_US"
          spellCheck={false}
          error={problemAt(diagnostics, 'language')}
          onChange={(language) => set({ language })}
        />
      </div>
      <TextField
        label="Header"
        value={content.headerText}
        hint={lengthHint(content.headerText, WHATSAPP_LIMITS.headerText)}
        error={problemAt(diagnostics, 'headerText')}
        onChange={(headerText) => set({ headerText })}
      />
      <TextArea
        label="Body"
        rows={6}
        value={content.body}
        hint={`${lengthHint(content.body, WHATSAPP_LIMITS.body)}. Numbered parameters {{1}}, {{2}}… are filled from the mapping below.`}
        error={problemAt(diagnostics, 'body')}
        onChange={(body) => set({ body, parameters: syncParameters(content.parameters, body) })}
      />
      <WhatsAppParameters
        body={content.body}
        parameters={content.parameters}
        diagnostics={diagnostics}
        onChange={(parameters) => set({ parameters })}
      />
      <TextField
        label="Footer"
        value={content.footer}
        hint={lengthHint(content.footer, WHATSAPP_LIMITS.footer)}
        error={problemAt(diagnostics, 'footer')}
        onChange={(footer) => set({ footer })}
      />
      <ListEditor<Button>
        label="Buttons"
        hint={`Up to ${WHATSAPP_LIMITS.buttons}: quick replies, a URL or a phone number.`}
        items={content.buttons}
        onChange={(buttons) => set({ buttons })}
        newItem={() => ({ type: 'quickReply', text: '' })}
        addLabel="+ Add button"
        itemLabel={(index) => `Button ${index + 1}`}
        emptyText="No buttons."
        reorderable
        error={
          tooManyButtons
            ? `WhatsApp allows at most ${WHATSAPP_LIMITS.buttons} buttons; remove ${content.buttons.length - WHATSAPP_LIMITS.buttons}.`
            : problemAt(diagnostics, 'buttons')
        }
        renderItem={(button, index) => (
          <>
            <SelectField<Button['type']>
              label="Type"
              value={button.type}
              options={BUTTON_TYPE_OPTIONS}
              onChange={(type) => at(index, buttonOfType(button, type))}
            />
            <TextField
              label="Button text"
              value={button.text}
              hint={lengthHint(button.text, WHATSAPP_LIMITS.buttonText)}
              error={problemAt(diagnostics, `buttons[${index}].text`)}
              onChange={(text) => at(index, { ...button, text })}
            />
            {button.type === 'url' && (
              <TextField
                label="URL"
                type="url"
                value={button.url ?? ''}
                error={problemAt(diagnostics, `buttons[${index}].url`)}
                onChange={(url) => at(index, { ...button, url })}
              />
            )}
            {button.type === 'phone' && (
              <TextField
                label="Phone number"
                value={button.phone ?? ''}
                placeholder="+14155550123"
                inputMode="tel"
                error={problemAt(diagnostics, `buttons[${index}].phone`)}
                onChange={(phone) => at(index, { ...button, phone })}
              />
            )}
          </>
        )}
      />
    </>
  );
}
