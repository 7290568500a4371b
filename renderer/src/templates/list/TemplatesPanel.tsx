import { useMemo, useRef } from 'react';
import type { TemplateListItem } from '../../store/templates-slice';
import {
  applyTemplateListView,
  DEFAULT_TEMPLATE_LIST_VIEW,
  describeTemplateFilters,
  languageOptions,
  type TemplateListView,
} from './template-list-view';
import { TemplateListToolbar } from './TemplateListToolbar';
import type { RowActions } from '../../ui/RowMenu';
import { TemplateTable } from './TemplateTable';

interface TemplatesPanelProps {
  templates: readonly TemplateListItem[];
  view: TemplateListView;
  onViewChange(change: Partial<TemplateListView>): void;
  actions: RowActions<TemplateListItem>;
}

export function TemplatesPanel({ templates, view, onViewChange, actions }: TemplatesPanelProps) {
  const search = useRef<HTMLInputElement>(null);
  const visible = useMemo(() => applyTemplateListView(templates, view), [templates, view]);
  const languages = useMemo(() => languageOptions(templates), [templates]);

  if (templates.length === 0) {
    return (
      <div className="empty-state">
        <p>No templates yet.</p>
        <p className="muted">Choose “+ New template” to write your first message.</p>
      </div>
    );
  }

  return (
    <>
      <TemplateListToolbar
        view={view}
        languages={languages}
        shown={visible.length}
        total={templates.length}
        onChange={onViewChange}
        searchRef={search}
      />
      {visible.length > 0 ? (
        <TemplateTable templates={visible} actions={actions} />
      ) : (
        <div className="empty-state">
          <p>No templates match</p>
          <p className="muted">{describeTemplateFilters(view)}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              onViewChange(DEFAULT_TEMPLATE_LIST_VIEW);
              search.current?.focus();
            }}
          >
            Clear filters
          </button>
        </div>
      )}
    </>
  );
}
