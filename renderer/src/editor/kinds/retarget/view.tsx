import { formatDuration } from '../../../../../shared/model/index';
import type { KindBody } from '../kind-ui';

export const RetargetBody: KindBody<'retarget'> = ({ node }) => (
  <>
    <div className="journey-node-summary">Converts on {node.config.conversionEvent || '(no event)'}</div>
    <div className="muted">within {formatDuration(node.config.window)}</div>
  </>
);
