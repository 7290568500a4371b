// MJML → HTML (+ the plain-text part) off the main thread. Plain JavaScript on purpose: it runs
// unbundled from the source tree in tests, and build.mjs bundles it with mjml inside for dist/,
// in Node and in Electron alike. Loading mjml here also keeps its ~100 modules off the app's startup path.
import { parentPort } from 'node:worker_threads';
import { compile } from 'html-to-text';
import mjmlModule from 'mjml';

const mjml2html = typeof mjmlModule === 'function' ? mjmlModule : mjmlModule.default;

/**
 * The text part of a multipart email: links keep their address; images and the hidden preview
 * text (mj-preview, already sent as the preheader) are left out; layout tables read as blocks.
 */
const TEXT_OPTIONS = {
  wordwrap: 78,
  selectors: [
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'div[style*="display:none"]', format: 'skip' },
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'block' },
  ],
};
// Compiled once: convert() would build the same selector tree again for every email, which cost
// several times the conversion itself.
const toText = compile(TEXT_OPTIONS);

function describe(error) {
  return error instanceof Error ? error.message : String(error);
}

parentPort.on('message', async (request) => {
  try {
    const { html, errors } = await mjml2html(request.mjml, request.options);
    const text = toText(html).trim();
    const issues = errors.map((issue) => ({
      line: issue.line ?? null,
      message: issue.message,
      tagName: issue.tagName ?? null,
    }));
    parentPort.postMessage({ id: request.id, ok: true, html, text, issues });
  } catch (error) {
    // Thrown for documents MJML cannot parse at all ("Malformed MJML…"): an answer, not a crash.
    parentPort.postMessage({ id: request.id, ok: false, message: describe(error) });
  }
});
