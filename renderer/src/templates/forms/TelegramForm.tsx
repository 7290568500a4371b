import { TELEGRAM_PARSE_MODES, type TelegramContent } from '../../../../shared/templates/index';
import { ListEditor } from '../../editor/inspector/fields/ListEditor';
import { SelectField } from '../../editor/inspector/fields/SelectField';
import { TextArea } from '../../editor/inspector/fields/TextArea';
import { TextField } from '../../editor/inspector/fields/TextField';
import { replaceAt } from '../../editor/inspector/list-ops';
import { lengthHint, problemAt } from '../diagnostics';
import { TELEGRAM_TEXT_LIMIT } from './channel-limits';
import type { ChannelFormProps } from './form-props';

type Button = TelegramContent['buttons'][number];
type ParseMode = TelegramContent['parseMode'];

const PARSE_MODE_OPTIONS = TELEGRAM_PARSE_MODES.map((mode) => ({ value: mode, label: mode }));

export function TelegramForm({ content, onChange, diagnostics }: ChannelFormProps<'telegram'>) {
  const at = (index: number, button: Button) =>
    onChange({ ...content, buttons: replaceAt(content.buttons, index, button) });
  return (
    <>
      <SelectField<ParseMode>
        label="Parse mode"
        value={content.parseMode}
        options={PARSE_MODE_OPTIONS}
        hint={
          content.parseMode === 'HTML'
            ? 'Tags: <b>, <i>, <u>, <s>, <code>, <pre>, <a href>, <tg-spoiler>, <blockquote>.'
            : 'Escape _ * [ ] ( ) ~ ` > # + - = | { } . ! with a backslash.'
        }
        onChange={(parseMode) => onChange({ ...content, parseMode })}
      />
      <TextArea
        label="Message text"
        rows={6}
        value={content.text}
        hint={lengthHint(content.text, TELEGRAM_TEXT_LIMIT)}
        error={problemAt(diagnostics, 'text')}
        onChange={(text) => onChange({ ...content, text })}
      />
      <ListEditor<Button>
        label="Buttons"
        hint="Link buttons under the message."
        items={content.buttons}
        onChange={(buttons) => onChange({ ...content, buttons })}
        newItem={() => ({ text: '', url: '' })}
        addLabel="+ Add button"
        itemLabel={(index) => `Button ${index + 1}`}
        emptyText="No buttons."
        reorderable
        error={problemAt(diagnostics, 'buttons')}
        renderItem={(button, index) => (
          <>
            <TextField
              label="Button text"
              value={button.text}
              error={problemAt(diagnostics, `buttons[${index}].text`)}
              onChange={(text) => at(index, { ...button, text })}
            />
            <TextField
              label="URL"
              type="url"
              value={button.url}
              spellCheck={false}
              error={problemAt(diagnostics, `buttons[${index}].url`)}
              onChange={(url) => at(index, { ...button, url })}
            />
          </>
        )}
      />
    </>
  );
}
