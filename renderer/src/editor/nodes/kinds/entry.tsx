import { KindIcon } from '../KindIcon';
import { summaryOf } from '../../../../../shared/model/index';
import { defineNodeView } from '../define-node-view';
import { ListName } from '../ListName';

const AUDIENCE_TITLES = {
  all: 'All contacts',
  list: 'Contact list',
  filter: 'Filtered contacts',
  customEvent: 'Custom event',
  orderEvent: 'Order event',
} as const;

export const entryView = defineNodeView({
  kind: 'entry',
  icon: <KindIcon kind="entry" />,
  Body: ({ node }) => (
    <>
      <div className="journey-node-kicker">{AUDIENCE_TITLES[node.config.audience.type]}</div>
      <div className="journey-node-summary">
        {node.config.audience.type === 'list' ? <ListName listId={node.config.audience.listId} /> : summaryOf(node)}
      </div>
    </>
  ),
});
