import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..', '..', '..');

/** The app's worker from the source tree, as tests pass it (the built app passes its dist/ copy). */
export const MJML_WORKER_PATH = path.join(root, 'electron', 'services', 'rendering', 'mjml-worker.mjs');
export const MISBEHAVING_WORKER_PATH = path.join(here, 'misbehaving-mjml-worker.mjs');
export const EMAIL_FIXTURES_DIR = path.join(root, 'test', 'fixtures', 'emails');

export const simpleMjml = (text: string, extra = '') =>
  `<mjml>\n  <mj-body>\n    <mj-section>\n      <mj-column>\n        <mj-text>${text}</mj-text>${extra}\n      </mj-column>\n    </mj-section>\n  </mj-body>\n</mjml>\n`;
