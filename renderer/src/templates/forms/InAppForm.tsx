import type { InAppContent } from '../../../../shared/templates/index';
import { ListEditor } from '../../editor/inspector/fields/ListEditor';
import { TextArea } from '../../editor/inspector/fields/TextArea';
import { TextField } from '../../editor/inspector/fields/TextField';
import { replaceAt } from '../../editor/inspector/list-ops';
import { problemAt } from '../diagnostics';
import type { ChannelFormProps } from './form-props';

type Button = InAppContent['buttons'][number];

export function InAppForm({ content, onChange, diagnostics }: ChannelFormProps<'inapp'>) {
  const at = (index: number, button: Button) =>
    onChange({ ...content, buttons: replaceAt(content.buttons, index, button) });
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
      <ListEditor<Button>
        label="Call-to-action buttons"
        items={content.buttons}
        onChange={(buttons) => onChange({ ...content, buttons })}
        newItem={() => ({ label: '', action: '' })}
        addLabel="+ Add button"
        itemLabel={(index) => `Button ${index + 1}`}
        emptyText="No buttons: the card only shows its text."
        reorderable
        error={problemAt(diagnostics, 'buttons')}
        renderItem={(button, index) => (
          <>
            <TextField
              label="Button label"
              value={button.label}
              error={problemAt(diagnostics, `buttons[${index}].label`)}
              onChange={(label) => at(index, { ...button, label })}
            />
            <TextField
              label="Action"
              value={button.action}
              placeholder="https://… or myapp://…"
              spellCheck={false}
              error={problemAt(diagnostics, `buttons[${index}].action`)}
              onChange={(action) => at(index, { ...button, action })}
            />
          </>
        )}
      />
    </>
  );
}
