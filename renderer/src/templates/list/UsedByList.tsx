import type { TemplateUsage } from '../../../../shared/contract/index';
import { hrefFor } from '../../app/route';
import { StatusBadge } from '../../ui/StatusBadge';

/** The journeys using a template, each a link with its status: active ones block deleting it. */
export function UsedByList({ usedBy }: { usedBy: readonly TemplateUsage[] }) {
  if (usedBy.length === 0) {
    return (
      <span className="muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">No journeys</span>
      </span>
    );
  }
  return (
    <ul className="used-by">
      {usedBy.map((use) => (
        <li key={use.journeyId}>
          <a href={hrefFor({ page: 'editor', journeyId: use.journeyId })}>{use.journeyName}</a>{' '}
          {use.status !== 'draft' && <StatusBadge status={use.status} />}
        </li>
      ))}
    </ul>
  );
}
