import { KindIcon } from '../KindIcon';
import { summaryOf } from '../../../../../shared/model/index';
import { defineNodeView } from '../define-node-view';

export const updateProfileView = defineNodeView({
  kind: 'updateProfile',
  icon: <KindIcon kind="updateProfile" />,
  Body: ({ node }) => <div className="journey-node-summary">{summaryOf(node)}</div>,
});
