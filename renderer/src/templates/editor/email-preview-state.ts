import type { RenderResult } from '../../../../shared/templates/index';

/** The email HTML on screen, and whether it is older than the source because the newest has MJML errors. */
export interface EmailPreviewState {
  html: string | null;
  stale: boolean;
  /** Counts the distinct documents shown. */
  version: number;
}

export const NO_EMAIL_PREVIEW: EmailPreviewState = { html: null, stale: false, version: 0 };

function hasBodyErrors(result: RenderResult): boolean {
  return result.diagnostics.some((d) => d.severity === 'error' && (d.source === 'mjml' || d.field === 'mjml'));
}

/**
 * A result with errors in the MJML body keeps the last good HTML on screen (marked stale) rather
 * than flashing a broken or empty page while the user is half-way through typing a tag.
 */
export function nextEmailPreview(previous: EmailPreviewState, result: RenderResult): EmailPreviewState {
  const html = result.output['html'];
  if (typeof html === 'string' && html.trim() !== '' && !hasBodyErrors(result)) {
    return { html, stale: false, version: html === previous.html ? previous.version : previous.version + 1 };
  }
  return { html: previous.html, stale: previous.html !== null, version: previous.version };
}
