import { summaryOf } from '../../../../../shared/model/index';
import type { KindBody } from '../kind-ui';

export const UpdateProfileBody: KindBody<'updateProfile'> = ({ node }) => (
  <div className="journey-node-summary">{summaryOf(node)}</div>
);
