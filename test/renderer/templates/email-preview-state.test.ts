import { describe, expect, it } from 'vitest';
import { NO_EMAIL_PREVIEW, nextEmailPreview } from '../../../renderer/src/templates/editor/email-preview-state';
import type { RenderDiagnostic, RenderResult } from '../../../shared/templates/index';

function result(html: string | undefined, diagnostics: RenderDiagnostic[] = []): RenderResult {
  return {
    channel: 'email',
    ok: !diagnostics.some((d) => d.severity === 'error'),
    output: html === undefined ? {} : { html },
    diagnostics,
    variables: { used: [], undefined: [], notCustomerFields: [] },
    cached: false,
    renderMs: 1,
  };
}

const mjmlError: RenderDiagnostic = {
  severity: 'error',
  source: 'mjml',
  field: 'mjml',
  message: 'Unclosed <mj-text>',
  line: 4,
};

describe('email preview state', () => {
  it('shows a good render', () => {
    expect(nextEmailPreview(NO_EMAIL_PREVIEW, result('<p>Hi</p>'))).toMatchObject({
      html: '<p>Hi</p>',
      stale: false,
      version: 1,
    });
  });

  it('keeps the last good HTML, marked stale, while the MJML has errors', () => {
    const good = nextEmailPreview(NO_EMAIL_PREVIEW, result('<p>Hi</p>'));
    expect(nextEmailPreview(good, result('<p>broken', [mjmlError]))).toMatchObject({ html: '<p>Hi</p>', stale: true });
    expect(nextEmailPreview(good, result(undefined, [{ ...mjmlError, source: 'liquid' }]))).toMatchObject({
      html: '<p>Hi</p>',
      stale: true,
    });
  });

  it('updates despite warnings and errors in other fields', () => {
    const good = nextEmailPreview(NO_EMAIL_PREVIEW, result('<p>Hi</p>'));
    const subjectError: RenderDiagnostic = { severity: 'error', source: 'liquid', field: 'subject', message: 'bad' };
    const warning: RenderDiagnostic = { ...mjmlError, severity: 'warning' };
    expect(nextEmailPreview(good, result('<p>Ho</p>', [subjectError, warning]))).toMatchObject({
      html: '<p>Ho</p>',
      stale: false,
    });
  });

  it('has nothing to keep before the first good render', () => {
    expect(nextEmailPreview(NO_EMAIL_PREVIEW, result('', [mjmlError]))).toMatchObject({ html: null, stale: false });
  });
});

describe('email preview versions', () => {
  it('counts a new document only when the HTML changes', () => {
    const first = nextEmailPreview(NO_EMAIL_PREVIEW, result('<p>A</p>'));
    const same = nextEmailPreview(first, result('<p>A</p>'));
    const changed = nextEmailPreview(same, result('<p>B</p>'));
    expect([first.version, same.version, changed.version]).toEqual([1, 1, 2]);
  });
});
