import type { Contract, ContractImpl } from '../../../shared/contract/index';
import type { ServiceContext } from '../context';
import { createPublishedJourneys } from './published-journeys';
import { createPublishHistory } from './publish-history';

/** What the server's own app shows of journeys published to it through the journey API. */
export function createPublishedJourneysService(
  ctx: Pick<ServiceContext, 'store'>,
): ContractImpl<Contract>['publishedJourneys'] {
  const published = createPublishedJourneys(ctx.store.db);
  const history = createPublishHistory(ctx.store.db);
  return {
    list: () => published.list(),
    history: ({ id }) => history.list(id),
  };
}
