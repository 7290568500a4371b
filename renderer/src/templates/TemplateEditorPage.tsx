import { hrefFor } from '../app/route';
import { TemplateWorkspace } from './editor/TemplateWorkspace';
import { useTemplateDraft } from './editor/use-template-draft';
import { useTemplateEvents } from './use-template-events';
import './templates.css';

/** Where the editor was opened from an event card: the guided journey to go back to, and its event. */
export interface OpenedFromCard {
  journeyId: string;
  eventKey: string;
}

/** One template's editor with its live preview; the page itself only loads it. */
export function TemplateEditorPage({ templateId, openedFrom }: { templateId: string; openedFrom?: OpenedFromCard }) {
  const draft = useTemplateDraft(templateId);
  useTemplateEvents();
  const { load, template } = draft;

  return (
    <main className="page template-editor">
      {load.state === 'ready' && template ? (
        <TemplateWorkspace draft={draft} template={template} openedFrom={openedFrom} />
      ) : (
        <>
          <header className="page-header">
            <a href={hrefFor({ page: 'templates' })} className="button">
              ← Templates
            </a>
            <h1>Template</h1>
          </header>
          {load.state === 'error' ? (
            <div role="alert" className="error-panel">
              <p>
                {load.notFound
                  ? 'This template does not exist any more.'
                  : `The template could not be loaded: ${load.message}`}
              </p>
              {!load.notFound && (
                <button type="button" className="button" onClick={draft.reload}>
                  Try again
                </button>
              )}
            </div>
          ) : (
            <p role="status" className="placeholder">
              Loading template…
            </p>
          )}
        </>
      )}
    </main>
  );
}
