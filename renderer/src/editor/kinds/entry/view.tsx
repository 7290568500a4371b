import { summaryOf } from '../../../../../shared/model/index';
import type { KindBody } from '../kind-ui';
import { ListName } from '../../nodes/ListName';

const AUDIENCE_TITLES = {
  all: 'All contacts',
  list: 'Contact list',
  filter: 'Filtered contacts',
  customEvent: 'Custom event',
  orderEvent: 'Order event',
} as const;

export const EntryBody: KindBody<'entry'> = ({ node }) => (
  <>
    <div className="journey-node-kicker">{AUDIENCE_TITLES[node.config.audience.type]}</div>
    <div className="journey-node-summary">
      {node.config.audience.type === 'list' ? <ListName listId={node.config.audience.listId} /> : summaryOf(node)}
    </div>
  </>
);
