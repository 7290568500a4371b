import { describe, it, expect } from 'vitest';
import { checkChannelLimits, EMAIL_SUBJECT_MAX, RenderDiagnosticSchema } from '../../../../shared/templates/index';

const check = (output: Record<string, unknown>) => {
  const diagnostics = checkChannelLimits('email', {
    subject: 'Hello',
    preheader: '',
    fromName: 'Shop',
    mjml: '<mjml></mjml>',
    ...output,
  });
  for (const diagnostic of diagnostics) RenderDiagnosticSchema.parse(diagnostic);
  return diagnostics;
};

describe('email limits', () => {
  it('accepts a normal email', () => {
    expect(check({})).toEqual([]);
  });

  it('accepts a subject of exactly 78 characters', () => {
    expect(check({ subject: 'x'.repeat(78) })).toEqual([]);
  });

  it('warns above 78 characters that the subject may be truncated, naming the length', () => {
    expect(check({ subject: 'x'.repeat(79) })).toEqual([
      {
        severity: 'warning',
        source: 'limit',
        field: 'subject',
        message: 'The subject is 79 characters; above 78 it may be truncated in inboxes.',
      },
    ]);
  });

  it('accepts up to 998 characters with only the warning', () => {
    expect(check({ subject: 'x'.repeat(998) }).map((d) => d.severity)).toEqual(['warning']);
  });

  it('refuses a subject above 998 characters, without also warning', () => {
    expect(check({ subject: 'x'.repeat(EMAIL_SUBJECT_MAX + 1) })).toEqual([
      {
        severity: 'error',
        source: 'limit',
        field: 'subject',
        message: 'The subject is 999 characters; the limit is 998.',
      },
    ]);
  });

  it('counts an emoji as one character', () => {
    expect(check({ subject: '🎉'.repeat(78) })).toEqual([]);
  });

  it('refuses a line break in the subject (header injection from data)', () => {
    expect(check({ subject: 'Hi\r\nBcc: x@example.com' })).toEqual([
      expect.objectContaining({ severity: 'error', field: 'subject', message: expect.stringContaining('line break') }),
    ]);
  });

  it('warns when the preheader is above 150 characters, and not at 150', () => {
    expect(check({ preheader: 'p'.repeat(150) })).toEqual([]);
    expect(check({ preheader: 'p'.repeat(151) })).toEqual([
      {
        severity: 'warning',
        source: 'limit',
        field: 'preheader',
        message: 'The preheader is 151 characters; above 150 inboxes cut it off.',
      },
    ]);
  });

  it('tolerates missing fields', () => {
    expect(checkChannelLimits('email', {})).toEqual([]);
  });
});
