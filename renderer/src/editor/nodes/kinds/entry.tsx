import { KindIcon } from '../KindIcon';
import { summaryOf } from '../../../../../shared/model/index';
import { defineNodeView } from '../define-node-view';

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
      <div className="journey-node-summary">{summaryOf(node)}</div>
    </>
  ),
});
