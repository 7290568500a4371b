import { WALLET_PASS_TYPES, type WalletContent } from '../../../../shared/templates/index';
import { ListEditor } from '../../editor/inspector/fields/ListEditor';
import { SelectField } from '../../editor/inspector/fields/SelectField';
import { TextField } from '../../editor/inspector/fields/TextField';
import { replaceAt } from '../../editor/inspector/list-ops';
import { problemAt } from '../diagnostics';
import type { ChannelFormProps } from './form-props';
import { PASS_TYPE_LABELS } from './wallet-labels';

type PassType = WalletContent['passType'];
type PassField = WalletContent['fields'][number];

const PASS_TYPE_OPTIONS = WALLET_PASS_TYPES.map((type) => ({ value: type, label: PASS_TYPE_LABELS[type] }));

export function WalletForm({ content, onChange, diagnostics }: ChannelFormProps<'wallet'>) {
  const at = (index: number, field: PassField) =>
    onChange({ ...content, fields: replaceAt(content.fields, index, field) });
  return (
    <>
      <SelectField<PassType>
        label="Pass type"
        value={content.passType}
        options={PASS_TYPE_OPTIONS}
        onChange={(passType) => onChange({ ...content, passType })}
      />
      <TextField
        label="Title"
        value={content.title}
        error={problemAt(diagnostics, 'title')}
        onChange={(title) => onChange({ ...content, title })}
      />
      <ListEditor<PassField>
        label="Fields"
        items={content.fields}
        onChange={(fields) => onChange({ ...content, fields })}
        newItem={() => ({ label: '', value: '' })}
        addLabel="+ Add field"
        itemLabel={(index) => `Field ${index + 1}`}
        emptyText="No fields yet: add the points, the seat or the expiry date."
        reorderable
        error={problemAt(diagnostics, 'fields')}
        renderItem={(field, index) => (
          <div className="field-pair">
            <TextField
              label="Label"
              value={field.label}
              error={problemAt(diagnostics, `fields[${index}].label`)}
              onChange={(label) => at(index, { ...field, label })}
            />
            <TextField
              label="Value"
              value={field.value}
              error={problemAt(diagnostics, `fields[${index}].value`)}
              onChange={(value) => at(index, { ...field, value })}
            />
          </div>
        )}
      />
      <TextField
        label="Barcode value"
        value={content.barcodeValue}
        spellCheck={false}
        error={problemAt(diagnostics, 'barcodeValue')}
        onChange={(barcodeValue) => onChange({ ...content, barcodeValue })}
      />
    </>
  );
}
