import { KindIcon } from '../KindIcon';
import { channelLabel } from '../../../../../shared/model/index';
import { ChannelIcon } from '../ChannelIcon';
import { defineNodeView } from '../define-node-view';
import { TemplateName } from '../TemplateName';

export const messageView = defineNodeView({
  kind: 'message',
  icon: <KindIcon kind="message" />,
  Body: ({ node }) => {
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
  },
});
