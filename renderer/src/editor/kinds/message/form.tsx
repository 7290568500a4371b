import { useEffect } from 'react';
import { CHANNELS, type Channel, type Duration } from '../../../../../shared/model/index';
import { useAppStore, useAppStoreApi } from '../../../store/app-store';
import { useTemplateEvents } from '../../../templates/use-template-events';
import { ChannelIcon } from '../../nodes/ChannelIcon';
import { errorAt, errorWithin, scopeErrors } from '../../inspector/field-errors';
import { CheckboxField } from '../../inspector/fields/CheckboxField';
import { DurationField } from '../../inspector/fields/DurationField';
import { SelectField } from '../../inspector/fields/SelectField';
import { templateAfterChannelChange } from '../../inspector/template-options';
import { FallbackChannels } from '../../inspector/forms/FallbackChannels';
import type { ConfigFormProps } from '../kind-ui';
import { TemplateSelect } from '../../inspector/forms/TemplateSelect';
import { VariablesEditor } from '../../inspector/forms/VariablesEditor';
import { TestSendButton } from '../../../test-send/TestSendButton';

const DEFAULT_DELIVERY_WINDOW: Duration = { amount: 2, unit: 'hours' };

const CHANNEL_OPTIONS = CHANNELS.map(({ id, label }) => ({ value: id, label }));

export function MessageForm({ draft }: ConfigFormProps<'message'>) {
  const config = draft.value;
  const window = config.deliveryWindow ?? null;
  const store = useAppStoreApi();
  const templates = useAppStore((s) => s.templates);
  // Templates edited in the library (another tab or window) show their new content in the previews here.
  useTemplateEvents();

  useEffect(() => {
    // The canvas may already have loaded them; an empty list is cheap to ask for again.
    const state = store.getState();
    if (state.templates.length === 0) void state.loadTemplates();
  }, [store]);

  return (
    <>
      <div className="channel-choice">
        <span aria-hidden="true" className="channel-choice-icon">
          <ChannelIcon channel={config.channel} size="small" />
        </span>
        <SelectField<Channel>
          label="Channel"
          path="channel"
          value={config.channel}
          options={CHANNEL_OPTIONS}
          error={errorAt(draft.errors, 'channel')}
          onChange={(channel) =>
            draft.set({
              ...config,
              channel,
              templateId: templateAfterChannelChange(config.templateId, channel, templates),
            })
          }
        />
      </div>
      <TemplateSelect
        label="Template"
        path="templateId"
        channel={config.channel}
        value={config.templateId}
        error={errorAt(draft.errors, 'templateId')}
        onChange={(templateId) => draft.set({ ...config, templateId })}
      />
      <TestSendButton templateId={config.templateId} channel={config.channel} />
      <VariablesEditor
        path="variables"
        variables={config.variables}
        errors={scopeErrors(draft.errors, 'variables')}
        onSet={(variables) => draft.set({ ...config, variables })}
        onType={(variables) => draft.type({ ...config, variables })}
      />
      <FallbackChannels
        path="fallbacks"
        primary={config.channel}
        fallbacks={config.fallbacks}
        errors={scopeErrors(draft.errors, 'fallbacks')}
        onSet={(fallbacks) => draft.set({ ...config, fallbacks })}
      />
      <CheckboxField
        label="Fall back if not delivered within…"
        path="deliveryWindow"
        checked={window !== null}
        hint="For providers that report delivery; the Outbox delivers at once."
        error={errorAt(draft.errors, 'deliveryWindow')}
        onChange={(on) => draft.set({ ...config, deliveryWindow: on ? DEFAULT_DELIVERY_WINDOW : null })}
      />
      {window !== null && (
        <DurationField
          label="Delivery window"
          path="deliveryWindow.amount"
          value={window}
          error={errorWithin(draft.errors, 'deliveryWindow')}
          onChange={(deliveryWindow) => draft.set({ ...config, deliveryWindow })}
          onType={(deliveryWindow) => draft.type({ ...config, deliveryWindow })}
        />
      )}
    </>
  );
}
