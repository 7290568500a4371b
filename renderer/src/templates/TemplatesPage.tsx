/** The template library (list, search, create); built out with the template editors. */
export function TemplatesPage() {
  return (
    <main className="page templates">
      <header className="page-header">
        <h1>Templates</h1>
      </header>
    </main>
  );
}
