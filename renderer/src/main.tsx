import { openPage } from './opening';

// This small script runs first. The app, most of the code, is asked for before the journey the page
// opens on, so that the server sends it before it reads the journey; both then arrive while the
// browser is busy compiling.
const app = import('./start-app');
const transport = openPage();
void app.then(({ startApp }) => startApp(transport));
