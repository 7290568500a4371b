import { TextArea } from '../../editor/inspector/fields/TextArea';
import { TextField } from '../../editor/inspector/fields/TextField';
import { problemAt } from '../diagnostics';
import type { ChannelFormProps } from './form-props';

export function PushForm({ content, onChange, diagnostics }: ChannelFormProps<'push'>) {
  return (
    <>
      <TextField
        label="Title"
        value={content.title}
        error={problemAt(diagnostics, 'title')}
        onChange={(title) => onChange({ ...content, title })}
      />
      <TextArea
        label="Body"
        rows={4}
        value={content.body}
        error={problemAt(diagnostics, 'body')}
        onChange={(body) => onChange({ ...content, body })}
      />
      <TextField
        label="Image URL"
        type="url"
        value={content.imageUrl}
        spellCheck={false}
        error={problemAt(diagnostics, 'imageUrl')}
        onChange={(imageUrl) => onChange({ ...content, imageUrl })}
      />
      <TextField
        label="Deep link"
        value={content.deepLink}
        placeholder="myapp://orders/{{ order.id }}"
        spellCheck={false}
        hint="Opened when the notification is tapped."
        error={problemAt(diagnostics, 'deepLink')}
        onChange={(deepLink) => onChange({ ...content, deepLink })}
      />
    </>
  );
}
