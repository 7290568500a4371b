import { CHANNELS, channelLabel, type Channel, type MessageFallback } from '../../../../../shared/model/index';
import { useAppStore } from '../../../store/app-store';
import { repeatedFallbackChannels, firstUnusedChannel, type ChannelRepeat } from '../fallback-channels';
import { errorAt, joinPath, type FieldErrors } from '../field-errors';
import { ListEditor } from '../fields/ListEditor';
import { SelectField } from '../fields/SelectField';
import { replaceAt } from '../list-ops';
import { templateAfterChannelChange } from '../template-options';
import { TestSendButton } from '../../../test-send/TestSendButton';
import { TemplateSelect } from './TemplateSelect';

const CHANNEL_OPTIONS = CHANNELS.map(({ id, label }) => ({ value: id, label }));

function repeatWarning(channel: Channel, repeat: ChannelRepeat): string {
  const where = repeat.by === 'primary' ? 'the primary channel' : `fallback ${repeat.index + 1}`;
  return `${channelLabel(channel)} is already used by ${where}.`;
}

export interface FallbackChannelsProps {
  primary: Channel;
  fallbacks: readonly MessageFallback[];
  /** Errors relative to the fallbacks list: "[0].templateId". */
  errors: FieldErrors;
  onSet(fallbacks: MessageFallback[]): void;
  path?: string;
}

/** The ordered channels tried after the primary one fails, e.g. WhatsApp → SMS → Email. */
export function FallbackChannels({ primary, fallbacks, errors, onSet, path }: FallbackChannelsProps) {
  const templates = useAppStore((s) => s.templates);
  const repeats = repeatedFallbackChannels(primary, fallbacks);
  const at = (index: number, fallback: MessageFallback) => replaceAt(fallbacks, index, fallback);
  return (
    <ListEditor<MessageFallback>
      label="Fallback channels"
      path={path}
      hint="Tried in this order when delivery on the previous channel fails."
      items={fallbacks}
      onChange={onSet}
      newItem={(current) => ({ channel: firstUnusedChannel(primary, current), templateId: null })}
      addLabel="+ Add channel"
      itemLabel={(index) => `Fallback ${index + 1}`}
      emptyText="No fallbacks: if delivery fails, the contact is not messaged."
      reorderable
      renderItem={(fallback, index) => {
        const repeat = repeats[index];
        return (
          <>
            <SelectField<Channel>
              label="Channel"
              path="channel"
              value={fallback.channel}
              options={CHANNEL_OPTIONS}
              error={errorAt(errors, joinPath('', index, 'channel'))}
              hint={
                repeat ? <span className="field-warning">{repeatWarning(fallback.channel, repeat)}</span> : undefined
              }
              onChange={(channel) =>
                onSet(
                  at(index, {
                    channel,
                    templateId: templateAfterChannelChange(fallback.templateId, channel, templates),
                  }),
                )
              }
            />
            <TemplateSelect
              label="Template"
              path="templateId"
              channel={fallback.channel}
              value={fallback.templateId}
              error={errorAt(errors, joinPath('', index, 'templateId'))}
              onChange={(templateId) => onSet(at(index, { ...fallback, templateId }))}
            />
            <TestSendButton
              templateId={fallback.templateId}
              channel={fallback.channel}
              label={`Test send fallback ${index + 1}`}
            />
          </>
        );
      }}
    />
  );
}
