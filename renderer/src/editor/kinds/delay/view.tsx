import { summaryOf } from '../../../../../shared/model/index';
import type { KindBody } from '../kind-ui';

export const DelayBody: KindBody<'delay'> = ({ node }) => (
  <div className="journey-node-summary journey-node-big">{summaryOf(node)}</div>
);
