import { BUILT_IN_PACKAGES, findEvent } from '../../../../../shared/guided/catalogue';
import { summaryOf, type NodeOfKind } from '../../../../../shared/model/index';
import type { KindBody } from '../kind-ui';
import { ListName } from '../../nodes/ListName';

const AUDIENCE_TITLES = {
  all: 'All contacts',
  list: 'Contact list',
  filter: 'Filtered contacts',
  customEvent: 'Custom event',
  orderEvent: 'Order event',
} as const;

/** A built-in order event by its label and key ("Shipped / picked up · order.shipped"); others by the summary. */
function entrySummary(node: NodeOfKind<'entry'>): string {
  const { audience } = node.config;
  const event =
    audience.type === 'orderEvent' && audience.eventKey !== null
      ? findEvent(BUILT_IN_PACKAGES, audience.eventKey)
      : undefined;
  return event === undefined ? summaryOf(node) : `${event.label} · ${event.key}`;
}

export const EntryBody: KindBody<'entry'> = ({ node }) => (
  <>
    <div className="journey-node-kicker">{AUDIENCE_TITLES[node.config.audience.type]}</div>
    <div className="journey-node-summary">
      {node.config.audience.type === 'list' ? <ListName listId={node.config.audience.listId} /> : entrySummary(node)}
    </div>
  </>
);
