import { KindIcon } from '../KindIcon';
import { formatDuration } from '../../../../../shared/model/index';
import { defineNodeView } from '../define-node-view';

export const retargetView = defineNodeView({
  kind: 'retarget',
  icon: <KindIcon kind="retarget" />,
  Body: ({ node }) => (
    <>
      <div className="journey-node-summary">Converts on {node.config.conversionEvent || '(no event)'}</div>
      <div className="muted">within {formatDuration(node.config.window)}</div>
    </>
  ),
});
