import { useState } from 'react';
import { emptyFilter, type Filter } from '../../../../shared/model/index';
import { FilterEditor } from '../../editor/inspector/forms/FilterEditor';
import type { FieldListing } from '../../store/audience-slice';
import { AudienceEstimate } from '../AudienceEstimate';
import { filterErrorsOf, isUsableFilter } from '../filter-errors';

interface ContactFilterPanelProps {
  fields: readonly FieldListing[];
  applied: Filter | null;
  onApply(filter: Filter | null): void;
}

/** The filter builder on the Contacts page: edit freely, see the estimate, then show the matches in the table. */
export function ContactFilterPanel({ fields, applied, onApply }: ContactFilterPanelProps) {
  const [draft, setDraft] = useState<Filter>(
    () =>
      applied ?? {
        combinator: 'and',
        groups: [{ combinator: 'and', rules: [{ field: '', operator: 'equals', value: '' }] }],
      },
  );
  const usable = isUsableFilter(draft, fields);
  return (
    <section className="filter-panel" aria-label="Filter contacts">
      <FilterEditor
        label="Contacts where"
        value={draft}
        errors={usable ? {} : filterErrorsOf(draft, fields)}
        onSet={setDraft}
        onType={setDraft}
      />
      <AudienceEstimate request={usable ? { filter: draft } : null} />
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setDraft(emptyFilter());
            onApply(null);
          }}
        >
          Clear filter
        </button>
        <button type="button" className="button primary" disabled={!usable} onClick={() => onApply(draft)}>
          Show matching
        </button>
      </div>
    </section>
  );
}
