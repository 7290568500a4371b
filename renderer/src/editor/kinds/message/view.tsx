import { Fragment } from 'react';
import { channelLabel } from '../../../../../shared/model/index';
import { CardChannelMark, CardIcon } from '../../nodes/card-icons';
import type { KindBody } from '../kind-ui';
import { TemplateName } from '../../nodes/TemplateName';

/** The channel route (first choice, then each fallback in order) and the template, readable at a glance. */
export const MessageBody: KindBody<'message'> = ({ node }) => {
  const { channel, templateId, fallbacks } = node.config;
  const route = [channel, ...fallbacks.map((fallback) => fallback.channel)];
  return (
    <>
      <div className="journey-node-route" aria-label={`Route: ${route.map(channelLabel).join(', then ')}`}>
        {route.map((step, index) => (
          <Fragment key={index}>
            {index > 0 && <CardIcon name="chevron-right" className="journey-node-route-arrow" size={14} />}
            <span className="journey-node-route-channel">
              <CardChannelMark channel={step} size={index === 0 ? 'normal' : 'small'} />
              {index === 0 || route.length <= 3 ? <span>{channelLabel(step)}</span> : null}
            </span>
          </Fragment>
        ))}
      </div>
      <div className="journey-node-summary journey-node-line">
        <CardIcon name="file-text" size={14} className="journey-node-line-icon" />
        <TemplateName templateId={templateId} />
      </div>
    </>
  );
};
