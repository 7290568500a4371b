import { KindIcon } from '../KindIcon';
import { summaryOf } from '../../../../../shared/model/index';
import { defineNodeView } from '../define-node-view';

export const delayView = defineNodeView({
  kind: 'delay',
  icon: <KindIcon kind="delay" />,
  Body: ({ node }) => <div className="journey-node-summary journey-node-big">{summaryOf(node)}</div>,
});
