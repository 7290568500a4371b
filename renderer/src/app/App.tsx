import { DashboardPage } from '../dashboard/DashboardPage';
import { EditorPage } from '../editor/EditorPage';
import { Notices } from '../ui/Notices';
import { useJourneyEvents } from './use-journey-events';
import { useRoute } from './route';

export function App() {
  const route = useRoute();
  useJourneyEvents();
  return (
    <div className="app">
      <nav className="app-bar" aria-label="Main">
        <a href="#/" className="brand">
          Journey Studio
        </a>
      </nav>
      {route.page === 'dashboard' ? <DashboardPage /> : <EditorPage key={route.journeyId} journeyId={route.journeyId} />}
      <Notices />
    </div>
  );
}
