import { hrefFor } from '../app/route';

/** One template's editor with its live preview; built out with the template editors. */
export function TemplateEditorPage({ templateId }: { templateId: string }) {
  return (
    <main className="page template-editor">
      <header className="page-header">
        <a href={hrefFor({ page: 'templates' })} className="button">
          ← Templates
        </a>
        <h1>{templateId}</h1>
      </header>
    </main>
  );
}
