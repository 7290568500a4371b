import type { WebhookConfig, WebhookHeader } from '../../../../../shared/model/index';
import {
  HTTP_METHODS,
  WEBHOOK_MAX_RETRIES,
  WEBHOOK_MAX_TIMEOUT_SECONDS,
  webhookDelivery,
} from '../../../../../shared/model/nodes/webhook';
import { errorAt, joinPath } from '../../inspector/field-errors';
import { ListEditor } from '../../inspector/fields/ListEditor';
import { NumberField } from '../../inspector/fields/NumberField';
import { SelectField } from '../../inspector/fields/SelectField';
import { TextArea } from '../../inspector/fields/TextArea';
import { TextField } from '../../inspector/fields/TextField';
import { replaceAt } from '../../inspector/list-ops';
import type { ConfigFormProps } from '../kind-ui';
import { withSecretReference } from './secret-value';
import { StoredSecretSelect } from './StoredSecretSelect';

type Method = WebhookConfig['method'];

const METHOD_OPTIONS = HTTP_METHODS.map((method) => ({ value: method, label: method }));

/** The model keeps the body for these (switching back restores it) but never sends it. */
const BODILESS: ReadonlySet<Method> = new Set(['GET', 'DELETE']);

export function WebhookForm({ draft }: ConfigFormProps<'webhook'>) {
  const config = draft.value;
  const { errors } = draft;
  const withHeader = (index: number, header: WebhookHeader) => ({
    ...config,
    headers: replaceAt(config.headers, index, header),
  });
  const bodiless = BODILESS.has(config.method);
  const delivery = webhookDelivery(config);
  return (
    <>
      <SelectField<Method>
        label="Method"
        value={config.method}
        options={METHOD_OPTIONS}
        path="method"
        error={errorAt(errors, 'method')}
        onChange={(method) => draft.set({ ...config, method })}
      />
      <TextField
        label="URL"
        value={config.url}
        inputMode="url"
        spellCheck={false}
        placeholder="https://api.example.com/orders/{{ order.id }}"
        hint="May contain Liquid variables; credentials as {{ secrets.NAME }} (Settings → Secrets)."
        path="url"
        error={errorAt(errors, 'url')}
        onChange={(url) => draft.type({ ...config, url })}
      />
      <ListEditor<WebhookHeader>
        label="Headers"
        path="headers"
        items={config.headers}
        onChange={(headers) => draft.set({ ...config, headers })}
        newItem={() => ({ name: '', value: '' })}
        addLabel="+ Add header"
        itemLabel={(index) => `Header ${index + 1}`}
        reorderable
        renderItem={(header, index) => (
          <div className="field-pair">
            <TextField
              label="Name"
              path="name"
              value={header.name}
              placeholder="Authorization"
              spellCheck={false}
              error={errorAt(errors, joinPath('headers', index, 'name'))}
              onChange={(name) => draft.type(withHeader(index, { ...header, name }))}
            />
            <TextField
              label="Value"
              path="value"
              value={header.value}
              spellCheck={false}
              error={errorAt(errors, joinPath('headers', index, 'value'))}
              onChange={(value) => draft.type(withHeader(index, { ...header, value }))}
            />
            <StoredSecretSelect
              label={`Use a stored secret for header ${index + 1}`}
              onPick={(name) =>
                draft.set(withHeader(index, { ...header, value: withSecretReference(header.value, name) }))
              }
            />
          </div>
        )}
      />
      <TextArea
        label="Body template"
        value={config.bodyTemplate}
        rows={6}
        spellCheck={false}
        disabled={bodiless}
        placeholder={'{ "orderId": "{{ order.id }}" }'}
        hint={
          bodiless ? `${config.method} requests are sent without a body.` : 'Liquid template rendered for each contact.'
        }
        path="bodyTemplate"
        error={errorAt(errors, 'bodyTemplate')}
        onChange={(bodyTemplate) => draft.type({ ...config, bodyTemplate })}
      />
      <div className="field-pair">
        <NumberField
          label="Timeout"
          value={delivery.timeoutSeconds}
          min={1}
          max={WEBHOOK_MAX_TIMEOUT_SECONDS}
          step={1}
          suffix="s"
          path="timeoutSeconds"
          error={errorAt(errors, 'timeoutSeconds')}
          onChange={(timeoutSeconds) => draft.type({ ...config, timeoutSeconds })}
        />
        <NumberField
          label="Retries"
          value={delivery.retries}
          min={0}
          max={WEBHOOK_MAX_RETRIES}
          step={1}
          path="retries"
          error={errorAt(errors, 'retries')}
          onChange={(retries) => draft.type({ ...config, retries })}
        />
      </div>
      <p className="muted">
        Network errors, timeouts, 429 and 5xx answers are retried with the same Idempotency-Key, waiting 10 s, then
        twice as long each time (or what Retry-After asks).
      </p>
    </>
  );
}
