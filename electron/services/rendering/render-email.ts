import type { EmailContent } from '../../../shared/templates/content';
import type { RenderDiagnostic } from '../../../shared/templates/render-result';
import type { FieldRenderer } from './field-renderer';
import type { MjmlIssue, MjmlRenderer } from './mjml-renderer';
import { findUnbalancedTags } from './mjml-tag-balance';

// Findings after which part of the email is simply missing from the HTML; the rest (attributes,
// a missing <mj-title>) leave a working email and are warnings.
const CONTENT_LOST = /doesn't exist or is not registered|cannot be used inside/;

function lineCount(text: string): number {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * MJML sees the MJML after Liquid. When Liquid kept the line count (outputs inside lines, the
 * usual case) its line numbers are the editor's; otherwise the message says which text they count.
 */
function locate(source: string, rendered: string) {
  const sameLines = lineCount(source) === lineCount(rendered);
  return (line: number | null, message: string): Pick<RenderDiagnostic, 'line' | 'message'> => {
    if (line === null || line < 1) return { message };
    return sameLines ? { line, message } : { line, message: `${message} (line ${line} of the MJML after Liquid)` };
  };
}

function mjmlDiagnostic(
  severity: RenderDiagnostic['severity'],
  at: Pick<RenderDiagnostic, 'line' | 'message'>,
): RenderDiagnostic {
  return { severity, source: 'mjml', field: 'mjml', ...at };
}

export interface EmailRendering {
  output: Record<string, unknown>;
  /** False when the outcome depended on the worker's state (crash, timeout, superseded), not on the document. */
  cacheable: boolean;
}

/**
 * Subject, preheader and sender name are plain text; the body is MJML with HTML-escaped Liquid
 * outputs that may also read the rendered `subject` and `preheader` (so <mj-title>{{ subject }}
 * </mj-title> and <mj-preview> follow the fields instead of repeating them). Then MJML → HTML and
 * its text part, in the worker.
 */
export async function renderEmail(
  content: EmailContent,
  fields: FieldRenderer,
  mjml: MjmlRenderer | null,
  documentKey?: string,
): Promise<EmailRendering> {
  const subject = fields.render('subject', content.subject);
  const preheader = fields.render('preheader', content.preheader);
  const fromName = fields.render('fromName', content.fromName);
  const body = fields.render('mjml', content.mjml, { escapeHtml: true, extraData: { subject, preheader } });
  const output = { subject, preheader, fromName, mjml: body, html: '', text: '' };
  const at = locate(content.mjml, body);
  for (const problem of findUnbalancedTags(body))
    fields.report(mjmlDiagnostic('error', at(problem.line, problem.message)));

  if (!mjml) {
    fields.report(
      mjmlDiagnostic(
        'error',
        at(null, 'Email rendering is not available here: this host was started without the MJML worker.'),
      ),
    );
    return { output, cacheable: false };
  }
  const outcome = await mjml.render(body, documentKey === undefined ? {} : { key: documentKey });
  switch (outcome.kind) {
    case 'rendered':
      for (const issue of outcome.issues)
        fields.report(mjmlDiagnostic(severityOf(issue), at(issue.line, issue.message)));
      return { output: { ...output, html: outcome.html, text: outcome.text }, cacheable: true };
    case 'failed':
      fields.report(mjmlDiagnostic('error', at(null, outcome.message)));
      return { output, cacheable: !outcome.transient };
    case 'superseded':
      fields.report(mjmlDiagnostic('error', at(null, 'A newer edit of this email was rendered instead.')));
      return { output, cacheable: false };
  }
}

function severityOf(issue: MjmlIssue): RenderDiagnostic['severity'] {
  return CONTENT_LOST.test(issue.message) ? 'error' : 'warning';
}
