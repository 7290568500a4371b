import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppClient } from './api/client';
import { ClientProvider } from './api/client-context';
import { App } from './app/App';
import { startTheme } from './app/theme';
import { AppStoreContext, createAppStore } from './store/app-store';
import './styles.css';
import './theme-dark.css';

startTheme();
const client = createAppClient();
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
