import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { navigate } from '../app/route';
import { useAppStore } from '../store/app-store';
import { messageOf } from '../store/message-of';
import { TemplateDialogs, type PendingTemplateDialog } from './list/TemplateDialogs';
import type { TemplateListItem } from '../store/templates-slice';
import { deleteBlockedReason } from '../../../shared/templates/template-usage';
import type { RowActions } from '../ui/RowMenu';
import { TemplatesPanel } from './list/TemplatesPanel';
import { UnreadableTemplates } from './list/UnreadableTemplates';
import { useTemplateEvents } from './use-template-events';
import './templates.css';

/** The template library: every template with its channel, language and the journeys that use it. */
export function TemplatesPage() {
  const {
    templates,
    unreadable,
    status,
    error,
    view,
    setView,
    loadTemplates,
    createTemplate,
    renameTemplate,
    duplicateTemplate,
    deleteTemplate,
    notify,
  } = useAppStore(
    useShallow((s) => ({
      templates: s.templates,
      unreadable: s.unreadableTemplates,
      status: s.templatesStatus,
      error: s.templatesError,
      view: s.templateListView,
      setView: s.setTemplateListView,
      loadTemplates: s.loadTemplates,
      createTemplate: s.createTemplate,
      renameTemplate: s.renameTemplate,
      duplicateTemplate: s.duplicateTemplate,
      deleteTemplate: s.deleteTemplate,
      notify: s.notify,
    })),
  );
  const [pending, setPending] = useState<PendingTemplateDialog>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  useTemplateEvents();

  useEffect(() => {
    void loadTemplates();
  }, [loadTemplates]);

  function openDialog(dialog: PendingTemplateDialog, from: HTMLElement | null) {
    returnFocusTo.current = from;
    setPending(dialog);
  }

  const actions: RowActions<TemplateListItem> = {
    onRename: (template, from) => openDialog({ kind: 'rename', template }, from),
    onDelete: (template, from) => openDialog({ kind: 'delete', template }, from),
    deleteBlockedReason: (template) => deleteBlockedReason(template.usedBy),
    onDuplicate: (template) =>
      void duplicateTemplate(template.id).then(
        (copy) => notify('info', `Duplicated as “${copy.name}”.`),
        (cause: unknown) => notify('error', `“${template.name}” could not be duplicated: ${messageOf(cause)}`),
      ),
  };

  return (
    <main className="page templates">
      <header className="page-header">
        <h1>Templates</h1>
        <button
          ref={newButton}
          type="button"
          className="button primary"
          onClick={() => openDialog({ kind: 'create' }, newButton.current)}
        >
          + New template
        </button>
      </header>

      {(status === 'loading' || status === 'idle') && (
        <p role="status" className="placeholder">
          Loading templates…
        </p>
      )}
      {status === 'error' && (
        <div role="alert" className="error-panel">
          <p>The templates could not be loaded: {error}</p>
          <button type="button" className="button" onClick={() => void loadTemplates()}>
            Try again
          </button>
        </div>
      )}
      {status === 'ready' && unreadable.length > 0 && (
        <UnreadableTemplates
          templates={unreadable}
          onDelete={(template) =>
            void deleteTemplate(template.id).then(
              () => notify('info', `Deleted “${template.name}”.`),
              (cause: unknown) => notify('error', `“${template.name}” could not be deleted: ${messageOf(cause)}`),
            )
          }
        />
      )}
      {status === 'ready' && (
        <TemplatesPanel templates={templates} view={view} onViewChange={setView} actions={actions} />
      )}

      <TemplateDialogs
        pending={pending}
        onClose={() => setPending(null)}
        onCloseAutoFocus={(event) => {
          // The row may be gone (deleted); then the page's main action takes the focus.
          event.preventDefault();
          const target = returnFocusTo.current;
          (target?.isConnected ? target : newButton.current)?.focus();
        }}
        onCreate={async (input) => {
          const template = await createTemplate(input);
          navigate({ page: 'template', templateId: template.id });
        }}
        onRename={(template, name) => renameTemplate(template.id, name)}
        onDelete={async (template) => {
          await deleteTemplate(template.id);
          notify('info', `Deleted “${template.name}”.`);
        }}
      />
    </main>
  );
}
