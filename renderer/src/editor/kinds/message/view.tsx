import { channelLabel } from '../../../../../shared/model/index';
import { ChannelIcon } from '../../nodes/ChannelIcon';
import type { KindBody } from '../kind-ui';
import { TemplateName } from '../../nodes/TemplateName';

export const MessageBody: KindBody<'message'> = ({ node }) => {
  const { channel, templateId, fallbacks } = node.config;
  return (
    <>
      <div className="journey-node-channel">
        <ChannelIcon channel={channel} />
        <span>{channelLabel(channel)}</span>
      </div>
      <div className="journey-node-summary">
        <TemplateName templateId={templateId} />
      </div>
      {fallbacks.length > 0 && (
        <div
          className="journey-node-fallbacks"
          aria-label={`Fallbacks: ${fallbacks.map((f) => channelLabel(f.channel)).join(', ')}`}
        >
          <span className="muted">then</span>
          {fallbacks.map((fallback, index) => (
            <ChannelIcon key={index} channel={fallback.channel} size="small" />
          ))}
        </div>
      )}
    </>
  );
};
