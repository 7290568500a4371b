import type { RenderResult } from '../../../../shared/templates/index';

/** The email HTML on screen, and whether it is older than the source because the newest has MJML errors. */
export interface EmailPreviewState {
  html: string | null;
  stale: boolean;
}

export const NO_EMAIL_PREVIEW: EmailPreviewState = { html: null, stale: false };

function hasBodyErrors(result: RenderResult): boolean {
  return result.diagnostics.some((d) => d.severity === 'error' && (d.source === 'mjml' || d.field === 'mjml'));
}

/**
 * A result with errors in the MJML body keeps the last good HTML on screen (marked stale) rather
 * than flashing a broken or empty page while the user is half-way through typing a tag.
 */
export function nextEmailPreview(previous: EmailPreviewState, result: RenderResult): EmailPreviewState {
  const html = result.output['html'];
  if (typeof html === 'string' && html.trim() !== '' && !hasBodyErrors(result)) return { html, stale: false };
  return { html: previous.html, stale: previous.html !== null };
}
