import type { SmsCount } from '../../../../shared/templates/index';
import { TextArea } from '../../editor/inspector/fields/TextArea';
import { TextField } from '../../editor/inspector/fields/TextField';
import { problemAt } from '../diagnostics';
import type { ChannelFormProps } from './form-props';
import { SmsCounter } from './SmsCounter';

export function SmsForm({
  content,
  onChange,
  diagnostics,
  sms,
}: ChannelFormProps<'sms'> & { sms: SmsCount | undefined }) {
  return (
    <>
      <TextArea
        label="Message"
        rows={6}
        value={content.body}
        hint={<SmsCounter sms={sms} />}
        error={problemAt(diagnostics, 'body')}
        onChange={(body) => onChange({ ...content, body })}
      />
      <TextField
        label="Sender ID"
        value={content.senderId}
        hint="Up to 11 letters and digits, or a phone number."
        error={problemAt(diagnostics, 'senderId')}
        spellCheck={false}
        onChange={(senderId) => onChange({ ...content, senderId })}
      />
    </>
  );
}
