import { lazy, Suspense, type ReactNode } from 'react';
import { EditorPage } from '../editor/EditorPage';
import { Notices } from '../ui/Notices';
import { hrefFor, useRoute, type Route } from './route';
import { useMenuCommands } from './menu-commands';
import { useJourneyEvents } from './use-journey-events';

// Only the editor is in the app's first script: a page opened on a journey draws its canvas without
// loading and compiling every other page first. The other pages load when first shown.
const DashboardPage = lazy(() => import('../dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const TemplateEditorPage = lazy(() =>
  import('../templates/TemplateEditorPage').then((m) => ({ default: m.TemplateEditorPage })),
);
const TemplatesPage = lazy(() => import('../templates/TemplatesPage').then((m) => ({ default: m.TemplatesPage })));
const ContactsPage = lazy(() => import('../audience/contacts/ContactsPage').then((m) => ({ default: m.ContactsPage })));
const CustomerFieldsPage = lazy(() =>
  import('../audience/fields/CustomerFieldsPage').then((m) => ({ default: m.CustomerFieldsPage })),
);
const OutboxPage = lazy(() => import('../outbox/OutboxPage').then((m) => ({ default: m.OutboxPage })));
const SettingsPage = lazy(() => import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const GuidedPage = lazy(() => import('../guided/GuidedPage').then((m) => ({ default: m.GuidedPage })));
const QuickModePage = lazy(() => import('../guided/quick/QuickModePage').then((m) => ({ default: m.QuickModePage })));

function pageFor(route: Route): ReactNode {
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage />;
    case 'editor':
      // Keyed by journey only: opening a version or a step of the same journey keeps the editor.
      return (
        <EditorPage
          key={route.journeyId}
          journeyId={route.journeyId}
          version={route.version}
          focus={route.focus}
          problems={route.problems}
        />
      );
    case 'templates':
      return <TemplatesPage />;
    case 'template':
      return (
        <TemplateEditorPage
          key={route.templateId}
          templateId={route.templateId}
          {...(route.guidedJourneyId && route.eventKey
            ? { openedFrom: { journeyId: route.guidedJourneyId, eventKey: route.eventKey } }
            : {})}
        />
      );
    case 'contacts':
      return <ContactsPage />;
    case 'fields':
      return <CustomerFieldsPage />;
    case 'outbox':
      return <OutboxPage key={route.messageId ?? ''} messageId={route.messageId} />;
    case 'settings':
      return <SettingsPage channel={route.channel} />;
    case 'guided':
      return <GuidedPage key={route.journeyId ?? 'new'} journeyId={route.journeyId} fix={route.fix} />;
    case 'quick':
      return <QuickModePage />;
  }
}

const SECTIONS: { label: string; route: Route; active: (route: Route) => boolean }[] = [
  {
    label: 'Journeys',
    route: { page: 'dashboard' },
    active: (r) => ['dashboard', 'editor', 'guided', 'quick'].includes(r.page),
  },
  { label: 'Templates', route: { page: 'templates' }, active: (r) => r.page === 'templates' || r.page === 'template' },
  { label: 'Contacts', route: { page: 'contacts' }, active: (r) => r.page === 'contacts' },
  { label: 'Outbox', route: { page: 'outbox' }, active: (r) => r.page === 'outbox' },
  { label: 'Customer fields', route: { page: 'fields' }, active: (r) => r.page === 'fields' },
  { label: 'Settings', route: { page: 'settings' }, active: (r) => r.page === 'settings' },
];

export function App() {
  const route = useRoute();
  useJourneyEvents();
  useMenuCommands();
  return (
    <div className="app">
      <nav className="app-bar" aria-label="Main">
        <a href="#/" className="brand">
          Journey Studio
        </a>
        {SECTIONS.map((section) => (
          <a
            key={section.label}
            href={hrefFor(section.route)}
            className="app-bar-link"
            aria-current={section.active(route) ? 'page' : undefined}
          >
            {section.label}
          </a>
        ))}
      </nav>
      <Suspense fallback={null}>{pageFor(route)}</Suspense>
      <Notices />
    </div>
  );
}
