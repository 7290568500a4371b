import * as electron from 'electron';
import { bootstrap } from './bootstrap';

// Everything lives in bootstrap so tests can run it against a fake electron module.
void bootstrap(electron);
