import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Transport } from '../../shared/contract/client';
import { createAppClient } from './api/client';
import { ClientProvider } from './api/client-context';
import { App } from './app/App';
import { startTheme } from './app/theme';
import { AppStoreContext, createAppStore } from './store/app-store';
import './styles.css';
import './theme-dark.css';

/** Sets up the client, the store and the interface on the page's transport, and shows the app. */
export function startApp(transport: Transport): void {
  startTheme();
  const client = createAppClient(window, transport);
  const store = createAppStore(client);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ClientProvider client={client}>
        <AppStoreContext.Provider value={store}>
          <App />
        </AppStoreContext.Provider>
      </ClientProvider>
    </StrictMode>,
  );
}
