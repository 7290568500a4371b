import { KindIcon } from '../KindIcon';
import { summaryOf } from '../../../../../shared/model/index';
import { defineNodeView } from '../define-node-view';

export const conditionView = defineNodeView({
  kind: 'condition',
  icon: <KindIcon kind="condition" />,
  Body: ({ node }) => <div className="journey-node-summary">{summaryOf(node)}</div>,
});
