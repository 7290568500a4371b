/** Quick Mode: a gallery of pre-configured journeys. */
export function QuickModePage() {
  return <main className="page guided-page" />;
}
